package com.newsbot.bot.frontend;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(3, now::get);

    @Test
    void allows_a_burst_then_refuses_and_asks_to_tell_the_user_only_once() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire(1).allowed()).isTrue();
        }

        RateLimiter.Decision first = limiter.acquire(1);
        RateLimiter.Decision second = limiter.acquire(1);

        assertThat(first.allowed()).isFalse();
        assertThat(first.tellUser()).isTrue();
        assertThat(first.waitSeconds()).isBetween(1L, 20L);
        assertThat(second.allowed()).isFalse();
        assertThat(second.tellUser()).isFalse();
    }

    @Test
    void refills_over_the_minute() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire(1);
        }

        now.addAndGet(Duration.ofSeconds(20).toNanos());

        assertThat(limiter.acquire(1).allowed()).isTrue();
        assertThat(limiter.acquire(1).allowed()).isFalse();
    }

    @Test
    void users_have_their_own_buckets() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire(1);
        }

        assertThat(limiter.acquire(2).allowed()).isTrue();
    }
}
