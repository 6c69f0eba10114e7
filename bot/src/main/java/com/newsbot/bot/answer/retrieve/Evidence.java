package com.newsbot.bot.answer.retrieve;

import com.newsbot.bot.answer.Citation;
import com.newsbot.retrieval.ChineseScript;
import com.newsbot.retrieval.ContentKeys;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One retrieved passage as the composer sees it: its text, where it sits in its article, the article's
 * identity and its retrieval rank and scores (read from the {@link ContentKeys} metadata).
 *
 * @param rank         0-based position in the retrieval result
 * @param lexicalScore the passage's BM25 score (0 when lexical ranking did not score it)
 * @param denseScore   the cosine similarity of the question's and the passage's embeddings (0 without embeddings)
 */
public record Evidence(int rank, String text, int start, int end, String articleId, String issueId, String issueName,
                LocalDate date, String title, String author, String kind, String source, double score,
                double lexicalScore, double denseScore) {

    public Evidence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(articleId, "articleId");
    }

    static Evidence from(Content content, int rank) {
        Metadata m = content.textSegment().metadata();
        String text = content.textSegment().text();
        int start = integer(m, ContentKeys.START, 0);
        int end = integer(m, ContentKeys.END, start + text.length());
        Object fused = content.metadata().get(ContentMetadata.SCORE);
        double score = fused instanceof Number n ? n.doubleValue() : number(m, ContentKeys.SCORE);
        return new Evidence(rank, text, start, end, string(m, ContentKeys.ARTICLE_ID), string(m, ContentKeys.ISSUE_ID),
                string(m, ContentKeys.ISSUE_NAME), date(string(m, ContentKeys.DATE)), string(m, ContentKeys.TITLE),
                string(m, ContentKeys.AUTHOR), string(m, ContentKeys.KIND), string(m, ContentKeys.SOURCE), score,
                number(m, ContentKeys.LEXICAL_SCORE), number(m, ContentKeys.DENSE_SCORE));
    }

    /**
     * This passage with its text and title in simplified characters, for comparing with a question: same offsets, so a
     * quote picked in it is quoted from the original by the same range.
     */
    public Evidence simplified() {
        String t = ChineseScript.toSimplified(text);
        String h = ChineseScript.toSimplified(title);
        return t == text && h == title ? this : new Evidence(rank, t, start, end, articleId, issueId, issueName, date, h,
                author, kind, source, score, lexicalScore, denseScore);
    }

    Evidence withTitle(String headline) {
        return new Evidence(rank, text, start, end, articleId, issueId, issueName, date, headline, author, kind, source,
                score, lexicalScore, denseScore);
    }

    /** A citation of {@code text.substring(from, to)} of this passage, numbered {@code n}. */
    public Citation cite(int n, int from, int to) {
        return new Citation(n, issueId, issueName, date, articleId, title, author, text.substring(from, to),
                start + from, start + to, source);
    }

    private static String string(Metadata m, String key) {
        Object v = m.toMap().get(key);
        return v == null ? "" : v.toString();
    }

    private static int integer(Metadata m, String key, int otherwise) {
        Object v = m.toMap().get(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v != null) {
            try {
                return Integer.parseInt(v.toString().strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
        return otherwise;
    }

    private static double number(Metadata m, String key) {
        Object v = m.toMap().get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v != null) {
            try {
                return Double.parseDouble(v.toString().strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    private static LocalDate date(String iso) {
        if (iso.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
