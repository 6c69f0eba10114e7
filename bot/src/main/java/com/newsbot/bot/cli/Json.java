package com.newsbot.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON shapes of DESIGN.md's command-line contract, one object per line. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The article fields shared by {@code search}, {@code source} and {@code summary}. */
    static ObjectNode article(Article article, Issue issue) {
        ObjectNode node = object();
        node.put("article_id", article.id());
        node.put("issue", article.issueId());
        if (issue != null) {
            node.put("issue_name", issue.name());
            node.put("date", date(issue.date()));
            node.put("source", issue.source());
            putUrl(node, issue);
        }
        node.put("kind", article.kind().name().toLowerCase(Locale.ROOT));
        node.put("title", article.title());
        node.put("subtitle", article.subtitle());
        node.put("author", article.author());
        return node;
    }

    /** Adds the issue's web address as {@code url}, when it has one (absent otherwise, as DESIGN.md says). */
    static void putUrl(ObjectNode node, Issue issue) {
        if (issue != null && !issue.url().isBlank()) {
            node.put("url", issue.url());
        }
    }

    /** The indexed issues, newest first, as {@code newsbot issues --json} writes them. */
    static ObjectNode issues(List<Issue> issues, Map<String, Integer> articleCounts) {
        ObjectNode node = object();
        ArrayNode list = node.putArray("issues");
        for (Issue issue : issues) {
            ObjectNode entry = list.addObject();
            entry.put("id", issue.id());
            entry.put("name", issue.name());
            entry.put("number", issue.number());
            entry.put("date", date(issue.date()));
            entry.put("articles", articleCounts.getOrDefault(issue.id(), 0));
            putUrl(entry, issue);
            entry.put("source", issue.source());
        }
        return node;
    }

    static ObjectNode searchResult(String query, List<ArticleHit> hits, IssueLookup issues) {
        return searchResult(query, null, null, hits, issues);
    }

    /** Search results; {@code from}/{@code to} (the days searched) written when given. */
    static ObjectNode searchResult(String query, LocalDate from, LocalDate to, List<ArticleHit> hits,
                                   IssueLookup issues) {
        ObjectNode node = object();
        node.put("query", query);
        if (from != null) {
            node.put("from", date(from));
        }
        if (to != null) {
            node.put("to", date(to));
        }
        ArrayNode articles = node.putArray("articles");
        for (ArticleHit hit : hits) {
            ObjectNode entry = article(hit.article(), issues.issue(hit.article().issueId()));
            entry.put("score", Math.round(hit.score() * 10000) / 10000.0);
            if (hit.bestPassage() != null) {
                entry.put("quote", hit.bestPassage().text());
            }
            articles.add(entry);
        }
        return node;
    }

    /** Finds an issue's metadata by id (null when unknown). */
    @FunctionalInterface
    interface IssueLookup {
        Issue issue(String issueId);
    }
}
