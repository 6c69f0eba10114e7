package com.newsbot.bot.chat;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Where a conversation finds articles: search, lookup by id, and the issue an article ran in. */
public interface ArticleSource {

    /** The best matching articles, best first. */
    List<ArticleHit> search(String query, int maxResults) throws IOException;

    /** The whole cleaned article with this id. */
    Optional<Article> article(String articleId) throws IOException;

    /** The issue with this id, for its name and date (its articles may be left out). */
    Optional<Issue> issue(String issueId) throws IOException;
}
