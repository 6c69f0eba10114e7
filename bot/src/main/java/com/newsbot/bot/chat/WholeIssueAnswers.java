package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.question.Intent;
import com.newsbot.bot.summary.ArticleSummary;
import com.newsbot.bot.summary.IssueSummary;
import com.newsbot.retrieval.IssueMatch;
import com.newsbot.retrieval.IssueRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 这期报纸讲了什么？ / 上期有几篇文章？: a whole issue's summary or its date and size, as a reply and as an answer
 * citing its articles. The issue is the one the question names (上期, 4月1日那期, 第3期), else the latest.
 */
final class WholeIssueAnswers {
    private static final Logger log = LoggerFactory.getLogger(WholeIssueAnswers.class);

    private final IssueSummaries summaries;
    private final IssueCatalog catalog;
    private final IssueReplies issueReplies;
    private final IssueSummaryReplies summaryReplies;
    private final ReplyRenderer render;

    WholeIssueAnswers(IssueSummaries summaries, IssueCatalog catalog, IssueReplies issueReplies,
                      IssueSummaryReplies summaryReplies, ReplyRenderer render) {
        this.summaries = Objects.requireNonNull(summaries, "summaries");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.issueReplies = Objects.requireNonNull(issueReplies, "issueReplies");
        this.summaryReplies = Objects.requireNonNull(summaryReplies, "summaryReplies");
        this.render = Objects.requireNonNull(render, "render");
    }

    Response answer(String question, Intent.Aspect aspect, long start) {
        Optional<IssueSummary> found;
        IssueMatch named;
        boolean past;
        try {
            named = catalog.resolve(question); // 上期讲了什么, 4月1日那期的要点, 第3期有几篇
            if (named.status() == IssueMatch.Status.NO_SUCH_ISSUE) {
                return Response.plain(question, false, issueReplies.missing(named), start);
            }
            // 这期 is the latest issue: the same reply as /latest
            past = named.status() == IssueMatch.Status.RESOLVED && named.ref().kind() != IssueRef.Kind.LATEST;
            found = past ? summaries.of(named.issue().id()) : summaries.latest();
        } catch (IOException | RuntimeException e) {
            log.error("Summarizing the latest issue failed", e);
            return Response.plain(question, false, render.apology(), start);
        }
        if (found.isEmpty()) {
            return Response.plain(question, false, render.text("chat-latest-none.zh.txt"), start);
        }
        IssueSummary summary = found.get();
        Reply reply = aspect == Intent.Aspect.FACTS ? render.facts(summary)
                : past ? summaryReplies.of(named.issue()) : render.latestSummary(summary);
        List<Citation> citations = new ArrayList<>();
        for (ArticleSummary article : summary.articles()) {
            String quote = article.summary() == null ? "" : article.summary().strip();
            citations.add(new Citation(citations.size() + 1, summary.issueId(), summary.name(), summary.date(),
                    article.articleId(), article.title(), article.author(), quote, -1, -1, ""));
            if (aspect == Intent.Aspect.FACTS) {
                break;
            }
        }
        Answer answer = new Answer(question, true, reply.plainText(), AnswerMode.EXTRACTIVE, citations, List.of(),
                (System.nanoTime() - start) / 1_000_000);
        return new Response(reply, answer);
    }
}
