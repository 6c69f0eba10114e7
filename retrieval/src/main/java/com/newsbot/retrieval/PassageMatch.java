package com.newsbot.retrieval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One passage found by {@link NewsIndex#passages}: where it is (article, issue, offsets in the article's text), what
 * its article is headed with, and how it scored.
 *
 * @param articleId the article's id
 * @param issueId   the issue's id
 * @param issueName the issue's name
 * @param date      the issue's date, or null when it has none
 * @param source    the issue's source file
 * @param kicker    the article's kicker (may be empty)
 * @param headline  the article's title
 * @param subtitle  the article's subtitle (may be empty)
 * @param author    the article's author or byline (may be empty)
 * @param kind      story or sidebar
 * @param ordinal   the passage's position in its article, from 0
 * @param text      the passage's text
 * @param start     where the passage starts in the article's text
 * @param end       where it ends (exclusive)
 * @param score     the fused score, higher is better
 * @param lexical   the BM25 score for the query, 0 when no term matched
 * @param dense     the cosine similarity of query and passage, or null without embeddings
 */
public record PassageMatch(String articleId, String issueId, String issueName, LocalDate date, String source,
                           String kicker, String headline, String subtitle, String author, ArticleKind kind,
                           int ordinal, String text, int start, int end, double score, double lexical, Double dense) {
    public PassageMatch {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(text, "text");
        issueName = Objects.requireNonNullElse(issueName, "");
        source = Objects.requireNonNullElse(source, "");
        kicker = Objects.requireNonNullElse(kicker, "");
        headline = Objects.requireNonNullElse(headline, "");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        author = Objects.requireNonNullElse(author, "");
    }
}
