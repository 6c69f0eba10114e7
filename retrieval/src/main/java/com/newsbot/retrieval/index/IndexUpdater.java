package com.newsbot.retrieval.index;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.Passage;
import com.newsbot.retrieval.index.StoredIssues.StoredIssue;
import com.newsbot.retrieval.read.IssueReader;
import com.newsbot.retrieval.read.UnreadableIssueException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the index: brings it in step with a seeds folder, adds issues built in memory, computes vectors missing
 * from issues indexed without them. Changed issues are embedded and written in groups ({@link GroupWriter}) as they
 * are read. Not thread-safe: the {@link IndexEngine} serializes calls.
 */
final class IndexUpdater {

    private static final Logger log = LoggerFactory.getLogger(IndexUpdater.class);
    /** Embed and write changed issues in groups of about this many passages, to bound memory. */
    private static final int GROUP_PASSAGES = 512;
    /**
     * While an update runs with {@link IndexProgress#searchWhileWriting()}, searches are shown what it wrote so far
     * (its first group, then this often): a chat that answers during a long first update finds the issues already read.
     */
    private static final long SHOW_EVERY_NANOS = 2_000_000_000L;

    private final Path path;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Embedder embedder;
    private final StoredIssues stored;

    /** {@code embedder} null: no vectors. */
    IndexUpdater(Path path, IndexWriter writer, SearcherManager searchers, Embedder embedder, StoredIssues stored) {
        this.path = path;
        this.writer = writer;
        this.searchers = searchers;
        this.embedder = embedder;
        this.stored = stored;
    }

    /**
     * See {@link com.newsbot.retrieval.NewsIndex#update}. With {@link IndexProgress#searchWhileWriting()} (a chat
     * answers meanwhile) and embeddings, the words come first and the vectors after: changed issues are written
     * without vectors, which makes them searchable within seconds, then given their vectors issue by issue.
     */
    IndexStats update(Path seedsDir, IndexProgress progress, IssueReader reader) throws IOException {
        if (embedder == null || !progress.searchWhileWriting()) {
            return update(seedsDir, progress, reader, embedder != null);
        }
        long started = System.nanoTime();
        IndexStats words = update(seedsDir, progress, reader, false);
        addMissingVectors(progress);
        return new IndexStats(words.filesSeen(), words.filesIndexed(), words.filesUnchanged(), words.filesRemoved(),
                words.articles(), words.passages(), words.characters(), Duration.ofNanos(System.nanoTime() - started),
                words.problems());
    }

    private IndexStats update(Path seedsDir, IndexProgress progress, IssueReader reader, boolean vectors)
            throws IOException {
        long started = System.nanoTime();
        List<Path> files = reader.list(seedsDir);
        Map<String, StoredIssue> known = stored.byId();
        Map<String, StoredIssue> knownBySource = new HashMap<>();
        known.values().forEach(issue -> knownBySource.put(fileKey(issue.source()), issue));
        List<String> problems = new ArrayList<>();
        Set<String> unreadableSources = new HashSet<>();
        Map<String, String> seen = new LinkedHashMap<>(); // issue id -> source
        GroupWriter out = new GroupWriter(files.size(), progress, vectors);
        int unchanged = 0;
        for (Path file : files) {
            if (unchangedSinceIndexed(file, knownBySource.get(fileKey(file.toString())), seen, reader, vectors)) {
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
            StoredIssue before = known.get(issue.id());
            if (before != null && before.hash().equals(issue.contentHash())
                    && fileKey(before.source()).equals(fileKey(issue.source()))
                    && (before.vectors() || !vectors)) {
                unchanged++;
                out.skipped();
            } else {
                out.add(issue);
            }
        }
        out.flush();
        int removed = 0;
        for (StoredIssue old : known.values()) {
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
     * Whether {@code file} is indexed as {@code known} with the same bytes (and vectors when they are written):
     * then it need not be parsed again, which keeps a start on a large, unchanged paper fast. Records the issue
     * as seen when so.
     */
    private boolean unchangedSinceIndexed(Path file, StoredIssue known, Map<String, String> seen, IssueReader reader,
                                          boolean vectors) {
        if (known == null || seen.containsKey(known.id()) || !(known.vectors() || !vectors)) {
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
    IndexStats add(List<Issue> issues, IndexProgress progress) throws IOException {
        long started = System.nanoTime();
        GroupWriter written = write(issues, progress);
        commit();
        return new IndexStats(issues.size(), issues.size(), 0, 0, written.articles, written.passages,
                written.characters, Duration.ofNanos(System.nanoTime() - started), List.of());
    }

    /** Re-indexes, with vectors, the issues that were indexed without them, one group of issues in memory at a time. */
    void addMissingVectors(IndexProgress progress) throws IOException {
        List<String> missing = stored.byId().values().stream().filter(issue -> !issue.vectors())
                .map(StoredIssue::id).sorted().toList();
        if (missing.isEmpty()) {
            return;
        }
        log.info("Computing embeddings for {} issue(s) of {} indexed without them", missing.size(), path);
        GroupWriter out = new GroupWriter(missing.size(), progress, true);
        for (String id : missing) {
            out.add(stored.load(id));
        }
        out.flush();
        commit();
    }

    /** Replaces each issue's documents (delete by issue id, then add), embedding passages in groups. */
    private GroupWriter write(List<Issue> issues, IndexProgress progress) throws IOException {
        GroupWriter out = new GroupWriter(issues.size(), progress, embedder != null);
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
        private final boolean vectors;
        private final List<Issue> group = new ArrayList<>();
        private int groupPassages;
        private int filesDone;
        /** When searches were last shown this update's writes (the first group is shown at once). */
        private Long shownNanos;
        int issues;
        int articles;
        int passages;
        long characters;

        GroupWriter(int filesTotal, IndexProgress progress, boolean vectors) {
            this.filesTotal = filesTotal;
            this.progress = progress;
            this.vectors = vectors && embedder != null;
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
            writeGroup(group, vectors);
            long now = System.nanoTime();
            if (progress.searchWhileWriting() && (shownNanos == null || now - shownNanos >= SHOW_EVERY_NANOS)) {
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

    private void writeGroup(List<Issue> group, boolean withVectors) throws IOException {
        List<float[]> vectors = null;
        if (withVectors) {
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
            docs.add(IndexSchema.issueDocument(issue, withVectors));
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

    /** The texts the embedding model is given for an issue's passages, in order. */
    static List<String> embeddingTexts(Issue issue) {
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
}
