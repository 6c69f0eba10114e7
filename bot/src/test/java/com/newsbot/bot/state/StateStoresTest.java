package com.newsbot.bot.state;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stores on a real SQLite file: votes change rather than add, the outbox neither skips nor repeats. */
class StateStoresTest {
    @TempDir
    Path folder;

    private BotState state;

    @BeforeEach
    void open() {
        state = BotState.open(folder.resolve("newsbot.db"), true);
        assertThat(state.available()).isTrue();
    }

    @AfterEach
    void close() {
        state.close();
    }

    private Vote vote(String answerId, String user, boolean up) {
        return new Vote(answerId, state.userHash("telegram", user), up, "劳模有谁？", "4人：仇杰…", "extractive",
                List.of("art1"), "telegram", Instant.now());
    }

    @Test
    void a_second_vote_by_the_same_reader_changes_the_first_instead_of_adding_one() throws Exception {
        Votes votes = state.votes();

        assertThat(votes.record(vote("ans1", "1001", true))).isEqualTo(Votes.Outcome.RECORDED);
        assertThat(votes.record(vote("ans1", "1001", true))).isEqualTo(Votes.Outcome.UNCHANGED);
        assertThat(votes.record(vote("ans1", "1001", false))).isEqualTo(Votes.Outcome.CHANGED);
        assertThat(votes.record(vote("ans1", "1002", true))).isEqualTo(Votes.Outcome.RECORDED);

        List<Vote> all = votes.since(Instant.EPOCH);
        assertThat(all).hasSize(2);
        assertThat(all).filteredOn(v -> !v.up()).hasSize(1);
    }

    @Test
    void user_ids_are_stored_only_as_salted_hashes() throws Exception {
        state.votes().record(vote("ans1", "1001", true));

        Vote stored = state.votes().since(Instant.EPOCH).get(0);
        assertThat(stored.userHash()).doesNotContain("1001").hasSize(32).isEqualTo(state.userHash("telegram", "1001"));
        assertThat(state.userHash("feishu", "1001")).isNotEqualTo(stored.userHash());
    }

    @Test
    void the_first_issue_is_a_baseline_and_a_newer_one_is_queued_once_per_subscriber() throws Exception {
        Announcements announcements = state.announcements();
        state.subscriptions().subscribe("telegram", "1");
        state.subscriptions().subscribe("telegram", "2");
        state.subscriptions().subscribe("feishu", "oc_9");

        assertThat(announcements.latestIssue("old", LocalDate.of(2026, 11, 1))).isZero();
        assertThat(announcements.latestIssue("new", LocalDate.of(2026, 11, 8))).isEqualTo(3);
        assertThat(announcements.latestIssue("new", LocalDate.of(2026, 11, 8))).isZero();
        assertThat(announcements.latestIssue("back-issue", LocalDate.of(2026, 10, 1))).isZero();

        List<Delivery> telegram = announcements.pending("telegram", 10);
        assertThat(telegram).extracting(Delivery::chatId).containsExactly("1", "2");
        announcements.mark(telegram.get(0), Delivery.State.SENT);
        assertThat(announcements.pending("telegram", 10)).extracting(Delivery::chatId).containsExactly("2");
        assertThat(announcements.pending("feishu", 10)).extracting(Delivery::chatId).containsExactly("oc_9");
    }

    @Test
    void an_update_offset_never_moves_back() throws Exception {
        UpdateOffsets offsets = state.offsets();

        offsets.markHandled("telegram", 40);
        offsets.markHandled("telegram", 39);

        assertThat(offsets.lastHandled("telegram")).isEqualTo(40);
        assertThat(offsets.lastHandled("feishu")).isZero();
    }

    @Test
    void the_question_log_keeps_no_user_id_and_reads_back_in_order() throws Exception {
        Instant first = Instant.parse("2026-11-01T08:00:00Z");
        state.questions().record(StateDatabaseTest.question("食堂几点开门？", false, first));
        state.questions().record(StateDatabaseTest.question("劳模有谁？", true, first.plusSeconds(60)));

        List<LoggedQuestion> read = new java.util.ArrayList<>();
        state.questions().since(first.plusSeconds(1), read::add);

        assertThat(read).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo("劳模有谁？");
            assertThat(q.found()).isTrue();
            assertThat(q.articleIds()).containsExactly("art1");
        });
        assertThat(state.questions().byAnswerId(read.get(0).answerId())).isPresent();
    }
}
