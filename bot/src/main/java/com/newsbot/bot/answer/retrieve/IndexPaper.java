package com.newsbot.bot.answer.retrieve;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.ChineseScript;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The paper as a {@link NewsIndex}: its hybrid retriever, its article search, and a snapshot of its
 * articles (term rarity, articles by id, sidebar hosts) rebuilt when the indexed issues change.
 */
public final class IndexPaper implements Paper {
    private static final Logger log = LoggerFactory.getLogger(IndexPaper.class);
    /** How often the snapshot checks whether the indexed issues changed. */
    private static final long REFRESH_NANOS = 30_000_000_000L;
    /** {@link #retrieveWide} retrieves this many times the passages of {@link #retrieve}. */
    private static final int WIDE = 3;
    /** Passages of one issue searched for a conversation scoped to some of its articles. */
    private static final int ISSUE_PASSAGES = 40;

    /**
     * What is kept between questions: the term weights and which story hosts each sidebar — never the articles
     * themselves (a paper of 100 000 articles would not fit a small heap; {@link #article} reads one from the index),
     * except the latest issue, for questions about its N-th story.
     */
    private record Snapshot(String signature, TermWeights weights, Map<String, String> hostIds, List<Issue> latest) {
    }

    private final NewsIndex index;
    private final ContentRetriever retriever;
    private final ContentRetriever wideRetriever;
    private final int maxPassages;
    private final PaperStatsCache cache;
    private final Object lock = new Object();
    private Snapshot snapshot;
    private long checkedAt;

    public IndexPaper(NewsIndex index, int maxPassages) {
        this(index, maxPassages, PaperStatsCache.NONE);
    }

    /** @param cache where the term counts and sidebar hosts of the paper are saved between processes */
    public IndexPaper(NewsIndex index, int maxPassages, PaperStatsCache cache) {
        this.index = Objects.requireNonNull(index, "index");
        this.retriever = index.retriever(maxPassages);
        this.wideRetriever = index.retriever(maxPassages * WIDE);
        this.maxPassages = maxPassages;
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public List<Content> retrieve(String query) {
        return retriever.retrieve(Query.from(query));
    }

    @Override
    public List<Content> retrieveWide(String query) {
        return wideRetriever.retrieve(Query.from(query));
    }

    @Override
    public List<List<Content>> retrieveAndWiden(String query) {
        try {
            return index.contentsAndMore(query, maxPassages, maxPassages * WIDE);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    @Override
    public List<Content> retrieveIn(String query, String issueId) {
        try {
            return index.contents(query, ISSUE_PASSAGES, issueId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search issue " + issueId, e);
        }
    }

    @Override
    public List<ArticleHit> related(String query, int maxResults) {
        try {
            return index.searchArticles(query, maxResults);
        } catch (IOException e) {
            log.warn("could not search articles related to a question of {} characters", query.length(), e);
            return List.of();
        }
    }

    @Override
    public List<com.newsbot.retrieval.PassageCosine> passageCosines(String query, String articleId) {
        if (!index.embeddings()) {
            return List.of();
        }
        try {
            return index.passageCosines(query, articleId);
        } catch (IOException e) {
            log.warn("could not compare the passages of article {} with a question", articleId, e);
            return List.of();
        }
    }

    @Override
    public void prepare(String query) {
        index.prepare(query);
    }

    @Override
    public double[] textCosines(String query, List<String> texts) {
        return index.embeddings() ? index.textCosines(query, texts) : new double[0];
    }

    @Override
    public boolean embeddings() {
        return index.embeddings();
    }

    @Override
    public TermWeights weights() {
        return snapshot().weights();
    }

    @Override
    public Optional<Article> article(String articleId) {
        try {
            return index.article(articleId);
        } catch (IOException e) {
            log.warn("could not read article {} from the index", articleId, e);
            return Optional.empty();
        }
    }

    @Override
    public Optional<Article> host(String sidebarId) {
        String hostId = snapshot().hostIds().get(sidebarId);
        return hostId == null ? Optional.empty() : article(hostId);
    }

    /** Only the latest issue, whole (a list so that an empty paper needs no special case). */
    @Override
    public List<Issue> issues() {
        return snapshot().latest();
    }

    private Snapshot snapshot() {
        synchronized (lock) {
            long now = System.nanoTime();
            if (snapshot == null || now - checkedAt > REFRESH_NANOS) {
                checkedAt = now;
                List<Issue> headers = issueHeaders();
                StringBuilder sig = new StringBuilder();
                for (Issue issue : headers) {
                    sig.append(issue.id()).append(':').append(issue.contentHash()).append(';');
                }
                if (snapshot == null || !sig.toString().equals(snapshot.signature())) {
                    snapshot = build(sig.toString(), headers);
                }
            }
            return snapshot;
        }
    }

    /**
     * Loads the term counts and sidebar hosts saved for these issues, or reads the paper an issue at a time (only the
     * counts and the sidebar hosts stay) and saves them; the latest issue is read whole either way.
     */
    private Snapshot build(String signature, List<Issue> headers) {
        Optional<PaperStatsCache.Stats> saved = cache.read(signature);
        if (saved.isPresent()) {
            List<Issue> latest = List.of();
            for (Issue header : headers) {
                Optional<Issue> issue = issue(header.id());
                if (issue.isPresent()) {
                    latest = List.of(issue.get());
                    break;
                }
            }
            return new Snapshot(signature, saved.get().weights(), saved.get().hostIds(), latest);
        }
        TermWeights.Counter counter = new TermWeights.Counter();
        Map<String, String> hostIds = new HashMap<>();
        List<Issue> latest = List.of();
        boolean complete = true;
        for (Issue header : headers) {
            Optional<Issue> issue = issue(header.id());
            if (issue.isEmpty()) {
                complete = false; // removed since the headers were read
                continue;
            }
            if (latest.isEmpty()) {
                latest = List.of(issue.get());
            }
            Article lastStory = null;
            for (Article a : issue.get().articles()) {
                counter.add(ChineseScript.toSimplified(a.title() + "\n" + a.text())); // counted as questions are read
                if (a.kind() == ArticleKind.STORY) {
                    lastStory = a;
                } else if (lastStory != null) {
                    hostIds.put(a.id(), lastStory.id());
                }
            }
        }
        TermWeights weights = counter.weights();
        if (complete) {
            cache.write(signature, new PaperStatsCache.Stats(weights, hostIds));
        }
        return new Snapshot(signature, weights, Map.copyOf(hostIds), latest);
    }

    private List<Issue> issueHeaders() {
        try {
            return index.issueHeaders();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the indexed issues", e);
        }
    }

    private Optional<Issue> issue(String issueId) {
        try {
            return index.issue(issueId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read issue " + issueId + " from the index", e);
        }
    }
}
