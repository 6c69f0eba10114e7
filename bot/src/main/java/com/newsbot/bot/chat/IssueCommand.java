package com.newsbot.bot.chat;

import com.newsbot.retrieval.IssueMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Objects;

/** {@code /issue 日期|期号|ID}: that issue's summary, or why there is none and the nearest issues. */
final class IssueCommand implements SlashCommand {
    private static final Logger log = LoggerFactory.getLogger(IssueCommand.class);

    private final IssueCatalog catalog;
    private final IssueReplies issueReplies;
    private final IssueSummaryReplies summaries;
    private final ReplyRenderer render;

    IssueCommand(IssueCatalog catalog, IssueReplies issueReplies, IssueSummaryReplies summaries, ReplyRenderer render) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.issueReplies = Objects.requireNonNull(issueReplies, "issueReplies");
        this.summaries = Objects.requireNonNull(summaries, "summaries");
        this.render = Objects.requireNonNull(render, "render");
    }

    @Override
    public String name() {
        return "/issue";
    }

    @Override
    public Reply run(Call call) {
        String argument = call.argument();
        if (argument.isEmpty()) {
            return render.text("chat-issue-usage.zh.txt");
        }
        if (argument.length() > ConversationHandler.MAX_QUESTION_LENGTH) {
            return render.tooLong(argument);
        }
        IssueMatch match;
        try {
            match = catalog.resolveArgument(argument);
        } catch (IOException | RuntimeException e) {
            log.error("Finding the issue named by a {}-char argument failed", argument.length(), e);
            return render.apology();
        }
        return match.status() == IssueMatch.Status.RESOLVED
                ? summaries.of(match.issue())
                : issueReplies.unresolved(argument, match);
    }
}
