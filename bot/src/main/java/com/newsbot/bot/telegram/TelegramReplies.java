package com.newsbot.bot.telegram;

import com.newsbot.bot.ops.Meters;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.Button;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.frontend.OrderedOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends replies to Telegram: rendered as HTML, split into messages under the size limit, buttons
 * under the last one; a message Telegram cannot parse is sent again as plain text. Replies go through an
 * {@link OrderedOutbox}: in order per chat, retries scheduled, no thread waits out a 429.
 */
final class TelegramReplies {
    /** Telegram's limit on a button's callback data. */
    static final int MAX_CALLBACK_DATA_BYTES = 64;
    /** Telegram refuses keyboards with more buttons than about a hundred; a reply never needs that many. */
    static final int MAX_BUTTONS = 40;
    private static final Logger log = LoggerFactory.getLogger(TelegramReplies.class);

    /** At most this many messages go out for one reply (the last says how to see the rest with /more). */
    static final int MAX_MESSAGES_PER_REPLY = 10;
    /** What /more can still show of a chat's last long reply, at most. */
    static final int MAX_KEPT_MESSAGES = 200;
    private static final int MAX_CHATS_WITH_MORE = 1_000;

    private final TelegramCalls calls;
    private final String token;
    private final OrderedOutbox<Long> outbox;
    private final Prompts prompts;
    /** The rest of each chat's (and forum topic's) last reply that did not fit its messages, for /more. */
    private final Map<String, Deque<TelegramHtml.Chunk>> rest = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<TelegramHtml.Chunk>> eldest) {
            return size() > MAX_CHATS_WITH_MORE;
        }
    };

    TelegramReplies(TelegramCalls calls, String token, OrderedOutbox<Long> outbox, Prompts prompts) {
        this.calls = calls;
        this.token = token;
        this.outbox = outbox;
        this.prompts = prompts;
    }

    /**
     * Queues a reply to a chat, as a reply to {@code replyToMessageId} when not null.
     *
     * @return false when it could not be queued (the chat has too many replies waiting, or the bot is stopping)
     */
    boolean send(long chatId, Integer replyToMessageId, Reply reply) {
        return send(chatId, null, replyToMessageId, reply);
    }

    /**
     * Queues a reply to a chat, into forum topic {@code threadId} when not null (so that a question asked in a topic is
     * answered there, not in the group's General topic), as a reply to {@code replyToMessageId} when not null. The
     * chat's replies go out in the order they were queued; a 429 or a network error schedules a retry of this reply
     * (later replies to the chat wait behind it) and never holds the calling thread.
     *
     * @return false when it could not be queued (the chat has too many replies waiting, or the bot is stopping)
     */
    boolean send(long chatId, Integer threadId, Integer replyToMessageId, Reply reply) {
        return send(chatId, threadId, replyToMessageId, reply, null);
    }

    /**
     * Queues a reply as {@link #send(long, Integer, Integer, Reply)} does, with a 👍/👎 row under it when
     * {@code voteRow} is not null.
     */
    boolean send(long chatId, Integer threadId, Integer replyToMessageId, Reply reply, InlineKeyboardRow voteRow) {
        Deque<TelegramHtml.Chunk> all = new ArrayDeque<>(TelegramHtml.render(reply));
        synchronized (rest) {
            rest.remove(restKey(chatId, threadId));
        }
        return queue(chatId, threadId, replyToMessageId, all, keyboard(reply.buttons(), voteRow));
    }

    /**
     * Delivers a reply to a chat now, on the calling thread (the announcer's own): the Bot API's error is thrown, so
     * the caller can tell a blocked chat (403) or a rate limit (429) from the rest and decide when to try again. A
     * message Telegram cannot parse as HTML is sent as plain text.
     */
    void deliver(long chatId, Reply reply) throws TelegramApiException {
        List<TelegramHtml.Chunk> chunks = TelegramHtml.render(reply);
        InlineKeyboardMarkup keyboard = keyboard(reply.buttons(), null);
        for (int i = 0; i < chunks.size(); i++) {
            TelegramHtml.Chunk chunk = chunks.get(i);
            InlineKeyboardMarkup under = i == chunks.size() - 1 ? keyboard : null;
            try {
                calls.client().execute(message(chatId, null, null, chunk.html(), ParseMode.HTML, under));
            } catch (TelegramApiException e) {
                if (!TelegramCalls.isUnparsableHtml(e)) {
                    throw e;
                }
                calls.client().execute(message(chatId, null, null, chunk.plain(), null, under));
            }
        }
    }

    /** Replaces the buttons under a message the bot sent (after a vote), one try; false when Telegram refused. */
    boolean replaceButtons(long chatId, int messageId, InlineKeyboardMarkup keyboard) {
        try {
            calls.client().execute(EditMessageReplyMarkup.builder().chatId(Long.toString(chatId)).messageId(messageId)
                    .replyMarkup(keyboard).build());
            return true;
        } catch (TelegramApiException e) {
            log.warn("Updating the buttons of message {} in chat {} failed: {}", messageId, chatId, Secrets.describe(e, token));
            return false;
        }
    }

    /**
     * Queues the next messages of the chat's last reply that was cut at {@link #MAX_MESSAGES_PER_REPLY}; when there is
     * none, says so.
     */
    boolean sendMore(long chatId, Integer threadId, Integer replyToMessageId) {
        Deque<TelegramHtml.Chunk> left;
        synchronized (rest) {
            left = rest.remove(restKey(chatId, threadId));
        }
        if (left == null || left.isEmpty()) {
            return send(chatId, threadId, replyToMessageId, Reply.text(prompts.text("telegram-reply-no-more.zh.txt")));
        }
        return queue(chatId, threadId, replyToMessageId, left, null);
    }

    /** Queues up to {@link #MAX_MESSAGES_PER_REPLY} messages of {@code all}; what is left is kept for /more. */
    private boolean queue(long chatId, Integer threadId, Integer replyToMessageId, Deque<TelegramHtml.Chunk> all,
                          InlineKeyboardMarkup keyboard) {
        List<TelegramHtml.Chunk> chunks = new ArrayList<>();
        if (all.size() <= MAX_MESSAGES_PER_REPLY) {
            chunks.addAll(all);
        } else {
            while (chunks.size() < MAX_MESSAGES_PER_REPLY - 1) {
                chunks.add(all.poll());
            }
            while (all.size() > MAX_KEPT_MESSAGES) {
                all.pollLast();
            }
            String more = prompts.render("telegram-reply-more.zh.txt", Map.of("left", all.size()));
            chunks.add(TelegramHtml.render(Reply.text(more)).get(0));
            log.info("A reply to chat {} is cut after {} messages; {} kept for /more", chatId, chunks.size() - 1, all.size());
            synchronized (rest) {
                rest.put(restKey(chatId, threadId), all);
            }
        }
        boolean queued = outbox.submit(chatId, new ReplyDelivery(chatId, threadId, replyToMessageId, chunks, keyboard));
        if (!queued) {
            log.warn("Dropping a reply to chat {}: too many replies waiting or stopping", chatId);
        }
        return queued;
    }

    private static String restKey(long chatId, Integer threadId) {
        return threadId == null ? Long.toString(chatId) : chatId + "/" + threadId;
    }

    /** Sends one short text once, now, without retrying (a refusal to a stranger): a 429 or an error only logs. */
    void sendOnce(long chatId, Integer threadId, Integer replyToMessageId, String text) {
        try {
            calls.client().execute(message(chatId, threadId, replyToMessageId, text, null, null));
        } catch (TelegramApiException e) {
            log.info("Telling chat {} it is not served failed (not retried): {}", chatId, Secrets.describe(e, token));
        }
    }

    /** One reply's messages, sent in order; each attempt sends what is left and stops at the first temporary failure. */
    private final class ReplyDelivery implements OrderedOutbox.Delivery {
        private final long chatId;
        private final Integer threadId;
        private final Integer replyTo;
        private final List<TelegramHtml.Chunk> chunks;
        private final InlineKeyboardMarkup keyboard;
        private int next;
        private boolean plain;
        private TelegramCalls.Retries retries = new TelegramCalls.Retries();

        ReplyDelivery(long chatId, Integer threadId, Integer replyTo, List<TelegramHtml.Chunk> chunks, InlineKeyboardMarkup keyboard) {
            this.chatId = chatId;
            this.threadId = threadId;
            this.replyTo = replyTo;
            this.chunks = chunks;
            this.keyboard = keyboard;
        }

        @Override
        public OrderedOutbox.Outcome attempt() {
            while (next < chunks.size()) {
                TelegramHtml.Chunk chunk = chunks.get(next);
                boolean last = next == chunks.size() - 1;
                try {
                    calls.client().execute(message(chatId, threadId, next == 0 ? replyTo : null,
                            plain ? chunk.plain() : chunk.html(), plain ? null : ParseMode.HTML, last ? keyboard : null));
                    next++;
                    plain = false;
                    retries = new TelegramCalls.Retries();
                } catch (TelegramApiException e) {
                    if (!plain && TelegramCalls.isUnparsableHtml(e)) {
                        log.warn("Telegram could not parse the HTML of a reply to chat {}, sending it as plain text: {}", chatId,
                                Secrets.describe(e, token));
                        plain = true;
                        continue;
                    }
                    Duration wait = calls.retryDelay(e, "sendMessage", retries);
                    if (wait == null) {
                        log.error("Sending a reply to chat {} failed: {}", chatId, Secrets.describe(e, token));
                        Meters.reply(TelegramUpdates.FRONT_END, Meters.ReplyOutcome.FAILED);
                        return OrderedOutbox.Outcome.GIVEN_UP;
                    }
                    Meters.reply(TelegramUpdates.FRONT_END, Meters.ReplyOutcome.RETRIED);
                    return OrderedOutbox.Outcome.retryAfter(wait);
                }
            }
            Meters.reply(TelegramUpdates.FRONT_END, Meters.ReplyOutcome.SENT);
            return OrderedOutbox.Outcome.DONE;
        }
    }

    /**
     * Answers a button press (stops the client's spinner), with a short notice when {@code text} is not null. One try,
     * never waiting: the answer is only useful within seconds.
     */
    void answerCallback(String callbackQueryId, String text) {
        answerCallback(callbackQueryId, text, text != null);
    }

    /** Answers a button press with {@code text} as a short notice, or as an alert the reader closes when {@code alert}. */
    void answerCallback(String callbackQueryId, String text, boolean alert) {
        try {
            calls.client().execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(text)
                    .showAlert(alert ? Boolean.TRUE : null).build());
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

    private static InlineKeyboardMarkup keyboard(List<Button> buttons, InlineKeyboardRow voteRow) {
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
        if (voteRow != null) {
            rows.add(voteRow);
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
