package com.newsbot.bot.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Objects;

/** {@code /issues [PAGE]}: the issues, newest first, a page at a time. */
final class IssuesCommand implements SlashCommand {
    private static final Logger log = LoggerFactory.getLogger(IssuesCommand.class);

    private final IssueReplies issueReplies;
    private final ReplyRenderer render;

    IssuesCommand(IssueReplies issueReplies, ReplyRenderer render) {
        this.issueReplies = Objects.requireNonNull(issueReplies, "issueReplies");
        this.render = Objects.requireNonNull(render, "render");
    }

    @Override
    public String name() {
        return "/issues";
    }

    @Override
    public Reply run(Call call) {
        try {
            return issueReplies.list(call.argument());
        } catch (IOException | RuntimeException e) {
            log.error("Listing the issues failed", e);
            return render.apology();
        }
    }
}
