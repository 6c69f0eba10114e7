package com.newsbot.bot.feishu;

import com.lark.oapi.event.cardcallback.model.P2CardActionTrigger;
import com.lark.oapi.event.cardcallback.model.P2CardActionTriggerData;
import com.lark.oapi.event.cardcallback.model.P2CardActionTriggerResponse;
import com.lark.oapi.event.model.Header;
import com.lark.oapi.service.im.v1.model.EventMessage;
import com.lark.oapi.service.im.v1.model.EventSender;
import com.lark.oapi.service.im.v1.model.MentionEvent;
import com.lark.oapi.service.im.v1.model.P2MessageReceiveV1;
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

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
    private final StrangerRefusals refusals;
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
                 ChatQueues queues, EventIdStore seen, AllowedChats allowed, RateLimiter rateLimiter, StrangerRefusals refusals,
                 Prompts prompts) {
        this.botOpenId = botOpenId;
        this.conversation = conversation;
        this.replies = replies;
        this.api = api;
        this.calls = calls;
        this.queues = queues;
        this.seen = seen;
        this.allowed = allowed;
        this.rateLimiter = rateLimiter;
        this.refusals = refusals;
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
        FeishuReplies.Target target = new FeishuReplies.Target(chatId, group ? message.getMessageId() : null);
        boolean mentioned = !group || mentionsMe(message);
        if (!mentioned && message.getParentId() == null) {
            log.debug("Ignoring a group message in chat {} not addressed to the bot", chatId);
            return;
        }
        if (mentioned && refused(target, group, personId, answering)) {
            return;
        }
        // a reply is told from chatter behind the chat's earlier answers, once the message it replies to is known as the bot's
        Runnable work = mentioned ? () -> answer(message, target, personId, group, answering) : () -> {
            if (!replies.sentByMe(message.getParentId())) {
                log.debug("Ignoring a group message in chat {} not addressed to the bot", chatId);
            } else if (!refused(target, true, personId, answering)) {
                answer(message, target, personId, true, answering);
            }
        };
        if (!queues.submit(chatId, work)) {
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
        String pressed = value == null ? "" : value.toString().strip();
        String answering = eventId(event.getHeader(), cardMessageId + ":" + personId + ":" + pressed);
        if (pressed.isEmpty() || !firstTime(answering)) {
            return response;
        }
        Optional<VotePress> vote = VotePress.parse(pressed);
        Runnable work = vote.isPresent() ? () -> vote(chatId, cardMessageId, personId, vote.get(), answering)
                : () -> open(chatId, cardMessageId, personId, pressed, answering);
        if (!queues.submit(chatId, work)) {
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

    private void answer(EventMessage message, FeishuReplies.Target target, String personId, boolean group, String answering) {
        String chatId = target.chatId();
        if (!withinRate(target, personId, answering)) {
            return;
        }
        String text = text(message);
        if (text == null) {
            replies.send(target, Reply.text(prompts.text("feishu-non-text.zh.txt")), answering);
            return;
        }
        long started = System.nanoTime();
        String reaction = react(message.getMessageId());
        Exchange exchange = conversation.handle(reader(chatId, personId, group), text);
        boolean votable = exchange.votable() && conversation.state().available();
        boolean delivered = replies.sendAnswer(target, exchange.reply(), answering, votable ? exchange.answerId() : null);
        unreact(message.getMessageId(), reaction);
        log.info("Answered a message in chat {} in {} ms{}", chatId, (System.nanoTime() - started) / 1_000_000,
                delivered ? "" : " (not delivered)");
    }

    private void open(String chatId, String cardMessageId, String personId, String articleId, String answering) {
        boolean group = isGroup(chatId);
        FeishuReplies.Target target = new FeishuReplies.Target(chatId, group ? cardMessageId : null);
        if (refused(target, group, personId, answering) || !withinRate(target, personId, answering)) {
            return;
        }
        Reply reply = conversation.handler().openArticle(conversationId(chatId, personId, group), articleId);
        replies.send(target, reply, answering);
    }

    /** A 👍/👎 press: the vote is recorded (or changed) like Telegram's, and the card updated in place to show it. */
    private void vote(String chatId, String cardMessageId, String personId, VotePress press, String answering) {
        boolean group = isGroup(chatId);
        FeishuReplies.Target target = new FeishuReplies.Target(chatId, group ? cardMessageId : null);
        if (refused(target, group, personId, answering) || !withinRate(target, personId, answering)) {
            return;
        }
        RecordedConversation.VoteOutcome outcome = conversation.vote(reader(chatId, personId, group), press.answerId(), press.up());
        if (!outcome.recorded() || !replies.showVote(cardMessageId, press)) {
            replies.send(target, Reply.text(outcome.message()), answering);
        }
    }

    /** The reader of a message or press: the person (their id is hashed before it is stored) in their chat. */
    private static Reader reader(String chatId, String personId, boolean group) {
        return new Reader(FRONT_END, personId, chatId, conversationId(chatId, personId, group), true);
    }

    /** Whether the person is within their rate; when not, they are asked, once, to slow down. */
    private boolean withinRate(FeishuReplies.Target target, String personId, String answering) {
        String chatId = target.chatId();
        RateLimiter.Decision decision = rateLimiter.acquire(personId == null ? chatId : personId);
        if (decision.allowed()) {
            return true;
        }
        log.info("Rate-limited person {} in chat {}", personId, chatId);
        if (decision.tellUser()) {
            replies.send(target, Reply.text(prompts.render("feishu-rate-limited.zh.txt", Map.of("seconds", decision.waitSeconds()))),
                    answering);
        }
        return false;
    }

    /**
     * Whether {@link AllowedChats#access} refuses the person here; when so, they are told why and nothing more, from the
     * strangers' own budget and thread ({@link StrangerRefusals}), never from the workers that answer allowed people.
     */
    private boolean refused(FeishuReplies.Target target, boolean group, String personId, String answering) {
        String chatId = target.chatId();
        String refusal;
        switch (allowed.access(group, personId, chatId)) {
            case SERVE:
                return false;
            case GROUP_NOT_ENABLED:
                log.info("Refused person {} in group {}: the group is not in {}", personId, chatId, AllowedChats.VARIABLE);
                refusal = prompts.render("access-group-not-enabled.zh.txt", Map.of("chat_id", chatId));
                break;
            default:
                log.info("Refused person {} in chat {}: not in {}", personId, chatId, AllowedChats.VARIABLE);
                refusal = prompts.render("access-not-allowed.zh.txt", Map.of("user_id", personId == null ? "" : personId,
                        "chat_id", chatId));
        }
        refusals.refuse(personId == null ? chatId : personId,
                () -> replies.send(target, Reply.text(refusal), answering));
        return true;
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

    /**
     * What a message says, for a text message or a rich-text ({@code post}) one, with the bot's mention removed and
     * other mentions shown by name; null for other kinds (an image, a file, a card).
     */
    private String text(EventMessage message) {
        String text;
        try {
            text = MessageText.read(message.getMessageType(), message.getContent());
        } catch (IOException e) {
            log.warn("Ignoring the unreadable content of message {}", message.getMessageId());
            return null;
        }
        if (text == null) {
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
