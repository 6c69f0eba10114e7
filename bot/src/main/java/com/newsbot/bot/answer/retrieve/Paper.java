package com.newsbot.bot.answer.retrieve;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import dev.langchain4j.rag.content.Content;

import java.util.List;
import java.util.Optional;

/** What the composer needs from the paper: passages for a query, the closest articles, articles by id, and how rare each term is. */
public interface Paper {
    List<Content> retrieve(String query);

    /** More passages than {@link #retrieve}: enough to see every issue's report of a story told several times. */
    default List<Content> retrieveWide(String query) {
        return retrieve(query);
    }

    /** The best passages of one issue only (a conversation going on about its articles); all issues by default. */
    /**
     * What {@link #retrieve} and {@link #retrieveWide} give for {@code query}, in that order: from one search where the
     * paper can (two by default).
     */
    default List<List<Content>> retrieveAndWiden(String query) {
        return List.of(retrieve(query), retrieveWide(query));
    }

    default List<Content> retrieveIn(String query, String issueId) {
        return retrieveWide(query);
    }

    List<ArticleHit> related(String query, int maxResults);

    TermWeights weights();

    Optional<Article> article(String articleId);

    /** Every indexed issue, latest first; only the latest one (the first) carries its articles. */
    List<com.newsbot.retrieval.Issue> issues();

    /** Whether passages carry embedding scores (the index has vectors). */
    default boolean embeddings() {
        return false;
    }

    /**
     * Starts what {@link #retrieve} will need for {@code query} (its embedding) on another thread, while the caller
     * reads the question; nothing by default. A hint: retrieval does it itself when nothing was prepared.
     */
    default void prepare(String query) {
    }

    /**
     * How close in meaning each passage of article {@code articleId} is to {@code query} (cosines of embeddings, read
     * as {@link #retrieve} reads the query); empty without embeddings.
     */
    default List<com.newsbot.retrieval.PassageCosine> passageCosines(String query, String articleId) {
        return List.of();
    }

    /**
     * How close in meaning each of {@code texts} (sentences of an article) is to {@code query}, in order; empty without
     * embeddings.
     */
    default double[] textCosines(String query, List<String> texts) {
        return new double[0];
    }

    /** The story a sidebar is printed in (the nearest story before it in print order), if any. */
    Optional<Article> host(String sidebarId);
}
