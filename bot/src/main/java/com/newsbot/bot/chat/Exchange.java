package com.newsbot.bot.chat;

import java.util.Objects;

/**
 * A reply and, when it answered a question readers can vote on, the id to vote with ({@code null} otherwise).
 */
public record Exchange(Reply reply, String answerId) {
    public Exchange {
        Objects.requireNonNull(reply, "reply");
    }

    public boolean votable() {
        return answerId != null;
    }
}
