package com.newsbot.bot.answer.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The one helper answers and summaries call the model through: the result, or empty by the deadline. */
class ModelCallsTest {
    private static long inMillis(long ms) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
    }

    @Test
    void aCallThatAnswersInTimeGivesItsResult() {
        try (ModelCalls calls = new ModelCalls("test-model", Duration.ofSeconds(2), s -> s, "offline")) {
            assertThat(calls.within(inMillis(2000), "answer", () -> "42")).contains("42");
        }
    }

    @Test
    void aCallThatMissesTheDeadlineIsCancelledAndGivesNothing() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        try (ModelCalls calls = new ModelCalls("test-model", Duration.ofMillis(100), s -> s, "offline")) {
            long start = System.nanoTime();
            Future<String> slow = calls.submit(() -> {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return "late";
            });
            assertThat(calls.await(slow, inMillis(100), "answer")).isEmpty();
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
            assertThat(slow.isCancelled()).isTrue();
            assertThat(interrupted.await(2, TimeUnit.SECONDS)).as("the slow call was interrupted").isTrue();
        }
    }

    @Test
    void aFailingCallGivesNothingAndNoTimeLeftMeansNoCall() {
        try (ModelCalls calls = new ModelCalls("test-model", Duration.ofSeconds(1), s -> s.replace("sk-secret", "***"),
                "offline")) {
            assertThat(calls.within(inMillis(1000), "answer", () -> {
                throw new IllegalStateException("401 for key sk-secret");
            })).isEmpty();
            boolean[] called = {false};
            assertThat(calls.within(System.nanoTime() - 1, "answer", () -> {
                called[0] = true;
                return "x";
            })).isEmpty();
            assertThat(called[0]).as("a call with no time left is never started").isFalse();
        }
    }
}
