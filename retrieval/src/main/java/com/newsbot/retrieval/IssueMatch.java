package com.newsbot.retrieval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link IssueRefs} made of a text against the indexed issues.
 *
 * @param status  whether the text names an issue and whether there is one
 * @param ref     how the text names the issue; null when {@link Status#NOT_NAMED}
 * @param issue   the issue named; null unless {@link Status#RESOLVED}
 * @param nearest {@link Status#NO_SUCH_ISSUE}: the issues to offer instead, latest first — for a date, the nearest
 *                issue before it and the nearest after it (either may be missing); for a number, the issues with the
 *                nearest numbers below and above; for 上期 on a paper of one issue, that issue; empty when the paper
 *                has no issue at all. Empty otherwise.
 * @param rest    the text without the phrase naming the issue (the whole text when {@link Status#NOT_NAMED})
 */
public record IssueMatch(Status status, IssueRef ref, Issue issue, List<Issue> nearest, String rest) {

    /** Whether the text names an issue and whether the paper has it. */
    public enum Status {
        /** The text names an issue, and it is {@link #issue()}. */
        RESOLVED,
        /** The text names an issue the paper does not have (a date without an issue, 上期 with one issue). */
        NO_SUCH_ISSUE,
        /** The text names no issue. */
        NOT_NAMED
    }

    public IssueMatch {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rest, "rest");
        nearest = List.copyOf(nearest);
        if ((status == Status.RESOLVED) != (issue != null) || (status == Status.NOT_NAMED) != (ref == null)) {
            throw new IllegalArgumentException("inconsistent issue match " + status);
        }
    }

    static IssueMatch resolved(IssueRef ref, Issue issue, String rest) {
        return new IssueMatch(Status.RESOLVED, ref, issue, List.of(), rest);
    }

    static IssueMatch noSuchIssue(IssueRef ref, List<Issue> nearest, String rest) {
        return new IssueMatch(Status.NO_SUCH_ISSUE, ref, null, nearest, rest);
    }

    static IssueMatch notNamed(String text) {
        return new IssueMatch(Status.NOT_NAMED, null, null, List.of(), text);
    }

    /** The issue named, when the paper has it. */
    public Optional<Issue> resolvedIssue() {
        return Optional.ofNullable(issue);
    }

    /** Whether the text names an issue (one the paper has or not). */
    public boolean named() {
        return status != Status.NOT_NAMED;
    }
}
