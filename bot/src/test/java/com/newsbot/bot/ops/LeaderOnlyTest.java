package com.newsbot.bot.ops;

import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.Leases;
import com.newsbot.bot.state.StateException;
import com.newsbot.bot.state.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** One replica at a time runs the role, on leases in a real PostgreSQL database (short lease times). */
class LeaderOnlyTest {
    private static final Duration TTL = Duration.ofMillis(1500);
    private static final Duration RENEW = Duration.ofMillis(300);

    @TempDir
    Path home;

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final List<LeaderOnly> leaders = new ArrayList<>();
    private BotState state;

    @BeforeEach
    void open() {
        state = BotState.openConfigured(TestPostgres.env(TestPostgres.newDatabase()), home, true);
        assertThat(state.available()).isTrue();
    }

    @AfterEach
    void close() {
        leaders.forEach(LeaderOnly::close);
        state.close();
    }

    private LeaderOnly leader(Leases leases, String holder) {
        LeaderOnly leader = new LeaderOnly(leases, "telegram", holder, TTL, RENEW, () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            return running::decrementAndGet;
        });
        leaders.add(leader);
        return leader.start();
    }

    private static void await(String what, Duration timeout, java.util.function.BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void one_of_two_runs_and_a_clean_stop_hands_over_at_once() throws Exception {
        LeaderOnly a = leader(state.leases(), "a");
        await("a leads", Duration.ofSeconds(5), a::leading);
        LeaderOnly b = leader(state.leases(), "b");
        Thread.sleep(3 * RENEW.toMillis());
        assertThat(b.leading()).isFalse();
        assertThat(b.status()).hasValueSatisfying(s -> assertThat(s).isEqualTo("standby: a holds the telegram lease"));

        long stopped = System.nanoTime();
        a.close();
        await("b leads", Duration.ofSeconds(5), b::leading);
        assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(TTL);
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    @Test
    void a_leader_that_dies_is_replaced_once_its_lease_runs_out() throws Exception {
        LeaderOnly a = leader(state.leases(), "a");
        await("a leads", Duration.ofSeconds(5), a::leading);
        LeaderOnly b = leader(state.leases(), "b");

        long died = System.nanoTime();
        a.abandon(); // the process is gone: no renewal, no release; its role is left as it was
        running.decrementAndGet();
        await("b leads", Duration.ofSeconds(5), b::leading);
        Duration takeover = Duration.ofNanos(System.nanoTime() - died);
        assertThat(takeover).isGreaterThan(TTL.minus(RENEW)).isLessThan(TTL.plus(RENEW).plusMillis(500));
    }

    @Test
    void a_leader_that_cannot_renew_stops_before_its_lease_can_run_out() throws Exception {
        AtomicBoolean unreachable = new AtomicBoolean();
        Leases real = state.leases();
        Leases flaky = new Leases() {
            @Override
            public boolean hold(String name, String holder, Duration ttl) throws StateException {
                if (unreachable.get()) {
                    throw new StateException("the state database failed: connection refused", null);
                }
                return real.hold(name, holder, ttl);
            }

            @Override
            public void release(String name, String holder) throws StateException {
                real.release(name, holder);
            }

            @Override
            public Optional<String> holder(String name) throws StateException {
                return real.holder(name);
            }
        };
        LeaderOnly a = leader(flaky, "a");
        await("a leads", Duration.ofSeconds(5), a::leading);

        unreachable.set(true);
        long cut = System.nanoTime();
        await("a stops", Duration.ofSeconds(5), () -> !a.leading());
        long stoppedAfter = System.nanoTime() - cut;
        Optional<String> holderNow = real.holder("telegram");

        assertThat(Duration.ofNanos(stoppedAfter)).isLessThan(TTL);
        assertThat(a.status()).hasValueSatisfying(s -> assertThat(s).startsWith("cannot renew the telegram lease"));
        assertThat(holderNow).as("its lease had not yet run out when it stopped").hasValue("a");
    }
}
