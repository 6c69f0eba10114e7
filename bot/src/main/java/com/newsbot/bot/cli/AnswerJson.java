package com.newsbot.bot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.summary.ArticleSummary;
import com.newsbot.bot.summary.IssueSummary;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;

import java.util.Locale;

/** JSON for answers and summaries, as DESIGN.md's command-line contract has them. */
final class AnswerJson {
    private AnswerJson() {
    }

    static ObjectNode answer(Answer answer) {
        return answer(answer, issueId -> null);
    }

    /** The answer, each citation with its issue's {@code url} when {@code issues} knows one. */
    static ObjectNode answer(Answer answer, Json.IssueLookup issues) {
        ObjectNode node = Json.object();
        node.put("question", answer.question());
        node.put("found", answer.found());
        node.put("answer", answer.text());
        if (!answer.shortAnswer().isEmpty()) {
            node.put("short", answer.shortAnswer());
        }
        node.put("mode", answer.mode().jsonName());
        ArrayNode citations = node.putArray("citations");
        for (Citation citation : answer.citations()) {
            ObjectNode c = citations.addObject();
            c.put("n", citation.n());
            c.put("issue", citation.issueId());
            c.put("date", Json.date(citation.date()));
            c.put("article_id", citation.articleId());
            c.put("title", citation.title());
            c.put("author", citation.author());
            c.put("quote", citation.quote());
            c.put("start", citation.start());
            c.put("end", citation.end());
            c.put("source", citation.source());
            Json.putUrl(c, issues.issue(citation.issueId()));
        }
        if (!answer.related().isEmpty()) {
            ArrayNode related = node.putArray("related");
            for (ArticleHit hit : answer.related()) {
                ObjectNode r = related.addObject();
                r.put("article_id", hit.article().id());
                r.put("issue", hit.article().issueId());
                r.put("title", hit.article().title());
            }
        }
        node.put("latency_ms", answer.latencyMs());
        return node;
    }

    static ObjectNode error(String question, String problem, Integer line) {
        ObjectNode node = Json.object();
        if (line != null) {
            node.put("line", line);
        }
        if (question != null) {
            node.put("question", question);
        }
        node.put("found", false);
        node.put("error", problem);
        return node;
    }

    static ObjectNode summary(IssueSummary summary, Issue issue) {
        ObjectNode node = Json.object();
        node.put("issue", summary.issueId());
        node.put("name", summary.name());
        node.put("date", Json.date(summary.date()));
        if (issue != null) {
            if (!issue.number().isEmpty()) {
                node.put("number", issue.number());
            }
            node.put("source", issue.source());
            Json.putUrl(node, issue);
        }
        ArrayNode articles = node.putArray("articles");
        for (ArticleSummary article : summary.articles()) {
            ObjectNode a = articles.addObject();
            a.put("article_id", article.articleId());
            a.put("kind", article.kind().name().toLowerCase(Locale.ROOT));
            a.put("title", article.title());
            a.put("author", article.author());
            a.put("summary", article.summary());
        }
        return node;
    }
}
