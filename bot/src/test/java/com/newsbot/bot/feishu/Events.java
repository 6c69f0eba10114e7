package com.newsbot.bot.feishu;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Feishu events as the open platform sends them (schema 2.0), for the stand-in to push. */
public final class Events {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Events() {
    }

    static String messageId(String eventId) {
        return "om_" + eventId;
    }

    /** A text message in the private chat {@code chatId} of person {@code openId}. */
    public static ObjectNode privateText(String eventId, String openId, String chatId, String text) {
        return message(eventId, openId, chatId, "p2p", "text", textContent(text), null, false);
    }

    /** A text message in a group; {@code mentionBot} adds an @mention of the bot in front of the text. */
    static ObjectNode groupText(String eventId, String openId, String chatId, String text, boolean mentionBot) {
        return message(eventId, openId, chatId, "group", "text", textContent(mentionBot ? "@_user_1 " + text : text), null, mentionBot);
    }

    /** A text message in a group replying to message {@code parentId}, without a mention. */
    static ObjectNode groupReply(String eventId, String openId, String chatId, String text, String parentId) {
        return message(eventId, openId, chatId, "group", "text", textContent(text), parentId, false);
    }

    /**
     * A rich-text ({@code post}) message as Feishu delivers one when a person formats or pastes text: a title, then
     * lines of elements; {@code mentionBot} starts the first line with an {@code at} element for the bot (and lists the
     * mention). {@code lines} are the lines' text elements, each line split in two elements at its middle.
     */
    static ObjectNode post(String eventId, String openId, String chatId, boolean group, String title, boolean mentionBot,
                           String... lines) {
        ObjectNode content = JSON.objectNode().put("title", title);
        ArrayNode body = content.putArray("content");
        for (int i = 0; i < lines.length; i++) {
            ArrayNode line = body.addArray();
            if (i == 0 && mentionBot) {
                line.addObject().put("tag", "at").put("user_id", "@_user_1").put("user_name", "新闻助手");
            }
            int middle = lines[i].length() / 2;
            line.addObject().put("tag", "text").put("text", lines[i].substring(0, middle)).putArray("style").add("bold");
            line.addObject().put("tag", "text").put("text", lines[i].substring(middle)).putArray("style");
            line.addObject().put("tag", "img").put("image_key", "img_v2_456");
        }
        return message(eventId, openId, chatId, group ? "group" : "p2p", "post", content.toString(), null, mentionBot);
    }

    /** A message of another kind (an image) in a private chat. */
    static ObjectNode privateImage(String eventId, String openId, String chatId) {
        return message(eventId, openId, chatId, "p2p", "image", "{\"image_key\":\"img_v2_123\"}", null, false);
    }

    static ObjectNode message(String eventId, String openId, String chatId, String chatType, String messageType, String content,
                              String parentId, boolean mentionBot) {
        ObjectNode event = envelope(eventId, "im.message.receive_v1");
        ObjectNode body = event.putObject("event");
        ObjectNode sender = body.putObject("sender");
        sender.putObject("sender_id").put("open_id", openId).put("union_id", "on_" + openId).put("user_id", "u_" + openId);
        sender.put("sender_type", "user").put("tenant_key", "tenant-1");
        ObjectNode message = body.putObject("message");
        message.put("message_id", messageId(eventId)).put("create_time", Long.toString(System.currentTimeMillis()))
                .put("chat_id", chatId).put("chat_type", chatType).put("message_type", messageType).put("content", content);
        if (parentId != null) {
            message.put("parent_id", parentId).put("root_id", parentId);
        }
        if (mentionBot) {
            ArrayNode mentions = message.putArray("mentions");
            ObjectNode mention = mentions.addObject().put("key", "@_user_1").put("name", "新闻助手").put("tenant_key", "tenant-1");
            mention.putObject("id").put("open_id", FakeFeishuServer.BOT_OPEN_ID).put("union_id", "on_bot");
        }
        return event;
    }

    /** A press of a button that opens {@code articleId}, under card message {@code cardMessageId} in {@code chatId}. */
    static ObjectNode cardAction(String eventId, String openId, String chatId, String cardMessageId, String articleId) {
        return cardPress(eventId, openId, chatId, cardMessageId, articleId);
    }

    /** A press of a button whose value is {@code value} (an article id, a command, a vote), under a card message. */
    static ObjectNode cardPress(String eventId, String openId, String chatId, String cardMessageId, String value) {
        ObjectNode event = envelope(eventId, "card.action.trigger");
        ObjectNode body = event.putObject("event");
        body.putObject("operator").put("open_id", openId).put("user_id", "u_" + openId).put("union_id", "on_" + openId)
                .put("tenant_key", "tenant-1");
        body.put("token", "c-" + eventId).put("host", "im_message");
        ObjectNode action = body.putObject("action").put("tag", "button");
        action.putObject("value").put(FeishuCards.OPEN, value);
        body.putObject("context").put("open_message_id", cardMessageId).put("open_chat_id", chatId);
        return event;
    }

    private static ObjectNode envelope(String eventId, String type) {
        ObjectNode event = JSON.objectNode().put("schema", "2.0");
        event.putObject("header").put("event_id", eventId).put("event_type", type)
                .put("create_time", Long.toString(System.currentTimeMillis())).put("token", "").put("app_id", FakeFeishuServer.APP_ID)
                .put("tenant_key", "tenant-1");
        return event;
    }

    private static String textContent(String text) {
        return JSON.objectNode().put("text", text).toString();
    }
}
