package com.newsbot.bot.feishu;

import com.newsbot.bot.ops.Meters;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.frontend.VotePress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sends replies to Feishu as message cards ({@link FeishuCards}): into a private chat as new
 * messages, in a group as replies to the question in its thread. Every card carries a uuid derived
 * from the event it answers, so a send retried after a lost answer is dropped by Feishu instead of
 * shown twice. Remembers the ids of the messages it sent, so a reply to the bot can be recognised.
 */
final class FeishuReplies {
    private static final int REMEMBERED_MESSAGES = 10_000;
    private static final Logger log = LoggerFactory.getLogger(FeishuReplies.class);

    /** Where a reply goes: a chat, and the message it answers in a group (null in a private chat). */
    record Target(String chatId, String replyToMessageId) {
    }

    private final FeishuApi api;
    private final FeishuCalls calls;
    private final Prompts prompts;
    private final Set<String> sent = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_MESSAGES;
        }
    }));

    /** The last card of each recent answer with 👍/👎 buttons, by message id, as last sent or updated. */
    private final Map<String, String> votable = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_MESSAGES;
        }
    });

    FeishuReplies(FeishuApi api, FeishuCalls calls, Prompts prompts) {
        this.api = api;
        this.calls = calls;
        this.prompts = prompts;
    }

    /**
     * Sends a reply; {@code answering} names what it answers (an event id) and makes its sends idempotent.
     *
     * @return true when every card was delivered
     */
    boolean send(Target target, Reply reply, String answering) {
        return deliver(target, FeishuCards.render(reply, prompts.text("feishu-trimmed.zh.txt")), answering, false);
    }

    /**
     * Sends an answer with 👍/👎 buttons for answer {@code answerId} under its last card, which is remembered so that
     * {@link #showVote} can update it in place; without buttons when {@code answerId} is null.
     */
    boolean sendAnswer(Target target, Reply reply, String answering, String answerId) {
        if (answerId == null) {
            return send(target, reply, answering);
        }
        FeishuCards.VoteRow votes = new FeishuCards.VoteRow(answerId, prompts.text("feedback-up.zh.txt"),
                prompts.text("feedback-down.zh.txt"));
        return deliver(target, FeishuCards.render(reply, prompts.text("feishu-trimmed.zh.txt"), votes), answering, true);
    }

    private boolean deliver(Target target, List<String> cards, String answering, boolean votable) {
        for (int i = 0; i < cards.size(); i++) {
            String uuid = uuid(answering, i);
            try {
                String messageId = target.replyToMessageId() == null
                        ? api.send(target.chatId(), cards.get(i), uuid)
                        : api.reply(target.replyToMessageId(), cards.get(i), true, uuid);
                if (messageId != null) {
                    sent.add(messageId);
                    if (votable && i == cards.size() - 1) {
                        this.votable.put(messageId, cards.get(i));
                    }
                }
            } catch (FeishuCalls.FeishuApiException e) {
                log.error("Sending a reply to chat {} failed: {}", target.chatId(), calls.describe(e));
                Meters.reply(FeishuEvents.FRONT_END, Meters.ReplyOutcome.FAILED);
                return false;
            }
        }
        Meters.reply(FeishuEvents.FRONT_END, Meters.ReplyOutcome.SENT);
        return true;
    }

    /**
     * Updates the card with the 👍/👎 row that message {@code messageId} shows, so that it shows the vote; false when
     * this process does not know the card (sent before a restart) or Feishu refused the update.
     */
    boolean showVote(String messageId, VotePress press) {
        String card = votable.get(messageId);
        if (card == null) {
            log.info("Not showing the vote on card {}: not sent by this process", messageId);
            return false;
        }
        String updated = FeishuCards.afterVote(card, press, prompts.text("feedback-up.zh.txt"), prompts.text("feedback-down.zh.txt"),
                prompts.text("feedback-thanks.zh.txt"));
        try {
            api.updateCard(messageId, updated);
            votable.put(messageId, updated);
            return true;
        } catch (FeishuCalls.FeishuApiException e) {
            log.warn("Showing the vote on card {} failed: {}", messageId, calls.describe(e));
            return false;
        }
    }

    /** Whether the bot sent the message with this id (as far as this process remembers). */
    boolean sentByMe(String messageId) {
        return messageId != null && sent.contains(messageId);
    }

    /** At most 50 characters, as Feishu asks: the same for the same event and card, different otherwise. */
    static String uuid(String answering, int part) {
        return UUID.nameUUIDFromBytes((answering + "#" + part).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
