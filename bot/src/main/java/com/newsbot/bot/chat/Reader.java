package com.newsbot.bot.chat;

import java.util.Objects;

/**
 * Who wrote a message, as a front end knows them.
 *
 * @param frontEnd       {@code telegram}, {@code feishu}, {@code console}
 * @param userId         the front end's id of the person (hashed before it is stored, never kept raw)
 * @param chatId         the chat a reply or an announcement goes to
 * @param conversationId whose memory the message belongs to (a private chat, or one person in a group)
 * @param announceable   whether the chat can be sent new-issue announcements (a chat app can, the console cannot)
 */
public record Reader(String frontEnd, String userId, String chatId, String conversationId, boolean announceable) {
    public Reader {
        Objects.requireNonNull(frontEnd, "frontEnd");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
