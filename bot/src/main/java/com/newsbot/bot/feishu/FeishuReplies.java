package com.newsbot.bot.feishu;

import com.newsbot.bot.ops.Meters;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.Reply;
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
        List<String> cards = FeishuCards.render(reply, prompts.text("feishu-trimmed.zh.txt"));
        for (int i = 0; i < cards.size(); i++) {
            String uuid = uuid(answering, i);
            try {
                String messageId = target.replyToMessageId() == null
                        ? api.send(target.chatId(), cards.get(i), uuid)
                        : api.reply(target.replyToMessageId(), cards.get(i), true, uuid);
                if (messageId != null) {
                    sent.add(messageId);
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

    /** Whether the bot sent the message with this id (as far as this process remembers). */
    boolean sentByMe(String messageId) {
        return messageId != null && sent.contains(messageId);
    }

    /** At most 50 characters, as Feishu asks: the same for the same event and card, different otherwise. */
    static String uuid(String answering, int part) {
        return UUID.nameUUIDFromBytes((answering + "#" + part).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
