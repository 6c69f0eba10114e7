package com.newsbot.bot.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Telegram updates as the Bot API sends them (JSON), for the stand-in server to serve. */
final class Updates {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Updates() {
    }

    static ObjectNode privateText(int updateId, long userId, String text) {
        ObjectNode message = message(updateId, privateChat(userId), userId);
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            message.set("entities", JSON.arrayNode().add(entity("bot_command", 0, end < 0 ? text.length() : end)));
        }
        return update(updateId, "message", message);
    }

    static ObjectNode groupText(int updateId, long chatId, long userId, String text) {
        ObjectNode message = message(updateId, groupChat(chatId), userId);
        message.put("text", text);
        ArrayNode entities = JSON.arrayNode();
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            entities.add(entity("bot_command", 0, end < 0 ? text.length() : end));
        }
        int at = text.indexOf('@');
        if (at >= 0 && !text.startsWith("/")) {
            int end = at + 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            entities.add(entity("mention", at, end - at));
        }
        if (!entities.isEmpty()) {
            message.set("entities", entities);
        }
        return update(updateId, "message", message);
    }

    /** {@code update} (a group message, or a button press under one) moved into forum topic {@code threadId}. */
    static ObjectNode inTopic(ObjectNode update, int threadId) {
        ObjectNode message = update.has("message") ? (ObjectNode) update.get("message")
                : (ObjectNode) update.get("callback_query").get("message");
        message.put("message_thread_id", threadId).put("is_topic_message", true);
        ((ObjectNode) message.get("chat")).put("is_forum", true);
        return update;
    }

    /** A group message that mentions the bot by name, without a username (a text_mention entity). */
    static ObjectNode groupTextMention(int updateId, long chatId, long userId, String name, String question) {
        ObjectNode message = message(updateId, groupChat(chatId), userId);
        message.put("text", name + " " + question);
        ObjectNode mention = entity("text_mention", 0, name.length());
        mention.set("user", JSON.objectNode().put("id", FakeTelegramServer.BOT_ID).put("is_bot", true).put("first_name", name));
        message.set("entities", JSON.arrayNode().add(mention));
        return update(updateId, "message", message);
    }

    static ObjectNode groupReplyToBot(int updateId, long chatId, long userId, String text) {
        ObjectNode message = message(updateId, groupChat(chatId), userId);
        message.put("text", text);
        ObjectNode original = JSON.objectNode().put("message_id", 1).put("date", 1_700_000_000);
        original.set("chat", groupChat(chatId));
        original.set("from", JSON.objectNode().put("id", FakeTelegramServer.BOT_ID).put("is_bot", true)
                .put("first_name", "News").put("username", FakeTelegramServer.BOT_USERNAME));
        original.put("text", "之前的回答");
        message.set("reply_to_message", original);
        return update(updateId, "message", message);
    }

    static ObjectNode sticker(int updateId, long userId) {
        ObjectNode message = message(updateId, privateChat(userId), userId);
        message.set("sticker", JSON.objectNode().put("file_id", "sticker-1").put("file_unique_id", "s1")
                .put("type", "regular").put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false));
        return update(updateId, "message", message);
    }

    static ObjectNode edited(int updateId, long userId, String text) {
        ObjectNode message = message(updateId, privateChat(userId), userId);
        message.put("text", text).put("edit_date", 1_700_000_100);
        return update(updateId, "edited_message", message);
    }

    static ObjectNode callback(int updateId, long userId, long chatId, String data) {
        ObjectNode query = JSON.objectNode().put("id", "cb-" + updateId).put("chat_instance", "ci-" + chatId).put("data", data);
        query.set("from", user(userId));
        ObjectNode message = JSON.objectNode().put("message_id", 900 + updateId).put("date", 1_700_000_000).put("text", "按钮所在的消息");
        message.set("chat", chatId == userId ? privateChat(chatId) : groupChat(chatId));
        message.set("from", JSON.objectNode().put("id", FakeTelegramServer.BOT_ID).put("is_bot", true).put("first_name", "News"));
        query.set("message", message);
        return update(updateId, "callback_query", query);
    }

    /** A button press under a message the bot sent (with that message's buttons, as Telegram includes them). */
    static ObjectNode callbackUnder(int updateId, long userId, long chatId, int messageId, JsonNode replyMarkup, String data) {
        ObjectNode update = callback(updateId, userId, chatId, data);
        ObjectNode message = (ObjectNode) update.path("callback_query").path("message");
        message.put("message_id", messageId);
        message.set("reply_markup", replyMarkup);
        return update;
    }

    private static ObjectNode update(int updateId, String field, ObjectNode content) {
        ObjectNode update = JSON.objectNode().put("update_id", updateId);
        update.set(field, content);
        return update;
    }

    private static ObjectNode message(int updateId, ObjectNode chat, long userId) {
        ObjectNode message = JSON.objectNode().put("message_id", 100 + updateId).put("date", 1_700_000_000);
        message.set("chat", chat);
        message.set("from", user(userId));
        return message;
    }

    private static ObjectNode user(long userId) {
        return JSON.objectNode().put("id", userId).put("is_bot", false).put("first_name", "同事" + userId);
    }

    private static ObjectNode privateChat(long userId) {
        return JSON.objectNode().put("id", userId).put("type", "private").put("first_name", "同事" + userId);
    }

    private static ObjectNode groupChat(long chatId) {
        return JSON.objectNode().put("id", chatId).put("type", "supergroup").put("title", "编辑部");
    }

    private static ObjectNode entity(String type, int offset, int length) {
        return JSON.objectNode().put("type", type).put("offset", offset).put("length", length);
    }
}
