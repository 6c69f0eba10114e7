package com.newsbot.retrieval;

import com.newsbot.retrieval.index.IndexEngine;
import com.newsbot.retrieval.read.IssueReader;
import dev.langchain4j.rag.content.retriever.ContentRetriever;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The front door of the retrieval module: a persistent Lucene index of the seeds, kept up to date
 * incrementally, searched with hybrid (lexical + dense) retrieval. Owns the Lucene directory,
 * writer, searcher manager and the embedding model; close it once. Safe for concurrent searches;
 * updates are serialized and become visible to searches when they finish.
 *
 * <p>Content returned by {@link #retriever(int)} carries these metadata keys (see {@link ContentKeys}).
 */
public final class NewsIndex implements Closeable {

    private final IndexEngine engine;

    private NewsIndex(IndexEngine engine) {
        this.engine = engine;
    }

    /**
     * Opens (or creates) the index at {@code indexDir}; {@code embeddings} false means lexical only.
     * An index that cannot be read (corrupt, other Lucene version) is rebuilt empty with a warning;
     * an index locked by another process is an {@link IndexLockedException} saying so. Opened with
     * embeddings, an index built without them gets its missing vectors computed before this returns.
     */
    public static NewsIndex open(Path indexDir, boolean embeddings) throws IOException {
        Objects.requireNonNull(indexDir, "indexDir");
        return new NewsIndex(IndexEngine.open(indexDir, embeddings));
    }

    /**
     * Opens an existing index for searching only, without taking the write lock: for a process that
     * answers while another one (a running bot) owns the index. It shows the index as last committed;
     * {@link #update} and {@link #add} throw {@link IndexLockedException}.
     *
     * @throws org.apache.lucene.index.IndexNotFoundException when there is no index at {@code indexDir} yet
     */
    public static NewsIndex openReadOnly(Path indexDir, boolean embeddings) throws IOException {
        Objects.requireNonNull(indexDir, "indexDir");
        return new NewsIndex(IndexEngine.openReadOnly(indexDir, embeddings));
    }

    /**
     * Brings the index in step with {@code seedsDir}: new/changed files (re)indexed, unchanged ones
     * (same content hash) skipped, issues whose file is gone deleted — also issues that were
     * {@link #add added} in memory. A file that cannot be read is named in
     * {@link IndexStats#problems()}, and an earlier version of it stays indexed.
     */
    public IndexStats update(Path seedsDir, IndexProgress progress) throws IOException {
        Objects.requireNonNull(seedsDir, "seedsDir");
        return engine.update(seedsDir, progress == null ? IndexProgress.NONE : progress, new IssueReader());
    }

    /** Indexes issues built in memory (eval corpora, tests), replacing any with the same id. */
    public IndexStats add(List<Issue> issues, IndexProgress progress) throws IOException {
        Objects.requireNonNull(issues, "issues");
        return engine.add(issues, progress == null ? IndexProgress.NONE : progress);
    }

    /** The LangChain4j retriever over this index (hybrid, issue-aware as {@link IssueRefs} reads a question: 最新一期, 上一期, 第N期, 4月2日那期). */
    public ContentRetriever retriever(int maxResults) {
        return engine.retriever(maxResults, SearchOptions.DEFAULT);
    }

    /** {@link #retriever(int)} with other search options (for measuring). */
    public ContentRetriever retriever(int maxResults, SearchOptions options) {
        return engine.retriever(maxResults, Objects.requireNonNull(options, "options"));
    }

    /**
     * The best passages for a question, best first, typed: article, issue, date, headline, kicker, offsets and the
     * three scores (fused, lexical, dense). This is what {@link #retriever(int)} returns as LangChain4j contents.
     *
     * @param issueId only this issue when not null; when null, the issue the question names (最新一期, 上一期,
     *                11月24日的报纸), if any
     */
    public List<PassageMatch> passages(String question, int maxResults, String issueId) throws IOException {
        return passages(question, maxResults, SearchOptions.DEFAULT, issueId);
    }

    /** {@link #passages(String, int, String)} with other search options (for measuring). */
    public List<PassageMatch> passages(String question, int maxResults, SearchOptions options, String issueId)
            throws IOException {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(options, "options");
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, was " + maxResults);
        }
        return engine.passages(question, maxResults, options, issueId);
    }

    /**
     * How close in meaning each passage of one article is to {@code question} (the cosine of their embeddings, the
     * question read as {@link #passages} reads it); empty without embeddings or when the article is not indexed.
     */
    public List<PassageCosine> passageCosines(String question, String articleId) throws IOException {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(articleId, "articleId");
        return engine.passageCosines(question, articleId);
    }

    /**
     * Starts embedding {@code question} (read as {@link #passages} reads it) on a thread of its own, so that the search
     * for it that follows finds its vector ready, or on its way, while the caller reads the question and the words are
     * searched; nothing without embeddings. A hint: the search embeds the question itself when nothing was prepared.
     */
    public void prepare(String question) {
        Objects.requireNonNull(question, "question");
        engine.prepare(question);
    }

    /**
     * How close in meaning each of {@code texts} (an article's sentences, say) is to {@code question}: the cosine of
     * their embeddings, the question read as {@link #passages} reads it and each text as a passage is; in order.
     * Empty without embeddings.
     */
    public double[] textCosines(String question, List<String> texts) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(texts, "texts");
        return engine.textCosines(question, texts);
    }

    /** The best matching articles for a query, best first, one entry per article. */
    public List<ArticleHit> searchArticles(String query, int maxResults) throws IOException {
        return searchArticles(query, maxResults, SearchOptions.DEFAULT, null);
    }

    /**
     * The best matching articles for a query, best first, one entry per article.
     *
     * @param issueId only this issue when not null; when null, the issue the query names (最新一期,
     *                上一期, 11月24日的报纸), if any
     */
    public List<ArticleHit> searchArticles(String query, int maxResults, SearchOptions options, String issueId)
            throws IOException {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, was " + maxResults);
        }
        return engine.searchArticles(query, maxResults, options, issueId);
    }

    /**
     * The best matching articles of the issues dated {@code from} to {@code to} (both days included; null leaves that
     * end open), best first, newer first among equally good ones. With a bound given, undated issues are left out;
     * with none, this is {@link #searchArticles(String, int)}.
     */
    public List<ArticleHit> searchArticles(String query, int maxResults, LocalDate from, LocalDate to)
            throws IOException {
        if (from == null && to == null) {
            return searchArticles(query, maxResults);
        }
        Objects.requireNonNull(query, "query");
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, was " + maxResults);
        }
        List<String> issueIds = new ArrayList<>();
        for (Issue issue : engine.issueHeaders()) {
            LocalDate date = issue.date();
            if (date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to))) {
                issueIds.add(issue.id());
            }
        }
        return engine.searchArticles(query, maxResults, SearchOptions.DEFAULT, issueIds);
    }

    /** How many articles (stories and sidebars) each indexed issue has, by issue id. */
    public Map<String, Integer> articleCounts() throws IOException {
        return engine.articleCounts();
    }

    /** The whole article with this id, if indexed. */
    public Optional<Article> article(String articleId) throws IOException {
        return engine.article(Objects.requireNonNull(articleId, "articleId"));
    }

    /** Every indexed issue (with its articles), latest date first, undated ones last. */
    public List<Issue> issues() throws IOException {
        return engine.issues();
    }

    /**
     * Every indexed issue without its articles, latest date first: cheap even for a large paper (listing issues,
     * noticing that the paper changed by {@link Issue#contentHash()}).
     */
    public List<Issue> issueHeaders() throws IOException {
        return engine.issueHeaders();
    }

    /** One indexed issue with its articles, if indexed: walks a large paper an issue at a time. */
    public Optional<Issue> issue(String issueId) throws IOException {
        return engine.issue(Objects.requireNonNull(issueId, "issueId"));
    }

    /** Whether this index was opened read-only ({@link #openReadOnly}): {@link #update} is refused. */
    public boolean readOnly() {
        return engine.readOnly();
    }

    /**
     * Searches from now on what was last committed to the index folder: for a read-only index, what the process that
     * holds it wrote since (an index opened for writing always searches its own writes).
     */
    public void refresh() throws IOException {
        engine.refresh();
    }

    /**
     * The texts the embedding model is given for an issue's passages, in order: for measuring the model on exactly
     * what indexing embeds.
     */
    public static List<String> embeddingTexts(Issue issue) {
        return IndexEngine.embeddingTexts(Objects.requireNonNull(issue, "issue"));
    }

    /** Whether this index searches with embeddings (as opened). */
    public boolean embeddings() {
        return engine.embeddings();
    }

    /**
     * The embedding model the index uses (bge-small-zh, in-process), for other users of the same model in this process
     * (the chat's turn acts): one copy loaded. Empty when the index was opened without embeddings.
     */
    public java.util.Optional<dev.langchain4j.model.embedding.EmbeddingModel> embeddingModel() {
        return java.util.Optional.ofNullable(engine.embeddingModel());
    }

    /**
     * The best passages of one issue for a question, as the LangChain4j contents {@link #retriever(int)} returns: for a
     * conversation that goes on about articles of that issue.
     */
    public List<dev.langchain4j.rag.content.Content> contents(String question, int maxResults, String issueId)
            throws IOException {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(issueId, "issueId");
        return engine.contents(question, maxResults, issueId);
    }

    /**
     * What {@link #retriever(int)} returns for {@code maxResults} and for {@code more} (more than {@code maxResults}
     * passages: enough to see every issue's report of a story), both from one search: the same contents as the two
     * retrievers give.
     */
    public List<List<dev.langchain4j.rag.content.Content>> contentsAndMore(String question, int maxResults, int more)
            throws IOException {
        Objects.requireNonNull(question, "question");
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, was " + maxResults);
        }
        return engine.contentsAndMore(question, maxResults, more);
    }

    @Override
    public void close() throws IOException {
        engine.close();
    }
}
