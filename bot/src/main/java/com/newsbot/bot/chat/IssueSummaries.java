package com.newsbot.bot.chat;

import com.newsbot.bot.summary.IssueSummary;

import java.util.Optional;

/** The summary of the latest issue, if there is any issue; {@code IssueSummarizer::latest}. */
@FunctionalInterface
public interface IssueSummaries {
    Optional<IssueSummary> latest();
}
