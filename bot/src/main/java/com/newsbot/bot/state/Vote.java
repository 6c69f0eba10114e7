package com.newsbot.bot.state;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reader's verdict on one answer. {@code userHash} is a salted hash of the front end's user id, never the id.
 *
 * @param up true for 👍, false for 👎
 */
public record Vote(String answerId, String userHash, boolean up, String question, String answer, String mode,
                   List<String> articleIds, String frontEnd, Instant at) {
    public Vote {
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(userHash, "userHash");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(frontEnd, "frontEnd");
        Objects.requireNonNull(at, "at");
        articleIds = List.copyOf(articleIds);
    }
}
