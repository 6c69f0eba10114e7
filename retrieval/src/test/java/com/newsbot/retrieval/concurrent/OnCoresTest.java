package com.newsbot.retrieval.concurrent;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pieces of work run at once on real threads, in order, never waiting for a thread that is busy; each run once, by the
 * first thread to claim it.
 */
class OnCoresTest {

    /** A piece that finishes only when {@code both} pieces have started: it needs a second thread. */
    private static Supplier<String> meeting(CountDownLatch both, String name) {
        return () -> {
            both.countDown();
            try {
                return both.await(5, TimeUnit.SECONDS) ? name : "alone";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        };
    }

    @Test
    void twoPiecesRunAtOnceAndComeBackInTheirOrder() {
        try (OnCores cores = new OnCores(1)) {
            CountDownLatch both = new CountDownLatch(2);

            List<String> out = cores.all(List.of(meeting(both, "first"), meeting(both, "second")));

            assertThat(out).containsExactly("first", "second");
        }
    }

    @Test
    void manyPiecesComeBackInTheirOrderWhicheverThreadRanThem() {
        try (OnCores cores = new OnCores(1)) {
            List<Supplier<Integer>> pieces = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                pieces.add(() -> n * n);
            }

            List<Integer> out = cores.all(pieces);

            assertThat(out).hasSize(50);
            for (int i = 0; i < 50; i++) {
                assertThat(out.get(i)).isEqualTo(i * i);
            }
        }
    }

    @Test
    void whenTheSpareThreadIsBusyTheCallerRunsEveryPieceItself() throws InterruptedException {
        try (OnCores cores = new OnCores(1)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            OnCores.Later<String> busy = cores.ahead(() -> {
                started.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "done";
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            String caller = Thread.currentThread().getName();

            List<String> ranOn = cores.all(List.of(() -> Thread.currentThread().getName(),
                    () -> Thread.currentThread().getName(), () -> Thread.currentThread().getName()));

            assertThat(ranOn).containsOnly(caller);
            release.countDown();
            assertThat(busy.get()).isEqualTo("done");
        }
    }

    @Test
    void aPieceNoThreadHasStartedIsRunByTheOneWhoAsksForIt() {
        try (OnCores cores = new OnCores(0)) {
            OnCores.Later<String> later = cores.ahead(() -> Thread.currentThread().getName());

            assertThat(later.get()).isEqualTo(Thread.currentThread().getName());
        }
    }

    @Test
    void whatAPieceThrowsReachesTheCaller() {
        try (OnCores cores = new OnCores(1)) {
            List<Supplier<String>> pieces = List.of(() -> "fine", () -> {
                throw new IllegalStateException("article 2 could not be read");
            });

            assertThatThrownBy(() -> cores.all(pieces)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("article 2 could not be read");
            assertThatThrownBy(() -> cores.ahead(() -> {
                throw new IllegalArgumentException("no clause");
            }).get()).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void closedCoresStillAnswerOnTheCaller() {
        OnCores cores = new OnCores(1);
        cores.close();

        assertThat(cores.all(List.of(() -> "a", () -> "b"))).containsExactly("a", "b");
        assertThat(cores.ahead(() -> "c").get()).isEqualTo("c");
    }

    @Test
    void aPieceQueuedForABusyThreadIsClaimedByItsCallerAndRunOnce() throws InterruptedException {
        try (OnCores one = OnCores.oneThread("test-ahead", 1)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            OnCores.Later<String> busy = new OnCores.Later<>(() -> {
                started.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Thread.currentThread().getName();
            });
            assertThat(one.start(busy)).isTrue();
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            AtomicInteger runs = new AtomicInteger();
            OnCores.Later<String> queued = new OnCores.Later<>(() -> {
                runs.incrementAndGet();
                return Thread.currentThread().getName();
            });

            assertThat(one.start(queued)).isTrue();
            assertThat(one.start(new OnCores.Later<>(() -> "no room"))).isFalse(); // the queue holds one
            assertThat(queued.get()).isEqualTo(Thread.currentThread().getName());

            release.countDown();
            assertThat(busy.get()).isEqualTo("test-ahead");
            CountDownLatch after = new CountDownLatch(1);
            assertThat(one.start(new OnCores.Later<>(() -> {
                after.countDown();
                return "after";
            }))).isTrue();
            assertThat(after.await(5, TimeUnit.SECONDS)).isTrue(); // the thread has come to the queued piece by now
            assertThat(runs.get()).isEqualTo(1);
        }
    }

    @Test
    void aClosedThreadTakesNoPiece() {
        OnCores one = OnCores.oneThread("test-ahead", 1);
        one.close();

        OnCores.Later<String> later = new OnCores.Later<>(() -> "on the caller");
        assertThat(one.start(later)).isFalse();
        assertThat(later.get()).isEqualTo("on the caller");
    }
}
