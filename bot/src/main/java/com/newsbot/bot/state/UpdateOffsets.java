package com.newsbot.bot.state;

import java.time.Duration;

/** The id of the last update a chat platform's poller took, per source (e.g. {@code telegram}), never moving back. */
public interface UpdateOffsets {
    /** Telegram keeps updates for a day, and after a week without any it may restart its ids lower: an old id is ignored. */
    Duration TRUSTED_FOR = Duration.ofDays(6);

    /** The last handled id, or 0 when none is known or the known one is older than {@link #TRUSTED_FOR}. */
    long lastHandled(String source) throws StateException;

    void markHandled(String source, long updateId) throws StateException;
}
