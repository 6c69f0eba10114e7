package com.newsbot.bot.frontend;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OrderedOutboxTest {
    private final OrderedOutbox<String> outbox = new OrderedOutbox<>("test", 1, 10);
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        outbox.close(Duration.ofSeconds(1));
    }

    private OrderedOutbox.Delivery send(String what) {
        return () -> {
            sent.add(what);
            return OrderedOutbox.Outcome.DONE;
        };
    }

    @Test
    void aRetryIsScheduledTheOnlyThreadServesOtherKeysAndTheKeysOrderHolds() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        outbox.submit("a", () -> {
            if (tries.incrementAndGet() == 1) {
                return OrderedOutbox.Outcome.retryAfter(Duration.ofMillis(600));
            }
            sent.add("a1");
            return OrderedOutbox.Outcome.DONE;
        });
        outbox.submit("a", send("a2"));
        long start = System.nanoTime();
        outbox.submit("b", () -> {
            sent.add("b1");
            done.countDown();
            return OrderedOutbox.Outcome.DONE;
        });

        assertThat(done.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat((System.nanoTime() - start) / 1_000_000).as("b did not wait for a's retry").isLessThan(300);
        assertThat(sent).containsExactly("b1");
        assertThat(outbox.close(Duration.ofSeconds(3))).isTrue();
        assertThat(sent).containsExactly("b1", "a1", "a2");
        assertThat(tries).hasValue(2);
    }

    @Test
    void aDeliveryThatGivesUpOrThrowsDoesNotStopTheNextOne() {
        outbox.submit("a", () -> OrderedOutbox.Outcome.GIVEN_UP);
        outbox.submit("a", () -> {
            throw new IllegalStateException("broken");
        });
        outbox.submit("a", send("a3"));

        assertThat(outbox.close(Duration.ofSeconds(2))).isTrue();
        assertThat(sent).containsExactly("a3");
    }

    @Test
    void closingDropsWhatCannotGoOutInTime() {
        outbox.submit("a", () -> OrderedOutbox.Outcome.retryAfter(Duration.ofSeconds(30)));

        long start = System.nanoTime();
        assertThat(outbox.close(Duration.ofMillis(300))).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(outbox.submit("a", send("late"))).isFalse();
    }

    @Test
    void aKeyWithTooManyWaitingIsRefused() {
        OrderedOutbox<String> small = new OrderedOutbox<>("small", 1, 2);
        small.submit("a", () -> OrderedOutbox.Outcome.retryAfter(Duration.ofSeconds(30)));
        assertThat(small.submit("a", send("2"))).isTrue();
        assertThat(small.submit("a", send("3"))).isFalse();
        assertThat(small.submit("b", send("b"))).isTrue();
        small.close(Duration.ZERO);
    }
}
