package com.newsbot.bot.frontend;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per user (any front end's user id: a Telegram number, a Feishu open_id): {@code perMinute} messages in a burst, refilled evenly over a minute.
 * Remembers a bounded number of users (least recently seen forgotten first). Thread-safe.
 */
public final class RateLimiter {
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int MAX_USERS = 10_000;

    /** What a user's message may do: go ahead, or wait (and whether to tell them so). */
    public record Decision(boolean allowed, boolean tellUser, long waitSeconds) {
    }

    private final int perMinute;
    private final LongSupplier nanoClock;
    private final Map<Object, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Bucket> eldest) {
            return size() > MAX_USERS;
        }
    };

    private static final class Bucket {
        double tokens;
        long refilledAt;
        boolean notified;
    }

    RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be positive: " + perMinute);
        }
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
    }

    public RateLimiter(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    /** Takes one token for the user; when none is left, only the first refusal asks to notify them. */
    public synchronized Decision acquire(Object userId) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.get(userId);
        if (bucket == null) {
            bucket = new Bucket();
            bucket.tokens = perMinute;
            bucket.refilledAt = now;
            buckets.put(userId, bucket);
        }
        double nanosPerToken = (double) MINUTE_NANOS / perMinute;
        bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.refilledAt) / nanosPerToken);
        bucket.refilledAt = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            bucket.notified = false;
            return new Decision(true, false, 0);
        }
        long waitSeconds = Math.max(1, (long) Math.ceil((1 - bucket.tokens) * nanosPerToken / 1e9));
        boolean tellUser = !bucket.notified;
        bucket.notified = true;
        return new Decision(false, tellUser, waitSeconds);
    }
}
