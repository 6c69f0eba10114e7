package com.newsbot.bot.state;

import java.time.LocalDate;
import java.util.List;

/**
 * New issues to announce, kept as an outbox: when an issue is seen first, one pending delivery per subscribed
 * chat is written in the same transaction; a sender takes the pending ones and marks each sent. So a restart neither
 * skips an issue (the deliveries are still pending) nor repeats it (they are marked sent).
 */
public interface Announcements {
    /**
     * Records that {@code issueId} is the latest issue. The first issue ever recorded, or one older than an issue
     * already recorded, is kept as a baseline and not announced (a fresh install does not announce the old paper).
     *
     * @return how many deliveries were queued (0 when the issue was known, a baseline, or nobody is subscribed)
     */
    int latestIssue(String issueId, LocalDate date) throws StateException;

    /** Pending deliveries of one front end, oldest issue first. */
    List<Delivery> pending(String frontEnd, int limit) throws StateException;

    void mark(Delivery delivery, Delivery.State state) throws StateException;
}
