package com.newsbot.bot.chat;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The articles of a {@link NewsIndex}, as a conversation sees them. Issue headers (without articles) are
 * kept for a minute, so listing search results does not rescan the index per hit.
 */
public final class IndexedArticles implements ArticleSource {
    static final Duration ISSUES_KEPT = Duration.ofMinutes(1);

    private final NewsIndex index;
    private Map<String, Issue> issues = Map.of();
    private long issuesReadAt;

    public IndexedArticles(NewsIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public List<ArticleHit> search(String query, int maxResults) throws IOException {
        return index.searchArticles(query, maxResults);
    }

    @Override
    public Optional<Article> article(String articleId) throws IOException {
        return index.article(articleId);
    }

    @Override
    public Optional<Issue> issue(String issueId) throws IOException {
        return Optional.ofNullable(issues().get(issueId));
    }

    private synchronized Map<String, Issue> issues() throws IOException {
        long now = System.nanoTime();
        if (issues.isEmpty() || now - issuesReadAt > ISSUES_KEPT.toNanos()) {
            Map<String, Issue> byId = new LinkedHashMap<>();
            for (Issue issue : index.issueHeaders()) {
                byId.put(issue.id(), issue);
            }
            issues = byId;
            issuesReadAt = now;
        }
        return issues;
    }
}
