package com.newsbot.retrieval.index;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.IndexLockedException;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.PassageMatch;
import com.newsbot.retrieval.SearchOptions;
import com.newsbot.retrieval.read.IssueReader;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.newsbot.retrieval.index.IndexOpening.closeQuietly;

/**
 * The implementation behind {@link com.newsbot.retrieval.NewsIndex}; use that class, this one is public only so that
 * it can delegate here. The owner of the index's lifecycle: it opens the directory, the writer, the searcher manager
 * and the embedder ({@link IndexOpening}), closes them in reverse order, and hands the work to its parts: updating
 * ({@link IndexUpdater}), the stored issues and articles ({@link StoredIssues}) and hybrid search
 * ({@link PassageSearch}). Updates are serialized here; searches run concurrently with them.
 */
public final class IndexEngine implements Closeable {

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Embedder embedder;
    private final StoredIssues stored;
    private final IndexUpdater updater;
    private final PassageSearch search;

    private IndexEngine(Path path, Directory directory, Analyzer analyzer, IndexWriter writer,
                        SearcherManager searchers, Embedder embedder) {
        this.path = path;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.embedder = embedder;
        this.stored = new StoredIssues(searchers);
        this.updater = writer == null ? null : new IndexUpdater(path, writer, searchers, embedder, stored);
        this.search = new PassageSearch(searchers, new HybridSearch(analyzer, embedder), stored);
    }

    /**
     * Opens or creates the index at {@code indexDir}. An index that cannot be read is rebuilt empty
     * (with a warning); one locked by another process is an {@link IOException} saying so.
     * With {@code embeddings}, passages indexed earlier without vectors get them now.
     */
    public static IndexEngine open(Path indexDir, boolean embeddings) throws IOException {
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        Analyzer analyzer = ChineseAnalysis.perField();
        IndexOpening.Writable writable = null;
        Embedder embedder = null;
        try {
            writable = IndexOpening.openWritable(indexDir, directory, analyzer);
            if (embeddings) {
                embedder = new Embedder();
            }
            IndexEngine engine = new IndexEngine(indexDir, directory, analyzer, writable.writer(),
                    writable.searchers(), embedder);
            if (embeddings) {
                engine.updater.addMissingVectors(IndexProgress.NONE);
            }
            return engine;
        } catch (IOException | RuntimeException e) {
            closeQuietly(embedder, e);
            if (writable != null) {
                closeQuietly(writable.searchers(), e);
                closeQuietly(writable.writer(), e);
            }
            closeQuietly(analyzer, e);
            closeQuietly(directory, e);
            throw e;
        }
    }

    /**
     * Opens the index at {@code indexDir} for searching only, without the write lock (another process
     * may be writing it): it shows the last commit made there; {@link #update} and {@link #add} fail
     * with an {@link IndexLockedException}.
     */
    public static IndexEngine openReadOnly(Path indexDir, boolean embeddings) throws IOException {
        Directory directory = FSDirectory.open(indexDir);
        Analyzer analyzer = ChineseAnalysis.perField();
        SearcherManager searchers = null;
        Embedder embedder = null;
        try {
            searchers = new SearcherManager(directory, null);
            if (embeddings) {
                embedder = new Embedder();
            }
            return new IndexEngine(indexDir, directory, analyzer, null, searchers, embedder);
        } catch (IOException | RuntimeException e) {
            closeQuietly(embedder, e);
            closeQuietly(searchers, e);
            closeQuietly(analyzer, e);
            closeQuietly(directory, e);
            throw e;
        }
    }

    private IndexUpdater requireWritable() throws IndexLockedException {
        if (updater == null) {
            throw new IndexLockedException(path, "the index at " + path + " is open read-only (another newsbot process"
                    + " holds it); it cannot be updated from here", null);
        }
        return updater;
    }

    /** Whether this engine computes and searches embeddings. */
    public boolean embeddings() {
        return embedder != null;
    }

    /** The index's embedding model (bge-small-zh), shared with other users in the process; null without embeddings. */
    public dev.langchain4j.model.embedding.EmbeddingModel embeddingModel() {
        return embedder == null ? null : embedder.embeddingModel();
    }

    /** {@link #passages} as LangChain4j contents, as the retriever returns them. */
    public List<dev.langchain4j.rag.content.Content> contents(String question, int n, String issueId) throws IOException {
        return search.passages(question, n, SearchOptions.DEFAULT, issueId).stream()
                .map(IndexContentRetriever::content).toList();
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#contentsAndMore(String, int, int)}. */
    public List<List<dev.langchain4j.rag.content.Content>> contentsAndMore(String question, int n, int more)
            throws IOException {
        return search.passagesAndMore(question, n, more, SearchOptions.DEFAULT).stream()
                .map(matches -> matches.stream().map(IndexContentRetriever::content).toList()).toList();
    }

    /** Whether this engine was opened read-only (another process holds the index's write lock). */
    public boolean readOnly() {
        return writer == null;
    }

    /** Read-only: starts searching what the process that holds the index last committed, if that changed. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    // ---------------------------------------------------------------- writing

    /** See {@link com.newsbot.retrieval.NewsIndex#update}. */
    public synchronized IndexStats update(Path seedsDir, IndexProgress progress, IssueReader reader)
            throws IOException {
        return requireWritable().update(seedsDir, progress, reader);
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#add}. */
    public synchronized IndexStats add(List<Issue> issues, IndexProgress progress) throws IOException {
        return requireWritable().add(issues, progress);
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#embeddingTexts(Issue)}. */
    public static List<String> embeddingTexts(Issue issue) {
        return IndexUpdater.embeddingTexts(issue);
    }

    // ---------------------------------------------------------------- reading

    /** See {@link com.newsbot.retrieval.NewsIndex#issues()}: latest date first, undated last. */
    public List<Issue> issues() throws IOException {
        return stored.issues();
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#issueHeaders()}. */
    public List<Issue> issueHeaders() throws IOException {
        return stored.headers();
    }

    /** How many articles each indexed issue has, by issue id (an issue without articles is left out). */
    public Map<String, Integer> articleCounts() throws IOException {
        return stored.articleCounts();
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#issue(String)}. */
    public Optional<Issue> issue(String issueId) throws IOException {
        return stored.issue(issueId);
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#article(String)}. */
    public Optional<Article> article(String articleId) throws IOException {
        return stored.article(articleId);
    }

    // ---------------------------------------------------------------- searching

    /** See {@link com.newsbot.retrieval.NewsIndex#passages(String, int, String)}. */
    public List<PassageMatch> passages(String question, int n, SearchOptions options, String issueId)
            throws IOException {
        return search.passages(question, n, options, issueId);
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#prepare(String)}. */
    public void prepare(String question) {
        if (embedder != null) {
            search.prepare(question);
        }
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#textCosines(String, List)}. */
    public double[] textCosines(String question, List<String> texts) {
        return embedder == null ? new double[0] : embedder.cosines(question, texts);
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#passageCosines(String, String)}. */
    public List<com.newsbot.retrieval.PassageCosine> passageCosines(String question, String articleId) throws IOException {
        return search.cosines(question, articleId);
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#searchArticles(String, int, SearchOptions, String)}. */
    public List<ArticleHit> searchArticles(String query, int n, SearchOptions options, String issueId)
            throws IOException {
        return searchArticles(query, n, options, issueId == null ? null : List.of(issueId));
    }

    /**
     * The best articles for {@code query} in the issues {@code issueIds} (none: no article); when null, in the issue
     * the query names, if any, otherwise everywhere.
     */
    public List<ArticleHit> searchArticles(String query, int n, SearchOptions options, Collection<String> issueIds)
            throws IOException {
        return search.articles(query, n, options, issueIds);
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#retriever(int)}. */
    public ContentRetriever retriever(int maxResults, SearchOptions options) {
        return new IndexContentRetriever(search, path, maxResults, options);
    }

    // ---------------------------------------------------------------- closing

    @Override
    public void close() throws IOException {
        try (directory; analyzer; writer; searchers) {
            if (embedder != null) {
                embedder.close();
            }
        }
    }
}
