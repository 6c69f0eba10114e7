package com.newsbot.retrieval;

import dev.langchain4j.rag.content.retriever.ContentRetriever;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The front door of the retrieval module: a persistent Lucene index of the seeds, kept up to date
 * incrementally, searched with hybrid (lexical + dense) retrieval. Owns the Lucene directory,
 * writer, searcher manager and the embedding model; close it once.
 *
 * <p>Content returned by {@link #retriever()} carries these metadata keys (see {@link ContentKeys}).
 */
public final class NewsIndex implements Closeable {

    /** Opens (or creates) the index at {@code indexDir}; {@code embeddings} false means lexical only. */
    public static NewsIndex open(Path indexDir, boolean embeddings) throws IOException {
        throw new UnsupportedOperationException("index not built yet");
    }

    /** Brings the index in step with {@code seedsDir}: new/changed files (re)indexed, removed ones deleted. */
    public IndexStats update(Path seedsDir, IndexProgress progress) throws IOException {
        throw new UnsupportedOperationException("index not built yet");
    }

    /** Indexes issues built in memory (eval corpora, tests), replacing any with the same id. */
    public IndexStats add(List<Issue> issues, IndexProgress progress) throws IOException {
        throw new UnsupportedOperationException("index not built yet");
    }

    /** The LangChain4j retriever over this index (hybrid, issue-aware: 最新一期, 上一期, dates). */
    public ContentRetriever retriever(int maxResults) {
        throw new UnsupportedOperationException("index not built yet");
    }

    /** The best matching articles for a query, best first, one entry per article. */
    public List<ArticleHit> searchArticles(String query, int maxResults) throws IOException {
        throw new UnsupportedOperationException("index not built yet");
    }

    /** The whole article with this id, if indexed. */
    public Optional<Article> article(String articleId) throws IOException {
        throw new UnsupportedOperationException("index not built yet");
    }

    /** Every indexed issue (with its articles), latest date first. */
    public List<Issue> issues() throws IOException {
        throw new UnsupportedOperationException("index not built yet");
    }

    @Override
    public void close() throws IOException {
    }
}
