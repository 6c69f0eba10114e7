package com.newsbot.bot.answer;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The paper as a {@link NewsIndex}: its hybrid retriever, its article search, and a snapshot of its
 * articles (term rarity, articles by id, sidebar hosts) rebuilt when the indexed issues change.
 */
final class IndexPaper implements Paper {
    private static final Logger log = LoggerFactory.getLogger(IndexPaper.class);
    /** How often the snapshot checks whether the indexed issues changed. */
    private static final long REFRESH_NANOS = 30_000_000_000L;

    private record Snapshot(String signature, TermWeights weights, Map<String, Article> articles,
                            Map<String, Article> hosts, List<Issue> issues) {
    }

    private final NewsIndex index;
    private final ContentRetriever retriever;
    private final Object lock = new Object();
    private Snapshot snapshot;
    private long checkedAt;

    IndexPaper(NewsIndex index, int maxPassages) {
        this.index = Objects.requireNonNull(index, "index");
        this.retriever = index.retriever(maxPassages);
    }

    @Override
    public List<Content> retrieve(String query) {
        return retriever.retrieve(Query.from(query));
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
    public TermWeights weights() {
        return snapshot().weights();
    }

    @Override
    public Optional<Article> article(String articleId) {
        return Optional.ofNullable(snapshot().articles().get(articleId));
    }

    @Override
    public Optional<Article> host(String sidebarId) {
        return Optional.ofNullable(snapshot().hosts().get(sidebarId));
    }

    @Override
    public List<Issue> issues() {
        return snapshot().issues();
    }

    private Snapshot snapshot() {
        synchronized (lock) {
            long now = System.nanoTime();
            if (snapshot == null || now - checkedAt > REFRESH_NANOS) {
                checkedAt = now;
                List<Issue> issues = readIssues();
                StringBuilder sig = new StringBuilder();
                for (Issue issue : issues) {
                    sig.append(issue.id()).append(':').append(issue.contentHash()).append(';');
                }
                if (snapshot == null || !sig.toString().equals(snapshot.signature())) {
                    snapshot = build(sig.toString(), issues);
                }
            }
            return snapshot;
        }
    }

    private static Snapshot build(String signature, List<Issue> issues) {
        List<String> texts = new ArrayList<>();
        Map<String, Article> articles = new HashMap<>();
        Map<String, Article> hosts = new HashMap<>();
        for (Issue issue : issues) {
            Article lastStory = null;
            for (Article a : issue.articles()) {
                texts.add(a.title() + "\n" + a.text());
                articles.put(a.id(), a);
                if (a.kind() == ArticleKind.STORY) {
                    lastStory = a;
                } else if (lastStory != null) {
                    hosts.put(a.id(), lastStory);
                }
            }
        }
        return new Snapshot(signature, TermWeights.of(texts), Map.copyOf(articles), Map.copyOf(hosts), List.copyOf(issues));
    }

    private List<Issue> readIssues() {
        try {
            return index.issues();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the indexed issues", e);
        }
    }
}
