package com.newsbot.bot.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * The words of a received message's content: a {@code text} message's text, or a rich-text {@code post} message (what
 * Feishu sends whenever a person formats or pastes text) read as text: its title, then each line's text, link,
 * mention ({@code @_user_1}, the key the message's mentions name) and code elements in order, lines joined by line
 * breaks; images, emoji and dividers add nothing. A post comes as {@code {"title":…,"content":[[…]]}}, or wrapped in a
 * language ({@code {"zh_cn":{…}}}), of which the first is read.
 */
final class MessageText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageText() {
    }

    /** The text of a message of {@code type} with {@code content}; null when the message carries no text. */
    static String read(String type, String content) throws IOException {
        if (content == null || type == null) {
            return null;
        }
        JsonNode root = JSON.readTree(content);
        if ("text".equals(type)) {
            return root.path("text").isTextual() ? root.path("text").asText() : null;
        }
        if (!"post".equals(type)) {
            return null;
        }
        JsonNode post = root.has("content") ? root : first(root);
        StringBuilder text = new StringBuilder(post.path("title").asText("").strip());
        for (JsonNode line : post.path("content")) {
            StringBuilder words = new StringBuilder();
            for (JsonNode element : line) {
                words.append(switch (element.path("tag").asText()) {
                    case "text", "a", "code_block", "md" -> element.path("text").asText("");
                    case "at" -> " " + element.path("user_id").asText("") + " ";
                    default -> "";
                });
            }
            if (!words.toString().isBlank()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(words);
            }
        }
        return text.toString().isBlank() ? null : text.toString();
    }

    private static JsonNode first(JsonNode languages) {
        for (JsonNode post : languages) {
            if (post.has("content")) {
                return post;
            }
        }
        return languages;
    }
}
