package com.newsbot.bot.chat;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where a conversation finds articles: search, lookup by id, and the issues they ran in. */
public interface ArticleSource {

    /** The best matching articles, best first. */
    List<ArticleHit> search(String query, int maxResults) throws IOException;

    /**
     * The best matching articles of the issues dated {@code from} to {@code to} (both included; null leaves that end
     * open), best first.
     */
    List<ArticleHit> search(String query, int maxResults, LocalDate from, LocalDate to) throws IOException;

    /** The whole cleaned article with this id. */
    Optional<Article> article(String articleId) throws IOException;

    /** The issue with this id, for its name and date (its articles may be left out). */
    Optional<Issue> issue(String issueId) throws IOException;

    /** Every issue (without its articles), latest first. */
    List<Issue> issues() throws IOException;

    /** How many articles each issue has, by issue id. */
    Map<String, Integer> articleCounts() throws IOException;
}
