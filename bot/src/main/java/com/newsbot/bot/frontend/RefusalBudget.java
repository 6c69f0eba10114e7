package com.newsbot.bot.frontend;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How often strangers are told they are not allowed: at most once per stranger per {@code period}, and at most
 * {@code perMinute} refusals a minute for all strangers together, so strangers cannot make the bot spend its sending
 * (or provoke rate limits) for everyone. Remembers a bounded number of strangers. Thread-safe.
 */
public final class RefusalBudget {
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int MAX_REMEMBERED = 10_000;

    private final long periodNanos;
    private final int perMinute;
    private final LongSupplier nanoClock;
    private final Map<String, Long> lastRefused = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };
    private double tokens;
    private long refilledAt;

    public RefusalBudget(Duration period, int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1 || period.isNegative()) {
            throw new IllegalArgumentException("a refusal budget needs a period and at least one refusal a minute");
        }
        this.periodNanos = period.toNanos();
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
        this.tokens = perMinute;
        this.refilledAt = nanoClock.getAsLong();
    }

    public RefusalBudget(Duration period, int perMinute) {
        this(period, perMinute, System::nanoTime);
    }

    /** Whether {@code stranger} may be told now (and, when so, counts it). */
    public synchronized boolean mayRefuse(String stranger) {
        long now = nanoClock.getAsLong();
        Long last = lastRefused.get(stranger);
        if (last != null && now - last < periodNanos) {
            return false;
        }
        tokens = Math.min(perMinute, tokens + (now - refilledAt) * (double) perMinute / MINUTE_NANOS);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        lastRefused.put(stranger, now);
        return true;
    }
}
