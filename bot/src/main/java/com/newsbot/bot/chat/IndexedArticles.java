package com.newsbot.bot.chat;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The articles of a {@link NewsIndex}, as a conversation sees them. Issue headers (without articles) and their
 * article counts are kept for a minute, so listing search results or issues does not rescan the index each time.
 */
public final class IndexedArticles implements ArticleSource {
    static final Duration ISSUES_KEPT = Duration.ofMinutes(1);

    private final NewsIndex index;
    private Map<String, Issue> issues = Map.of();
    private Map<String, Integer> articleCounts;
    private long issuesReadAt;

    public IndexedArticles(NewsIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public List<ArticleHit> search(String query, int maxResults) throws IOException {
        return index.searchArticles(query, maxResults);
    }

    @Override
    public List<ArticleHit> search(String query, int maxResults, LocalDate from, LocalDate to) throws IOException {
        return index.searchArticles(query, maxResults, from, to);
    }

    @Override
    public Optional<Article> article(String articleId) throws IOException {
        return index.article(articleId);
    }

    @Override
    public Optional<Issue> issue(String issueId) throws IOException {
        return Optional.ofNullable(byId().get(issueId));
    }

    @Override
    public List<Issue> issues() throws IOException {
        return List.copyOf(byId().values());
    }

    @Override
    public synchronized Map<String, Integer> articleCounts() throws IOException {
        byId();
        if (articleCounts == null) {
            articleCounts = Map.copyOf(index.articleCounts());
        }
        return articleCounts;
    }

    /** The issue headers latest first, read again when older than {@link #ISSUES_KEPT} (and the counts with them). */
    private synchronized Map<String, Issue> byId() throws IOException {
        long now = System.nanoTime();
        if (issues.isEmpty() || now - issuesReadAt > ISSUES_KEPT.toNanos()) {
            Map<String, Issue> byId = new LinkedHashMap<>();
            for (Issue issue : index.issueHeaders()) {
                byId.put(issue.id(), issue);
            }
            issues = byId;
            articleCounts = null;
            issuesReadAt = now;
        }
        return issues;
    }
}
