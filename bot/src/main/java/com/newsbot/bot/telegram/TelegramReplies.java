package com.newsbot.bot.telegram;

import com.newsbot.bot.chat.Button;
import com.newsbot.bot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends replies to Telegram: rendered as HTML, split into messages under the size limit, buttons
 * under the last one; a message Telegram cannot parse is sent again as plain text.
 */
final class TelegramReplies {
    /** Telegram's limit on a button's callback data. */
    static final int MAX_CALLBACK_DATA_BYTES = 64;
    /** Telegram refuses keyboards with more buttons than about a hundred; a reply never needs that many. */
    static final int MAX_BUTTONS = 40;
    private static final Logger log = LoggerFactory.getLogger(TelegramReplies.class);

    private final TelegramCalls calls;
    private final String token;

    TelegramReplies(TelegramCalls calls, String token) {
        this.calls = calls;
        this.token = token;
    }

    /**
     * Sends a reply to a chat, as a reply to {@code replyToMessageId} when not null.
     *
     * @return true when every message of the reply was delivered
     */
    boolean send(long chatId, Integer replyToMessageId, Reply reply) {
        return send(chatId, null, replyToMessageId, reply);
    }

    /**
     * Sends a reply to a chat, into forum topic {@code threadId} when not null (so that a question asked in a topic is
     * answered there, not in the group's General topic), as a reply to {@code replyToMessageId} when not null.
     *
     * @return true when every message of the reply was delivered
     */
    boolean send(long chatId, Integer threadId, Integer replyToMessageId, Reply reply) {
        List<TelegramHtml.Chunk> chunks = TelegramHtml.render(reply);
        InlineKeyboardMarkup keyboard = keyboard(reply.buttons());
        for (int i = 0; i < chunks.size(); i++) {
            TelegramHtml.Chunk chunk = chunks.get(i);
            boolean first = i == 0;
            boolean last = i == chunks.size() - 1;
            if (!sendChunk(chatId, threadId, first ? replyToMessageId : null, chunk, last ? keyboard : null)) {
                return false;
            }
        }
        return true;
    }

    private boolean sendChunk(long chatId, Integer threadId, Integer replyTo, TelegramHtml.Chunk chunk,
                              InlineKeyboardMarkup keyboard) {
        try {
            calls.execute(message(chatId, threadId, replyTo, chunk.html(), ParseMode.HTML, keyboard));
            return true;
        } catch (TelegramApiException e) {
            if (!TelegramCalls.isUnparsableHtml(e)) {
                log.error("Sending a reply to chat {} failed: {}", chatId, Secrets.describe(e, token));
                return false;
            }
            log.warn("Telegram could not parse the HTML of a reply to chat {}, sending it as plain text: {}", chatId,
                    Secrets.describe(e, token));
        }
        try {
            calls.execute(message(chatId, threadId, replyTo, chunk.plain(), null, keyboard));
            return true;
        } catch (TelegramApiException e) {
            log.error("Sending a plain-text reply to chat {} failed: {}", chatId, Secrets.describe(e, token));
            return false;
        }
    }

    /** Answers a button press (stops the client's spinner), with a short notice when {@code text} is not null. */
    void answerCallback(String callbackQueryId, String text) {
        try {
            calls.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(text)
                    .showAlert(text != null ? Boolean.TRUE : null).build());
        } catch (TelegramApiException e) {
            log.warn("Answering a button press failed: {}", Secrets.describe(e, token));
        }
    }

    private static SendMessage message(long chatId, Integer threadId, Integer replyTo, String text, String parseMode,
                                       InlineKeyboardMarkup keyboard) {
        SendMessage message = new SendMessage(Long.toString(chatId), text);
        message.setMessageThreadId(threadId);
        message.setParseMode(parseMode);
        message.setReplyMarkup(keyboard);
        if (replyTo != null) {
            message.setReplyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
        }
        return message;
    }

    private static InlineKeyboardMarkup keyboard(List<Button> buttons) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        if (buttons.size() > MAX_BUTTONS) {
            log.warn("Showing the first {} of {} buttons", MAX_BUTTONS, buttons.size());
        }
        InlineKeyboardRow pages = null;
        for (Button button : buttons.subList(0, Math.min(buttons.size(), MAX_BUTTONS))) {
            try {
                InlineKeyboardButton key = key(button);
                if (button.kind() == Button.Kind.PAGE) {
                    if (pages == null) { // the page buttons of a list share one row
                        pages = new InlineKeyboardRow();
                        rows.add(pages);
                    }
                    pages.add(key);
                } else {
                    rows.add(new InlineKeyboardRow(key));
                }
            } catch (IllegalArgumentException e) {
                log.warn("Leaving out a button: {}", e.getMessage());
            }
        }
        return rows.isEmpty() ? null : new InlineKeyboardMarkup(rows);
    }

    /** A link opens its web address; any other button sends its callback data back to the bot. */
    private static InlineKeyboardButton key(Button button) {
        InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> key = InlineKeyboardButton.builder().text(button.label());
        return button.kind() == Button.Kind.LINK
                ? key.url(button.target()).build()
                : key.callbackData(callbackData(button)).build();
    }

    /**
     * The callback data of a button, at most 64 bytes: an article's id itself (what earlier replies carried), or the
     * command the button runs ({@code /issue ID}, {@code /issues 2}).
     */
    static String callbackData(Button button) {
        String data = button.kind() == Button.Kind.ARTICLE ? button.target() : button.command();
        int bytes = data.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > MAX_CALLBACK_DATA_BYTES) {
            throw new IllegalArgumentException("callback data \"" + data + "\" is " + bytes
                    + " bytes, a button's callback data holds 1 to " + MAX_CALLBACK_DATA_BYTES);
        }
        return data;
    }

    /** The callback data of a button opening an article: the article id itself, at most 64 bytes. */
    static String callbackData(String articleId) {
        return callbackData(new Button("", articleId));
    }
}
