package com.newsbot.bot.chat;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The articles of a {@link NewsIndex}, as a conversation sees them. */
public final class IndexedArticles implements ArticleSource {
    private final NewsIndex index;

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
        return index.issues().stream().filter(issue -> issue.id().equals(issueId)).findFirst();
    }
}
