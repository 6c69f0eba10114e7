package com.newsbot.bot.chat;

import java.util.Objects;

/**
 * A message a front end received, reduced to what the conversation needs.
 *
 * @param conversationId whose memory the message belongs to (a private chat, or a person in a group)
 * @param text           the text as typed, with any addressing of the bot (an @mention, a
 *                       {@code /cmd@BotName} suffix) already removed by the front end
 */
public record IncomingMessage(String conversationId, String text) {
    public IncomingMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(text, "text");
    }
}
