package com.newsbot.retrieval;

import java.util.Objects;

/**
 * A few hundred characters of one article, cut on sentence boundaries; the unit of retrieval.
 *
 * @param articleId the article it belongs to
 * @param ordinal   0-based position among the article's passages
 * @param start     offset of the first character in {@link Article#text()}
 * @param end       offset after the last character in {@link Article#text()}
 * @param text      exactly {@code article.text().substring(start, end)}
 */
public record Passage(String articleId, int ordinal, int start, int end, String text) {
    public Passage {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad passage offsets " + start + ".." + end + " for " + text.length() + " chars");
        }
    }
}
