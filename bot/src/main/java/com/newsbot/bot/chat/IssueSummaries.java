package com.newsbot.bot.chat;

import com.newsbot.bot.summary.IssueSummary;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Summaries of issues: the latest one, or one by id ({@code IssueSummarizer::latest}, {@code IssueSummarizer::of}). */
public interface IssueSummaries {

    /** The summary of the latest issue, if there is any issue. */
    Optional<IssueSummary> latest();

    /** The summary of the issue with this id, if it is indexed. */
    Optional<IssueSummary> of(String issueId);

    /** Summaries from two functions, e.g. {@code IssueSummaries.of(summarizer::latest, summarizer::of)}. */
    static IssueSummaries of(Supplier<Optional<IssueSummary>> latest, Function<String, Optional<IssueSummary>> byId) {
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(byId, "byId");
        return new IssueSummaries() {
            @Override
            public Optional<IssueSummary> latest() {
                return latest.get();
            }

            @Override
            public Optional<IssueSummary> of(String issueId) {
                return byId.apply(issueId);
            }
        };
    }
}
