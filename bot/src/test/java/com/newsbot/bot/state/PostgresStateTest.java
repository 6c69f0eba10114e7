package com.newsbot.bot.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The state on a real PostgreSQL server: the same migrations and stores, and what two replicas sharing it need. */
class PostgresStateTest {
    @TempDir
    Path home;

    private BotState open(String url) {
        BotState state = BotState.openConfigured(TestPostgres.env(url), home, true);
        assertThat(state.problem()).isEmpty();
        assertThat(state.shared()).isTrue();
        return state;
    }

    @Test
    void two_replicas_starting_together_apply_every_migration_once_and_share_one_salt() throws Exception {
        String url = TestPostgres.newDatabase();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<BotState>> opened = two.invokeAll(List.<Callable<BotState>>of(() -> open(url), () -> open(url)));
            try (BotState a = opened.get(0).get(); BotState b = opened.get(1).get()) {
                assertThat(a.userHash("feishu", "ou_1")).isEqualTo(b.userHash("feishu", "ou_1"));
                try (BotState again = open(url)) {
                    assertThat(again.where()).hasValue(url);
                }
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void votes_and_questions_of_both_replicas_land_in_one_log() throws Exception {
        String url = TestPostgres.newDatabase();
        try (BotState a = open(url); BotState b = open(url)) {
            a.questions().record(StateDatabaseTest.question("劳模有谁？", true, Instant.now()));
            b.questions().record(StateDatabaseTest.question("食堂几点开门？", false, Instant.now()));
            a.votes().record(new Vote("ans1", a.userHash("feishu", "u1"), true, "劳模有谁？", "4人", "extractive",
                    List.of("art1"), "feishu", Instant.now()));
            assertThat(b.votes().record(new Vote("ans1", b.userHash("feishu", "u1"), false, "劳模有谁？", "4人", "extractive",
                    List.of("art1"), "feishu", Instant.now()))).isEqualTo(Votes.Outcome.CHANGED);

            List<LoggedQuestion> logged = new ArrayList<>();
            a.questions().since(Instant.EPOCH, logged::add);
            assertThat(logged).extracting(LoggedQuestion::question).containsExactlyInAnyOrder("劳模有谁？", "食堂几点开门？");
            assertThat(b.votes().since(Instant.EPOCH)).singleElement().extracting(Vote::up).isEqualTo(false);
            assertThat(b.questions().byAnswerId(logged.get(0).answerId())).isPresent();
            a.questionVectors().put("m", Map.of("k", new float[]{1f, 2f}));
            assertThat(b.questionVectors().get("m", List.of("k")).get("k")).containsExactly(1f, 2f);
        }
    }

    @Test
    void an_event_delivered_to_both_replicas_is_claimed_by_one() throws Exception {
        String url = TestPostgres.newDatabase();
        try (BotState a = open(url); BotState b = open(url)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Boolean> wins = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String id = "ev-" + i;
                done.add(pool.submit(() -> {
                    wins.add(a.eventClaims().claim("feishu", id));
                    return null;
                }));
                done.add(pool.submit(() -> {
                    wins.add(b.eventClaims().claim("feishu", id));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertThat(wins).hasSize(400);
            assertThat(wins.stream().filter(w -> w).count()).isEqualTo(200);
            assertThat(a.eventClaims().claim("telegram", "ev-1")).as("another source's id is its own").isTrue();
        }
    }

    @Test
    void a_lease_is_held_by_one_replica_until_it_runs_out_or_is_given_up() throws Exception {
        String url = TestPostgres.newDatabase();
        try (BotState a = open(url); BotState b = open(url)) {
            Leases leases = a.leases();
            assertThat(leases.hold("telegram", "a", Duration.ofMillis(800))).isTrue();
            assertThat(b.leases().hold("telegram", "b", Duration.ofSeconds(10))).isFalse();
            assertThat(leases.hold("telegram", "a", Duration.ofMillis(800))).as("renewed").isTrue();
            assertThat(b.leases().holder("telegram")).hasValue("a");

            Thread.sleep(1000);
            assertThat(b.leases().holder("telegram")).isEmpty();
            assertThat(b.leases().hold("telegram", "b", Duration.ofSeconds(10))).as("taken over once run out").isTrue();
            assertThat(leases.hold("telegram", "a", Duration.ofSeconds(10))).isFalse();

            b.leases().release("telegram", "b");
            assertThat(leases.hold("telegram", "a", Duration.ofSeconds(10))).as("given up: free at once").isTrue();
        }
    }

    @Test
    void a_new_issue_is_queued_once_and_each_delivery_is_claimed_by_one_replica() throws Exception {
        String url = TestPostgres.newDatabase();
        try (BotState a = open(url); BotState b = open(url)) {
            a.announcements().latestIssue("issue-1", LocalDate.of(2020, 11, 24)); // the baseline
            for (int i = 0; i < 30; i++) {
                a.subscriptions().subscribe("feishu", "oc_" + i);
            }
            int queuedA = a.announcements().latestIssue("issue-2", LocalDate.of(2020, 12, 1));
            int queuedB = b.announcements().latestIssue("issue-2", LocalDate.of(2020, 12, 1));
            assertThat(queuedA + queuedB).isEqualTo(30);

            List<Delivery> toA = a.announcements().pending("feishu", 20);
            List<Delivery> toB = b.announcements().pending("feishu", 20);
            assertThat(toA).hasSize(20);
            assertThat(toB).hasSize(10).doesNotContainAnyElementsOf(toA);
            for (Delivery d : toA) {
                a.announcements().mark(d, Delivery.State.SENT);
            }
            assertThat(a.announcements().pending("feishu", 100)).as("B's claims still run").isEmpty();
        }
    }

    @Test
    void the_write_probe_fails_while_the_database_refuses_writes_and_passes_again_after() throws Exception {
        String url = TestPostgres.newDatabase();
        try (BotState state = open(url)) {
            assertThat(state.writeProblem()).isEmpty();
            TestPostgres.sql(url, "REVOKE INSERT, UPDATE ON settings FROM PUBLIC");
            TestPostgres.sql(url, "CREATE ROLE reader_only LOGIN");
            TestPostgres.sql(url, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_only");
        }
        java.util.Map<String, String> env = TestPostgres.env(url);
        env.put(BotState.DB_USER_VARIABLE, "reader_only");
        try (BotState limited = BotState.openConfigured(env, home, true)) {
            assertThat(limited.writeProblem()).hasValueSatisfying(p -> assertThat(p).contains("permission denied"));
            TestPostgres.sql(url, "GRANT INSERT, UPDATE ON settings TO reader_only");
            assertThat(limited.writeProblem()).isEmpty();
        }
    }

    @Test
    void an_unreachable_server_turns_the_state_off_with_a_message_and_no_password() {
        java.util.Map<String, String> env = TestPostgres.env("jdbc:postgresql://127.0.0.1:1/newsbot");
        env.put(BotState.DB_PASSWORD_VARIABLE, "pg-Secret-42");
        try (BotState state = BotState.openConfigured(env, home, true)) {
            assertThat(state.available()).isFalse();
            assertThat(state.problem()).hasValueSatisfying(p -> assertThat(p)
                    .contains("jdbc:postgresql://127.0.0.1:1/newsbot").contains("NEWSBOT_DB_USER").doesNotContain("pg-Secret-42"));
        }
    }
}
