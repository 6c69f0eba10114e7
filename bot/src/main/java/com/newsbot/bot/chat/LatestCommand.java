package com.newsbot.bot.chat;

import java.util.Objects;

/** {@code /latest}: the latest issue's summary. */
final class LatestCommand implements SlashCommand {
    private final IssueSummaryReplies summaries;

    LatestCommand(IssueSummaryReplies summaries) {
        this.summaries = Objects.requireNonNull(summaries, "summaries");
    }

    @Override
    public String name() {
        return "/latest";
    }

    @Override
    public Reply run(Call call) {
        return summaries.latest();
    }
}
