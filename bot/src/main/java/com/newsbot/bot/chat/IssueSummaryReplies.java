package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.summary.IssueSummary;
import com.newsbot.retrieval.Issue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Issue summaries as replies: the latest issue's, or a named one's under a heading naming it; polite when it fails. */
final class IssueSummaryReplies {
    private static final Logger log = LoggerFactory.getLogger(IssueSummaryReplies.class);

    private final IssueSummaries summaries;
    private final IssueReplies issueReplies;
    private final ReplyRenderer render;
    private final Prompts prompts;

    IssueSummaryReplies(IssueSummaries summaries, IssueReplies issueReplies, ReplyRenderer render, Prompts prompts) {
        this.summaries = Objects.requireNonNull(summaries, "summaries");
        this.issueReplies = Objects.requireNonNull(issueReplies, "issueReplies");
        this.render = Objects.requireNonNull(render, "render");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
    }

    /** {@code /latest}: the latest issue's summary; a polite message when there is none or it fails. */
    Reply latest() {
        Optional<IssueSummary> found;
        try {
            found = summaries.latest();
        } catch (RuntimeException e) {
            log.error("Summarizing the latest issue failed", e);
            return render.apology();
        }
        return found.map(render::latestSummary).orElseGet(() -> render.text("chat-latest-none.zh.txt"));
    }

    /** The summary of one issue under a heading naming it (name, number, date); a polite message when it fails. */
    Reply of(Issue issue) {
        Optional<IssueSummary> found;
        try {
            found = summaries.of(issue.id());
        } catch (RuntimeException e) {
            log.error("Summarizing issue {} failed", issue.id(), e);
            return render.apology();
        }
        return found.map(summary -> render.summary(summary, prompts.render("chat-issue-heading.zh.txt",
                        Map.of("where", issueReplies.where(issue))), issue.url()))
                .orElseGet(() -> render.text("chat-latest-none.zh.txt"));
    }
}
