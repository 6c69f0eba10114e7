package com.newsbot.bot.state;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One question in the editors' log: no user id, only what was asked and how it went.
 *
 * @param answerId     the id readers vote on the answer with
 * @param articleId    the main cited article (the first citation), null when nothing was cited
 * @param articleTitle its title
 * @param articleIds   every cited article, in citation order
 */
public record LoggedQuestion(String answerId, Instant askedAt, String frontEnd, String question, boolean found,
                             String mode, long latencyMs, String answer, String articleId, String articleTitle,
                             List<String> articleIds) {
    public LoggedQuestion {
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(frontEnd, "frontEnd");
        Objects.requireNonNull(question, "question");
        articleIds = List.copyOf(articleIds);
    }
}
