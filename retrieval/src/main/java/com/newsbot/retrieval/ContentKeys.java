package com.newsbot.retrieval;

/** Metadata keys on the {@code TextSegment}s of the contents that {@link NewsIndex#retriever(int)} returns. */
public final class ContentKeys {
    public static final String ISSUE_ID = "issue";
    public static final String ISSUE_NAME = "issue_name";
    /** ISO date, absent when the issue has none. */
    public static final String DATE = "date";
    public static final String ARTICLE_ID = "article_id";
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String AUTHOR = "author";
    public static final String KIND = "kind";
    /** Source file, e.g. {@code seeds/000_ca8ae608e85ef6a0.txt}. */
    public static final String SOURCE = "source";
    /** Offsets of the passage in the article text (integers). */
    public static final String START = "start";
    public static final String END = "end";
    /** Fused retrieval score (double), higher is better; also in {@code ContentMetadata.SCORE}. */
    public static final String SCORE = "score";
    /** Lexical (BM25) score of the passage for the query (double), for evidence thresholds. */
    public static final String LEXICAL_SCORE = "lexical_score";
    /** Cosine similarity of query and passage embeddings (double), absent when embeddings are off. */
    public static final String DENSE_SCORE = "dense_score";

    private ContentKeys() {
    }
}
