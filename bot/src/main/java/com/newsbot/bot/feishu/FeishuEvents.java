package com.newsbot.bot.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lark.oapi.event.cardcallback.model.P2CardActionTrigger;
import com.lark.oapi.event.cardcallback.model.P2CardActionTriggerData;
import com.lark.oapi.event.cardcallback.model.P2CardActionTriggerResponse;
import com.lark.oapi.event.model.Header;
import com.lark.oapi.service.im.v1.model.EventMessage;
import com.lark.oapi.service.im.v1.model.EventSender;
import com.lark.oapi.service.im.v1.model.MentionEvent;
import com.lark.oapi.service.im.v1.model.P2MessageReceiveV1;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.Reader;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.frontend.AllowedChats;
import com.newsbot.bot.frontend.ChatQueues;
import com.newsbot.bot.frontend.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Takes the events the long connection delivers and turns each into work on its chat's queue:
 * decides whether a message is meant for the bot (private chats: always; groups: @mentions of the
 * bot and replies to it), who may use it ({@link AllowedChats}), how fast ({@link RateLimiter}), and
 * hands text to the {@link RecordedConversation} (question log, /good /bad, /subscribe); a card button press opens its article under the
 * same rules. Each event is taken once: its id is persisted before the work is queued, and a
 * delivered-again id is skipped, also after a restart. Returns at once (Feishu waits for the
 * acknowledgement); while stopping it refuses events, so they stay unacknowledged and are delivered again.
 */
final class FeishuEvents {
    static final String TYPING_EMOJI = "Typing";
    private static final int REMEMBERED_CHATS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(FeishuEvents.class);

    private final String botOpenId;
    static final String FRONT_END = "feishu";

    private final RecordedConversation conversation;
    private final FeishuReplies replies;
    private final FeishuApi api;
    private final FeishuCalls calls;
    private final ChatQueues queues;
    private final EventIdStore seen;
    private final AllowedChats allowed;
    private final RateLimiter rateLimiter;
    private final Prompts prompts;
    /** Whether a chat is a group, as messages told; a button press in a chat not seen yet asks Feishu. */
    private final Map<String, Boolean> groups = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_CHATS;
        }
    });
    private volatile boolean accepting = true;

    FeishuEvents(String botOpenId, RecordedConversation conversation, FeishuReplies replies, FeishuApi api, FeishuCalls calls,
                 ChatQueues queues, EventIdStore seen, AllowedChats allowed, RateLimiter rateLimiter, Prompts prompts) {
        this.botOpenId = botOpenId;
        this.conversation = conversation;
        this.replies = replies;
        this.api = api;
        this.calls = calls;
        this.queues = queues;
        this.seen = seen;
        this.allowed = allowed;
        this.rateLimiter = rateLimiter;
        this.prompts = prompts;
    }

    /** Stops taking events: ones delivered from now on are left unacknowledged, for the next start. */
    void stopAccepting() {
        accepting = false;
    }

    /** An {@code im.message.receive_v1} event. */
    void onMessage(P2MessageReceiveV1 event) {
        refuseWhileStopping();
        EventMessage message = event.getEvent() == null ? null : event.getEvent().getMessage();
        EventSender sender = event.getEvent() == null ? null : event.getEvent().getSender();
        if (message == null || message.getChatId() == null || message.getMessageId() == null) {
            log.warn("Ignoring a message event without a chat or message id");
            return;
        }
        if (sender != null && sender.getSenderType() != null && !"user".equals(sender.getSenderType())) {
            log.debug("Ignoring a message from a {} in chat {}", sender.getSenderType(), message.getChatId());
            return;
        }
        String answering = eventId(event.getHeader(), message.getMessageId());
        if (!firstTime(answering)) {
            return;
        }
        String chatId = message.getChatId();
        boolean group = !"p2p".equals(message.getChatType());
        groups.put(chatId, group);
        String personId = sender == null || sender.getSenderId() == null ? null : sender.getSenderId().getOpenId();
        if (!queues.submit(chatId, () -> answer(message, group, personId, answering))) {
            log.warn("Dropping a message for chat {}: too many messages waiting or shutting down", chatId);
        }
    }

    /** A {@code card.action.trigger} callback: a button under a card was pressed. Answers at once; the article follows. */
    P2CardActionTriggerResponse onCardAction(P2CardActionTrigger event) {
        refuseWhileStopping();
        P2CardActionTriggerData data = event.getEvent();
        P2CardActionTriggerResponse response = new P2CardActionTriggerResponse();
        if (data == null || data.getContext() == null || data.getContext().getOpenChatId() == null) {
            log.warn("Ignoring a button press without a chat");
            return response;
        }
        String chatId = data.getContext().getOpenChatId();
        String cardMessageId = data.getContext().getOpenMessageId();
        String personId = data.getOperator() == null ? null : data.getOperator().getOpenId();
        Object value = data.getAction() == null || data.getAction().getValue() == null ? null
                : data.getAction().getValue().get(FeishuCards.OPEN);
        String articleId = value == null ? "" : value.toString().strip();
        String answering = eventId(event.getHeader(), cardMessageId + ":" + personId + ":" + articleId);
        if (articleId.isEmpty() || !firstTime(answering)) {
            return response;
        }
        if (!queues.submit(chatId, () -> open(chatId, cardMessageId, personId, articleId, answering))) {
            log.warn("Dropping a button press in chat {}: too many messages waiting or shutting down", chatId);
        }
        return response;
    }

    private void refuseWhileStopping() {
        if (!accepting) {
            throw new IllegalStateException("the bot is stopping; the event is left for the next start");
        }
    }

    private boolean firstTime(String eventId) {
        try {
            if (!seen.markNew(eventId)) {
                log.info("Skipping event {}: already handled", eventId);
                return false;
            }
        } catch (IOException e) {
            log.error("Cannot persist handled event {}; a restart may answer it again: {}", eventId, e.getMessage());
        }
        return true;
    }

    private void answer(EventMessage message, boolean group, String personId, String answering) {
        String chatId = message.getChatId();
        boolean addressed = !group || mentionsMe(message) || replies.sentByMe(message.getParentId());
        if (!addressed) {
            log.debug("Ignoring a group message in chat {} not addressed to the bot", chatId);
            return;
        }
        FeishuReplies.Target target = new FeishuReplies.Target(chatId, group ? message.getMessageId() : null);
        if (!admitted(target, group, personId, answering)) {
            return;
        }
        String text = text(message);
        if (text == null) {
            replies.send(target, Reply.text(prompts.text("feishu-non-text.zh.txt")), answering);
            return;
        }
        long started = System.nanoTime();
        String reaction = react(message.getMessageId());
        Reply reply = conversation.handle(new Reader(FRONT_END, personId, chatId, conversationId(chatId, personId, group), true),
                text).reply();
        boolean delivered = replies.send(target, reply, answering);
        unreact(message.getMessageId(), reaction);
        log.info("Answered a message in chat {} in {} ms{}", chatId, (System.nanoTime() - started) / 1_000_000,
                delivered ? "" : " (not delivered)");
    }

    private void open(String chatId, String cardMessageId, String personId, String articleId, String answering) {
        boolean group = isGroup(chatId);
        FeishuReplies.Target target = new FeishuReplies.Target(chatId, group ? cardMessageId : null);
        if (!admitted(target, group, personId, answering)) {
            return;
        }
        Reply reply = conversation.handler().openArticle(conversationId(chatId, personId, group), articleId);
        replies.send(target, reply, answering);
    }

    /**
     * Whether a message or press may be answered: within the person's rate (else they are asked, once,
     * to slow down) and allowed by {@link AllowedChats#access} (else told why, and nothing more).
     */
    private boolean admitted(FeishuReplies.Target target, boolean group, String personId, String answering) {
        String chatId = target.chatId();
        RateLimiter.Decision decision = rateLimiter.acquire(personId == null ? chatId : personId);
        if (!decision.allowed()) {
            log.info("Rate-limited person {} in chat {}", personId, chatId);
            if (decision.tellUser()) {
                replies.send(target, Reply.text(prompts.render("feishu-rate-limited.zh.txt",
                        Map.of("seconds", decision.waitSeconds()))), answering);
            }
            return false;
        }
        switch (allowed.access(group, personId, chatId)) {
            case SERVE:
                return true;
            case GROUP_NOT_ENABLED:
                log.info("Refused person {} in group {}: the group is not in {}", personId, chatId, AllowedChats.VARIABLE);
                replies.send(target, Reply.text(prompts.render("access-group-not-enabled.zh.txt", Map.of("chat_id", chatId))),
                        answering);
                return false;
            default:
                log.info("Refused person {} in chat {}: not in {}", personId, chatId, AllowedChats.VARIABLE);
                replies.send(target, Reply.text(prompts.render("access-not-allowed.zh.txt",
                        Map.of("user_id", personId == null ? "" : personId, "chat_id", chatId))), answering);
                return false;
        }
    }

    /** Whether a chat is a group: as its messages said, else as Feishu says; a group when unknown (closed by default). */
    private boolean isGroup(String chatId) {
        Boolean known = groups.get(chatId);
        if (known != null) {
            return known;
        }
        try {
            boolean group = api.isGroup(chatId);
            groups.put(chatId, group);
            return group;
        } catch (FeishuCalls.FeishuApiException e) {
            log.warn("Cannot tell whether chat {} is a group, treating it as one: {}", chatId, calls.describe(e));
            return true;
        }
    }

    /** The text of a text message with the bot's mention removed and other mentions shown by name; null for other kinds. */
    private String text(EventMessage message) {
        if (!"text".equals(message.getMessageType()) || message.getContent() == null) {
            return null;
        }
        String text;
        try {
            JsonNode content = JSON.readTree(message.getContent());
            if (!content.path("text").isTextual()) {
                return null;
            }
            text = content.path("text").asText();
        } catch (IOException e) {
            log.warn("Ignoring the unreadable content of message {}", message.getMessageId());
            return null;
        }
        if (message.getMentions() != null) {
            for (MentionEvent mention : message.getMentions()) {
                if (mention.getKey() == null || mention.getKey().isEmpty()) {
                    continue;
                }
                text = text.replace(mention.getKey(), isMe(mention) ? "" : "@" + (mention.getName() == null ? "" : mention.getName()));
            }
        }
        return text.replaceAll("\\s+", " ").strip();
    }

    private boolean mentionsMe(EventMessage message) {
        if (message.getMentions() == null) {
            return false;
        }
        for (MentionEvent mention : message.getMentions()) {
            if (isMe(mention)) {
                return true;
            }
        }
        return false;
    }

    private boolean isMe(MentionEvent mention) {
        return mention.getId() != null && botOpenId.equals(mention.getId().getOpenId());
    }

    /** Shows the bot is working on a message (a "typing" reaction); best effort. */
    private String react(String messageId) {
        try {
            return api.addReaction(messageId, TYPING_EMOJI);
        } catch (FeishuCalls.FeishuApiException e) {
            log.debug("Adding a reaction to message {} failed: {}", messageId, calls.describe(e));
            return null;
        }
    }

    private void unreact(String messageId, String reactionId) {
        if (reactionId == null) {
            return;
        }
        try {
            api.removeReaction(messageId, reactionId);
        } catch (FeishuCalls.FeishuApiException e) {
            log.debug("Removing a reaction from message {} failed: {}", messageId, calls.describe(e));
        }
    }

    /** The event's id, or a stand-in from what it is about when Feishu gave none. */
    private static String eventId(Header header, String fallback) {
        return header != null && header.getEventId() != null && !header.getEventId().isBlank() ? header.getEventId() : "about:" + fallback;
    }

    /** Whose memory a message belongs to: the private chat, or one person in a group. */
    private static String conversationId(String chatId, String personId, boolean group) {
        return group ? "feishu:" + chatId + ":" + personId : "feishu:" + chatId;
    }
}
