package com.newsbot.bot.telegram;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.Exchange;
import com.newsbot.bot.chat.Reader;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.frontend.AllowedChats;
import com.newsbot.bot.frontend.ChatQueues;
import com.newsbot.bot.frontend.RateLimiter;
import com.newsbot.bot.frontend.StrangerRefusals;
import com.newsbot.bot.frontend.VotePress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the updates long polling delivers and turns each into work on its chat's queue: decides
 * whether a message is meant for the bot (private chats: always; groups: commands, @mentions and
 * replies to the bot), who may use it, how fast, and hands text to the {@link RecordedConversation} (👍/👎 presses record a vote).
 * Each update is taken once: its id is persisted before the work is queued, and ids at or below
 * the last persisted one are skipped, also after a restart. Never throws into the polling loop.
 * Strangers are refused from {@link StrangerRefusals}' own budget, never from the workers; {@code /more}
 * pages through a reply cut by {@link TelegramReplies}.
 */
final class TelegramUpdates implements LongPollingUpdateConsumer {
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(.*)$", Pattern.DOTALL);
    /** {@code /more}: the rest of the chat's last reply that was cut (see {@link TelegramReplies#MAX_MESSAGES_PER_REPLY}). */
    private static final Pattern MORE = Pattern.compile("/more\\s*");
    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

    private final BotIdentity me;
    static final String FRONT_END = "telegram";

    private final RecordedConversation conversation;
    private final TelegramReplies replies;
    private final TypingIndicator typing;
    private final ChatQueues queues;
    private final HandledUpdates offsets;
    private final AllowedChats allowed;
    private final RateLimiter rateLimiter;
    private final StrangerRefusals refusals;
    private final Prompts prompts;
    private boolean accepting = true;

    TelegramUpdates(BotIdentity me, RecordedConversation conversation, TelegramReplies replies, TypingIndicator typing,
                    ChatQueues queues, HandledUpdates offsets, AllowedChats allowed, RateLimiter rateLimiter,
                    StrangerRefusals refusals, Prompts prompts) {
        this.me = me;
        this.conversation = conversation;
        this.replies = replies;
        this.typing = typing;
        this.queues = queues;
        this.offsets = offsets;
        this.allowed = allowed;
        this.rateLimiter = rateLimiter;
        this.refusals = refusals;
        this.prompts = prompts;
    }

    @Override
    public synchronized void consume(List<Update> updates) {
        try {
            if (!accepting) {
                return;
            }
            long last = offsets.lastHandled();
            List<Update> fresh = new ArrayList<>();
            for (Update update : updates) {
                if (update.getUpdateId() != null && update.getUpdateId() > last) {
                    fresh.add(update);
                } else {
                    log.debug("Skipping update {}: already handled", update.getUpdateId());
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            fresh.sort(Comparator.comparing(Update::getUpdateId));
            try {
                offsets.markHandled(fresh.get(fresh.size() - 1).getUpdateId());
            } catch (IOException e) {
                log.error("Cannot persist the last handled update id; a restart may answer these updates again", e);
            }
            for (Update update : fresh) {
                try {
                    dispatch(update);
                } catch (RuntimeException e) {
                    log.error("Taking update {} failed", update.getUpdateId(), e);
                }
            }
        } catch (RuntimeException e) {
            log.error("Taking {} updates failed", updates.size(), e);
        }
    }

    /** Stops taking updates: ones polled from now on are left for the next start. */
    synchronized void stopAccepting() {
        accepting = false;
    }

    /**
     * Decides, on the polling thread and without any network call, what an update gets: nothing (a group message not
     * for the bot), a refusal from the strangers' budget, a "slow down" notice, or work on its chat's queue.
     */
    private void dispatch(Update update) {
        if (update.hasMessage()) {
            Message message = update.getMessage();
            long chatId = message.getChatId();
            boolean group = isGroup(message.getChat());
            Long userId = message.getFrom() == null ? null : message.getFrom().getId();
            String text = message.getText();
            String cleaned = null;
            if (text != null) {
                cleaned = group ? addressedText(message) : privateText(text);
                if (cleaned == null) {
                    return;
                }
            } else if (group && !repliesToMe(message)) {
                return;
            }
            Integer replyTo = group ? message.getMessageId() : null;
            Integer topic = topic(message);
            String refusal = refusal(group, userId, chatId);
            if (refusal != null) {
                refusals.refuse("message from " + (userId == null ? chatId : userId),
                        () -> replies.sendOnce(chatId, topic, replyTo, refusal));
                return;
            }
            RateLimiter.Decision decision = rateLimiter.acquire(userId == null ? chatId : userId);
            if (!decision.allowed()) {
                log.info("Rate-limited user {} in chat {}", userId, chatId);
                if (decision.tellUser()) { // behind the chat's answers being composed, so the replies keep their order
                    Reply notice = Reply.text(prompts.render("telegram-rate-limited.zh.txt", Map.of("seconds", decision.waitSeconds())));
                    submit(update, chatId, () -> replies.send(chatId, topic, replyTo, notice));
                }
                return;
            }
            if (cleaned != null && MORE.matcher(cleaned).matches()) {
                submit(update, chatId, () -> replies.sendMore(chatId, topic, replyTo));
                return;
            }
            String question = cleaned;
            submit(update, chatId, () -> onMessage(chatId, topic, replyTo, reader(chatId, userId, group), question));
        } else if (update.hasCallbackQuery()) {
            CallbackQuery callback = update.getCallbackQuery();
            MaybeInaccessibleMessage origin = callback.getMessage();
            long chatId = origin != null && origin.getChatId() != null ? origin.getChatId() : callback.getFrom().getId();
            Long userId = callback.getFrom() == null ? null : callback.getFrom().getId();
            boolean group = callback.getMessage() != null && isGroup(callback.getMessage().getChat());
            String refusal = refusal(group, userId, chatId);
            if (refusal != null) {
                refusals.refuse("button of " + (userId == null ? chatId : userId), () -> replies.answerCallback(callback.getId(), refusal));
                return;
            }
            RateLimiter.Decision decision = rateLimiter.acquire(userId == null ? chatId : userId);
            if (!decision.allowed()) {
                String notice = prompts.render("telegram-rate-limited.zh.txt", Map.of("seconds", decision.waitSeconds()));
                submit(update, chatId, () -> replies.answerCallback(callback.getId(), notice));
                return;
            }
            submit(update, chatId, () -> onCallback(callback, chatId, userId, group));
        } else {
            log.debug("Ignoring update {}: neither a new message nor a button press (edits are ignored)", update.getUpdateId());
        }
    }

    private void submit(Update update, long chatId, Runnable work) {
        if (!queues.submit(chatId, work)) {
            log.warn("Dropping update {} for chat {}: too many messages waiting or shutting down", update.getUpdateId(), chatId);
        }
    }

    /** Composes the answer to an allowed message (on a worker) and queues it for sending; a non-text message gets a hint. */
    private void onMessage(long chatId, Integer topic, Integer replyTo, Reader reader, String cleaned) {
        if (cleaned == null) {
            replies.send(chatId, topic, replyTo, Reply.text(prompts.text("telegram-non-text.zh.txt")));
            return;
        }
        long started = System.nanoTime();
        Exchange exchange;
        try (TypingIndicator.Typing ignored = typing.start(chatId, topic)) {
            exchange = conversation.handle(reader, cleaned);
        }
        boolean votable = exchange.votable() && conversation.state().available();
        boolean queued = replies.send(chatId, topic, replyTo, exchange.reply(), votable
                ? VoteButtons.row(exchange.answerId(), prompts.text("feedback-up.zh.txt"), prompts.text("feedback-down.zh.txt"))
                : null);
        log.info("Answered a message in chat {} in {} ms{}", chatId, (System.nanoTime() - started) / 1_000_000,
                queued ? "" : " (not queued for sending)");
    }

    /** Null when the access rule serves this person in this chat, else what to tell them. */
    private String refusal(boolean group, Long userId, long chatId) {
        AllowedChats.Access access = allowed.access(group, userId == null ? null : Long.toString(userId), Long.toString(chatId));
        switch (access) {
            case SERVE:
                return null;
            case GROUP_NOT_ENABLED:
                log.info("Refused user {} in group {}: the group is not in {}", userId, chatId, AllowedChats.VARIABLE);
                return prompts.render("access-group-not-enabled.zh.txt", Map.of("chat_id", chatId));
            default:
                log.info("Refused user {} in chat {}: not in {}", userId, chatId, AllowedChats.VARIABLE);
                return prompts.render("access-not-allowed.zh.txt", Map.of("user_id", userId == null ? "" : userId, "chat_id", chatId));
        }
    }

    private void onCallback(CallbackQuery callback, long chatId, Long userId, boolean group) {
        java.util.Optional<VotePress> vote = VotePress.parse(callback.getData());
        if (vote.isPresent()) {
            onVote(callback, chatId, reader(chatId, userId, group), vote.get());
            return;
        }
        replies.answerCallback(callback.getId(), null);
        String articleId = callback.getData();
        if (articleId == null || articleId.isBlank()) {
            return;
        }
        Integer topic = callback.getMessage() instanceof Message pressedUnder ? topic(pressedUnder) : null;
        Reply reply;
        try (TypingIndicator.Typing ignored = typing.start(chatId, topic)) {
            reply = conversation.handler().openArticle(conversationId(chatId, userId, group), articleId);
        }
        replies.send(chatId, topic, null, reply);
    }

    /** The forum topic a message was written in, or null outside a forum topic. */
    private static Integer topic(Message message) {
        return Boolean.TRUE.equals(message.getIsTopicMessage()) ? message.getMessageThreadId() : null;
    }

    /** The text of a private message, commands addressed to this bot normalised ({@code /cmd@Bot} → {@code /cmd}). */
    private String privateText(String text) {
        String command = command(text);
        return command != null ? command : text;
    }

    /**
     * The text of a group message meant for the bot, with the addressing removed; null when the
     * message is not for the bot.
     */
    private String addressedText(Message message) {
        String text = message.getText();
        Matcher matcher = COMMAND.matcher(text);
        if (matcher.matches()) {
            return command(text);
        }
        List<MessageEntity> mentions = new ArrayList<>();
        if (message.getEntities() != null) {
            for (MessageEntity entity : message.getEntities()) {
                if (mentionsMe(entity, text)) {
                    mentions.add(entity);
                }
            }
        }
        if (mentions.isEmpty() && !repliesToMe(message)) {
            return null;
        }
        StringBuilder cleaned = new StringBuilder(text);
        mentions.sort(Comparator.comparing(MessageEntity::getOffset).reversed());
        for (MessageEntity mention : mentions) {
            int start = Math.max(0, Math.min(text.length(), mention.getOffset()));
            int end = Math.max(start, Math.min(text.length(), mention.getOffset() + mention.getLength()));
            cleaned.delete(start, end);
        }
        return cleaned.toString().replaceAll("\\s+", " ").strip();
    }

    /** The command normalised when it is addressed to this bot (or to every bot); null when for another bot or not one. */
    private String command(String text) {
        Matcher matcher = COMMAND.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        String target = matcher.group(2);
        if (target != null && (me.username() == null || !target.equalsIgnoreCase(me.username()))) {
            return null;
        }
        return "/" + matcher.group(1).toLowerCase(Locale.ROOT) + matcher.group(3);
    }

    private boolean mentionsMe(MessageEntity entity, String text) {
        if ("text_mention".equals(entity.getType())) {
            return entity.getUser() != null && entity.getUser().getId() != null && entity.getUser().getId() == me.id();
        }
        if ("mention".equals(entity.getType()) && me.username() != null && entity.getOffset() != null && entity.getLength() != null) {
            int start = entity.getOffset();
            int end = start + entity.getLength();
            return start >= 0 && end <= text.length() && text.substring(start, end).equalsIgnoreCase("@" + me.username());
        }
        return false;
    }

    private boolean repliesToMe(Message message) {
        Message original = message.getReplyToMessage();
        return original != null && original.getFrom() != null && original.getFrom().getId() != null
                && original.getFrom().getId() == me.id();
    }

    private static boolean isGroup(Chat chat) {
        String type = chat == null ? null : chat.getType();
        return "group".equals(type) || "supergroup".equals(type);
    }

    /** A 👍/👎 press: the vote is recorded (or changed), the reader thanked, and the pressed button reads "谢谢反馈". */
    private void onVote(CallbackQuery callback, long chatId, Reader reader, VotePress press) {
        RecordedConversation.VoteOutcome outcome = conversation.vote(reader, press.answerId(), press.up());
        replies.answerCallback(callback.getId(), outcome.message(), !outcome.recorded());
        if (outcome.recorded() && callback.getMessage() instanceof Message under) {
            replies.replaceButtons(chatId, under.getMessageId(), VoteButtons.afterVote(under.getReplyMarkup(), press,
                    prompts.text("feedback-up.zh.txt"), prompts.text("feedback-down.zh.txt"),
                    prompts.text("feedback-thanks.zh.txt")));
        }
    }

    /** The reader of a message: the person (their id is hashed before it is stored) in their chat. */
    private static Reader reader(long chatId, Long userId, boolean group) {
        return new Reader(FRONT_END, Long.toString(userId == null ? chatId : userId), Long.toString(chatId),
                conversationId(chatId, userId, group), true);
    }

    /** Whose memory a message belongs to: the private chat, or one person in a group. */
    private static String conversationId(long chatId, Long userId, boolean group) {
        return group ? "telegram:" + chatId + ":" + userId : "telegram:" + chatId;
    }
}
