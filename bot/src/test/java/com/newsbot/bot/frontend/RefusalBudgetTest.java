package com.newsbot.bot.frontend;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalBudgetTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RefusalBudget budget = new RefusalBudget(Duration.ofMinutes(10), 3, now::get);

    @Test
    void aStrangerIsToldOncePerPeriod() {
        assertThat(budget.mayRefuse("u1")).isTrue();
        assertThat(budget.mayRefuse("u1")).isFalse();
        now.addAndGet(Duration.ofMinutes(9).toNanos());
        assertThat(budget.mayRefuse("u1")).isFalse();
        now.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(budget.mayRefuse("u1")).isTrue();
    }

    @Test
    void strangersTogetherAreToldOnlyAFewTimesAMinute() {
        assertThat(budget.mayRefuse("u1")).isTrue();
        assertThat(budget.mayRefuse("u2")).isTrue();
        assertThat(budget.mayRefuse("u3")).isTrue();
        assertThat(budget.mayRefuse("u4")).isFalse();
        now.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(budget.mayRefuse("u4")).isTrue();
        assertThat(budget.mayRefuse("u5")).isFalse();
    }
}
