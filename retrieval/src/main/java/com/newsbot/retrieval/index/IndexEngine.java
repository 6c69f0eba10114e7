package com.newsbot.retrieval.index;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.ContentKeys;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexLockedException;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.IssueMatch;
import com.newsbot.retrieval.IssueRef;
import com.newsbot.retrieval.IssueRefs;
import com.newsbot.retrieval.Passage;
import com.newsbot.retrieval.SearchOptions;
import com.newsbot.retrieval.read.IssueReader;
import com.newsbot.retrieval.read.UnreadableIssueException;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The implementation behind {@link com.newsbot.retrieval.NewsIndex}; use that class, this one is
 * public only so that it can delegate here. Owns the directory, the writer, the searcher manager and
 * the embedder, and closes them in reverse order.
 */
public final class IndexEngine implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(IndexEngine.class);
    /** Embed and write changed issues in groups of about this many passages, to bound memory. */
    private static final int GROUP_PASSAGES = 512;
    /**
     * While an update runs, searches are shown what it wrote so far (its first group, then this often): a chat that
     * answers during a long first update finds the issues already read.
     */
    private static final long SHOW_EVERY_NANOS = 2_000_000_000L;

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Embedder embedder;
    private final HybridSearch search;

    private IndexEngine(Path path, Directory directory, Analyzer analyzer, IndexWriter writer,
                        SearcherManager searchers, Embedder embedder) {
        this.path = path;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.embedder = embedder;
        this.search = new HybridSearch(analyzer, embedder);
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
        IndexWriter writer = null;
        SearcherManager searchers = null;
        Embedder embedder = null;
        try {
            try {
                writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
                searchers = new SearcherManager(writer, null);
            } catch (LockObtainFailedException e) {
                throw new IndexLockedException(indexDir, "the index at " + indexDir
                        + " is locked: another newsbot process is using it (" + e.getMessage() + ")", e);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                     | EOFException | NoSuchFileException e) {
                log.warn("The index at {} cannot be opened ({}); rebuilding it from scratch", indexDir, e.toString());
                closeQuietly(searchers, e);
                closeQuietly(writer, e);
                deleteIndexFiles(directory);
                writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
                writer.commit();
                searchers = new SearcherManager(writer, null);
            }
            if (embeddings) {
                embedder = new Embedder();
            }
            IndexEngine engine = new IndexEngine(indexDir, directory, analyzer, writer, searchers, embedder);
            if (embeddings) {
                engine.addMissingVectors();
            }
            return engine;
        } catch (IOException | RuntimeException e) {
            closeQuietly(embedder, e);
            closeQuietly(searchers, e);
            closeQuietly(writer, e);
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

    private void requireWritable() throws IndexLockedException {
        if (writer == null) {
            throw new IndexLockedException(path, "the index at " + path + " is open read-only (another newsbot process"
                    + " holds it); it cannot be updated from here", null);
        }
    }

    /** Deletes Lucene's files (segments and codec files) from {@code directory}, and nothing else. */
    private static void deleteIndexFiles(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            if (file.startsWith(IndexFileNames.SEGMENTS) || file.startsWith(IndexFileNames.PENDING_SEGMENTS)
                    || IndexFileNames.CODEC_FILE_PATTERN.matcher(file).matches()) {
                directory.deleteFile(file);
            }
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(64);
    }

    /** Whether this engine computes and searches embeddings. */
    public boolean embeddings() {
        return embedder != null;
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
        requireWritable();
        long started = System.nanoTime();
        List<Path> files = reader.list(seedsDir);
        Map<String, StoredIssue> stored = storedIssues();
        Map<String, StoredIssue> storedBySource = new HashMap<>();
        stored.values().forEach(issue -> storedBySource.put(fileKey(issue.source()), issue));
        List<String> problems = new ArrayList<>();
        Set<String> unreadableSources = new HashSet<>();
        Map<String, String> seen = new LinkedHashMap<>(); // issue id -> source
        GroupWriter out = new GroupWriter(files.size(), progress);
        int unchanged = 0;
        for (Path file : files) {
            if (unchangedSinceIndexed(file, storedBySource.get(fileKey(file.toString())), seen, reader)) {
                unchanged++;
                out.skipped();
                continue;
            }
            Issue issue;
            try {
                issue = reader.read(file);
            } catch (UnreadableIssueException e) {
                log.warn("Skipping {}: {}", file, e.getMessage());
                problems.add(e.getMessage());
                unreadableSources.add(fileKey(file.toString()));
                out.skipped();
                continue;
            }
            String twin = seen.putIfAbsent(issue.id(), issue.source());
            if (twin != null) {
                String problem = file + ": issue id " + issue.id() + " is already used by " + twin + "; skipped";
                log.warn("{}", problem);
                problems.add(problem);
                out.skipped();
                continue;
            }
            StoredIssue before = stored.get(issue.id());
            if (before != null && before.hash().equals(issue.contentHash())
                    && fileKey(before.source()).equals(fileKey(issue.source()))
                    && (before.vectors() || embedder == null)) {
                unchanged++;
                out.skipped();
            } else {
                out.add(issue);
            }
        }
        out.flush();
        int removed = 0;
        for (StoredIssue old : stored.values()) {
            if (!seen.containsKey(old.id()) && !unreadableSources.contains(fileKey(old.source()))) {
                writer.deleteDocuments(IndexSchema.issueTerm(old.id()));
                log.info("Removed issue {} ({} is gone)", old.id(), old.source());
                removed++;
            }
        }
        commit();
        return new IndexStats(files.size(), out.issues, unchanged, removed, out.articles, out.passages,
                out.characters, Duration.ofNanos(System.nanoTime() - started), List.copyOf(problems));
    }

    /**
     * One spelling of a source file's path (seeds/a.txt, ./seeds/a.txt and /home/x/seeds/a.txt are the same file),
     * so that naming the seeds folder another way does not re-index every issue.
     */
    private static String fileKey(String source) {
        try {
            return Path.of(source).toAbsolutePath().normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return source;
        }
    }

    /**
     * Whether {@code file} is indexed as {@code known} with the same bytes (and vectors when this engine embeds):
     * then it need not be parsed again, which keeps a start on a large, unchanged paper fast. Records the issue
     * as seen when so.
     */
    private boolean unchangedSinceIndexed(Path file, StoredIssue known, Map<String, String> seen, IssueReader reader) {
        if (known == null || seen.containsKey(known.id()) || !(known.vectors() || embedder == null)) {
            return false;
        }
        try {
            if (!known.hash().equals(reader.contentHash(file))) {
                return false;
            }
        } catch (UnreadableIssueException e) {
            return false; // read() below says what is wrong with it
        }
        seen.put(known.id(), known.source());
        return true;
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#add}. */
    public synchronized IndexStats add(List<Issue> issues, IndexProgress progress) throws IOException {
        requireWritable();
        long started = System.nanoTime();
        GroupWriter written = write(issues, progress);
        commit();
        return new IndexStats(issues.size(), issues.size(), 0, 0, written.articles, written.passages,
                written.characters, Duration.ofNanos(System.nanoTime() - started), List.of());
    }

    /** Replaces each issue's documents (delete by issue id, then add), embedding passages in groups. */
    private GroupWriter write(List<Issue> issues, IndexProgress progress) throws IOException {
        GroupWriter out = new GroupWriter(issues.size(), progress);
        for (Issue issue : issues) {
            out.add(issue);
        }
        out.flush();
        return out;
    }

    /**
     * Writes changed issues in groups of about {@link #GROUP_PASSAGES} passages as they are read, so that an update of
     * a whole archive holds one group in memory, not every changed issue; counts what it wrote and reports progress.
     */
    private final class GroupWriter {
        private final int filesTotal;
        private final IndexProgress progress;
        private final List<Issue> group = new ArrayList<>();
        private int groupPassages;
        private int filesDone;
        /** When searches were last shown this update's writes (the first group is shown at once). */
        private Long shownNanos;
        int issues;
        int articles;
        int passages;
        long characters;

        GroupWriter(int filesTotal, IndexProgress progress) {
            this.filesTotal = filesTotal;
            this.progress = progress;
            progress.update(0, filesTotal, 0, 0);
        }

        /** A file that needs no writing: unchanged, unreadable or a duplicate. */
        void skipped() {
            filesDone++;
            progress.update(filesDone, filesTotal, passages, passages + groupPassages);
        }

        void add(Issue issue) throws IOException {
            group.add(issue);
            issues++;
            for (Article article : issue.articles()) {
                articles++;
                groupPassages += article.passages().size();
                characters += article.text().length();
            }
            if (groupPassages >= GROUP_PASSAGES) {
                flush();
            }
        }

        void flush() throws IOException {
            if (group.isEmpty()) {
                return;
            }
            writeGroup(group);
            long now = System.nanoTime();
            if (shownNanos == null || now - shownNanos >= SHOW_EVERY_NANOS) {
                searchers.maybeRefresh(); // searches see what was written so far, before the commit
                shownNanos = System.nanoTime();
            }
            filesDone += group.size();
            passages += groupPassages;
            group.clear();
            groupPassages = 0;
            progress.update(filesDone, filesTotal, passages, passages);
        }
    }

    private void writeGroup(List<Issue> group) throws IOException {
        List<float[]> vectors = null;
        if (embedder != null) {
            List<String> texts = new ArrayList<>();
            for (Issue issue : group) {
                for (Article article : issue.articles()) {
                    for (Passage passage : article.passages()) {
                        texts.add(IndexSchema.embeddingText(article, passage));
                    }
                }
            }
            vectors = embedder.embedPassages(texts);
        }
        int next = 0;
        for (Issue issue : group) {
            List<Document> docs = new ArrayList<>();
            docs.add(IndexSchema.issueDocument(issue, embedder != null));
            for (Article article : issue.articles()) {
                docs.add(IndexSchema.articleDocument(issue, article));
                for (Passage passage : article.passages()) {
                    docs.add(IndexSchema.passageDocument(issue, article, passage,
                            vectors == null ? null : vectors.get(next++)));
                }
            }
            writer.deleteDocuments(IndexSchema.issueTerm(issue.id()));
            writer.addDocuments(docs);
        }
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#embeddingTexts(Issue)}. */
    public static List<String> embeddingTexts(Issue issue) {
        List<String> texts = new ArrayList<>();
        for (Article article : issue.articles()) {
            for (Passage passage : article.passages()) {
                texts.add(Embedder.modelText(IndexSchema.embeddingText(article, passage)));
            }
        }
        return texts;
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Re-indexes, with vectors, the issues that were indexed without them. */
    private void addMissingVectors() throws IOException {
        List<Issue> missing = new ArrayList<>();
        for (StoredIssue issue : storedIssues().values()) {
            if (!issue.vectors()) {
                missing.add(loadIssue(issue.id()));
            }
        }
        if (!missing.isEmpty()) {
            log.info("Computing embeddings for {} issue(s) of {} indexed without them", missing.size(), path);
            write(missing, IndexProgress.NONE);
            commit();
        }
    }

    private record StoredIssue(String id, String hash, String source, boolean vectors) {
    }

    private Map<String, StoredIssue> storedIssues() throws IOException {
        Map<String, StoredIssue> issues = new HashMap<>();
        for (Document doc : all(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE))) {
            issues.put(doc.get(IndexSchema.ISSUE_ID), new StoredIssue(doc.get(IndexSchema.ISSUE_ID),
                    doc.get(IndexSchema.ISSUE_HASH), doc.get(IndexSchema.ISSUE_SOURCE),
                    "1".equals(doc.get(IndexSchema.ISSUE_VECTORS))));
        }
        return issues;
    }

    // ---------------------------------------------------------------- reading

    /** See {@link com.newsbot.retrieval.NewsIndex#issues()}: latest date first, undated last. */
    public List<Issue> issues() throws IOException {
        Map<String, List<Article>> articles = new HashMap<>();
        for (Document doc : all(IndexSchema.typeQuery(IndexSchema.TYPE_ARTICLE))) {
            articles.computeIfAbsent(doc.get(IndexSchema.ISSUE_ID), id -> new ArrayList<>())
                    .add(IndexSchema.articleOf(doc));
        }
        List<Issue> issues = new ArrayList<>();
        for (Document doc : all(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE))) {
            List<Article> own = articles.getOrDefault(doc.get(IndexSchema.ISSUE_ID), List.of());
            own.sort(Comparator.comparingInt(Article::ordinal));
            issues.add(IndexSchema.issueOf(doc, own));
        }
        issues.sort(LATEST_FIRST);
        return issues;
    }

    private static final Comparator<Issue> LATEST_FIRST = Comparator
            .comparing(Issue::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Issue::id, Comparator.reverseOrder());

    /** See {@link com.newsbot.retrieval.NewsIndex#issueHeaders()}. */
    public List<Issue> issueHeaders() throws IOException {
        List<Issue> issues = new ArrayList<>();
        for (Document doc : all(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE))) {
            issues.add(IndexSchema.issueOf(doc, List.of()));
        }
        issues.sort(LATEST_FIRST);
        return issues;
    }

    /** How many articles each indexed issue has, by issue id (an issue without articles is left out). */
    public Map<String, Integer> articleCounts() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (Document doc : all(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE))) {
                String issueId = doc.get(IndexSchema.ISSUE_ID);
                int count = searcher.count(and(IndexSchema.typeQuery(IndexSchema.TYPE_ARTICLE),
                        new TermQuery(IndexSchema.issueTerm(issueId))));
                if (count > 0) {
                    counts.put(issueId, count);
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return counts;
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#issue(String)}. */
    public Optional<Issue> issue(String issueId) throws IOException {
        Term issue = IndexSchema.issueTerm(issueId);
        if (all(and(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE), new TermQuery(issue))).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(loadIssue(issueId));
    }

    private Issue loadIssue(String issueId) throws IOException {
        Term issue = IndexSchema.issueTerm(issueId);
        Document header = all(and(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE), new TermQuery(issue))).get(0);
        List<Article> articles = new ArrayList<>();
        for (Document doc : all(and(IndexSchema.typeQuery(IndexSchema.TYPE_ARTICLE), new TermQuery(issue)))) {
            articles.add(IndexSchema.articleOf(doc));
        }
        articles.sort(Comparator.comparingInt(Article::ordinal));
        return IndexSchema.issueOf(header, articles);
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#article(String)}. */
    public Optional<Article> article(String articleId) throws IOException {
        List<Document> docs = all(and(IndexSchema.typeQuery(IndexSchema.TYPE_ARTICLE),
                new TermQuery(new Term(IndexSchema.ARTICLE_ID, articleId))));
        return docs.isEmpty() ? Optional.empty() : Optional.of(IndexSchema.articleOf(docs.get(0)));
    }

    private static BooleanQuery and(TermQuery a, TermQuery b) {
        return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    }

    private List<Document> all(org.apache.lucene.search.Query query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int count = searcher.count(query);
            List<Document> docs = new ArrayList<>(count);
            if (count == 0) {
                return docs;
            }
            for (ScoreDoc sd : searcher.search(query, count).scoreDocs) {
                docs.add(searcher.storedFields().document(sd.doc));
            }
            return docs;
        } finally {
            searchers.release(searcher);
        }
    }

    // ---------------------------------------------------------------- searching

    /**
     * The best passages for {@code question}: in {@code issueId} when given, otherwise in the issue
     * the question names (最新一期, 上一期, a dated issue), otherwise everywhere.
     */
    List<PassageHit> passages(String question, int n, SearchOptions options, Collection<String> issueIds)
            throws IOException {
        String text = question;
        Collection<String> issues = issueIds;
        if (issues == null) {
            Optional<IssueRef> named = IssueRefs.find(question);
            if (named.isPresent()) {
                IssueMatch match = IssueRefs.resolve(named.get(), question, issueHeaders());
                if (match.status() != IssueMatch.Status.RESOLVED) {
                    return List.of(); // the question is about an issue that is not in the index
                }
                issues = List.of(match.issue().id());
                text = match.rest();
            }
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return search.search(searcher, text, n, options, issues);
        } finally {
            searchers.release(searcher);
        }
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
        Map<String, PassageHit> best = new LinkedHashMap<>();
        for (PassageHit hit : passages(query, Math.max(n * 4, options.candidates()), options, issueIds)) {
            best.putIfAbsent(hit.articleId(), hit);
            if (best.size() == n) {
                break;
            }
        }
        List<ArticleHit> hits = new ArrayList<>(best.size());
        for (PassageHit hit : best.values()) {
            Optional<Article> article = article(hit.articleId());
            if (article.isPresent()) {
                int ordinal = hit.doc().getField(IndexSchema.ORDINAL).numericValue().intValue();
                hits.add(new ArticleHit(article.get(), hit.score(), article.get().passages().get(ordinal)));
            }
        }
        return hits;
    }

    /** See {@link com.newsbot.retrieval.NewsIndex#retriever(int)}. */
    public ContentRetriever retriever(int maxResults, SearchOptions options) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, was " + maxResults);
        }
        return query -> {
            try {
                return passages(query.text(), maxResults, options, null).stream().map(IndexEngine::content).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("searching the index at " + path + " failed", e);
            }
        };
    }

    private static Content content(PassageHit hit) {
        Document doc = hit.doc();
        Metadata metadata = new Metadata()
                .put(ContentKeys.ISSUE_ID, doc.get(IndexSchema.ISSUE_ID))
                .put(ContentKeys.ISSUE_NAME, doc.get(IndexSchema.ISSUE_NAME))
                .put(ContentKeys.ARTICLE_ID, doc.get(IndexSchema.ARTICLE_ID))
                .put(ContentKeys.TITLE, doc.get(IndexSchema.TITLE))
                .put(ContentKeys.SUBTITLE, doc.get(IndexSchema.SUBTITLE))
                .put(ContentKeys.AUTHOR, doc.get(IndexSchema.AUTHOR))
                .put(ContentKeys.KIND, doc.get(IndexSchema.KIND))
                .put(ContentKeys.SOURCE, doc.get(IndexSchema.ISSUE_SOURCE))
                .put(ContentKeys.START, doc.getField(IndexSchema.START).numericValue().intValue())
                .put(ContentKeys.END, doc.getField(IndexSchema.END).numericValue().intValue())
                .put(ContentKeys.SCORE, hit.score())
                .put(ContentKeys.LEXICAL_SCORE, hit.lexical());
        String date = doc.get(IndexSchema.ISSUE_DATE);
        if (date != null && !date.isEmpty()) {
            metadata.put(ContentKeys.DATE, date);
        }
        if (hit.dense() != null) {
            metadata.put(ContentKeys.DENSE_SCORE, hit.dense());
        }
        TextSegment segment = TextSegment.from(doc.get(IndexSchema.TEXT), metadata);
        return Content.from(segment, Map.of(ContentMetadata.SCORE, hit.score()));
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

    private static void closeQuietly(Closeable closeable, Exception cause) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
