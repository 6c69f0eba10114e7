package com.newsbot.bot.telegram;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/** How long polling waits after a failed getUpdates: doubling from half a second, never more than 30 s. */
final class BoundedBackOff implements BackOff {
    static final long FIRST_MILLIS = 500;
    static final long MAX_MILLIS = 30_000;
    private long next = FIRST_MILLIS;

    @Override
    public synchronized void reset() {
        next = FIRST_MILLIS;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long current = next;
        next = Math.min(MAX_MILLIS, next * 2);
        return current;
    }
}
