package com.newsbot.bot.cli;

import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.LoggedQuestion;
import com.newsbot.bot.state.Vote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The console chat with its state: /good and /bad for the last answer, the question log; a damaged database. */
class CliChatStateTest {
    @TempDir
    static Path temp;

    static CliRun cli;

    @BeforeAll
    static void indexTheSeeds() throws Exception {
        cli = new CliRun(temp);
        cli.env.put("NEWSBOT_EMBEDDINGS", "none");
        assertThat(cli.run(cli.withDirs("index")).exitCode()).isZero();
    }

    @Test
    void good_and_bad_vote_on_the_last_answer_and_the_question_is_logged_without_a_user() throws Exception {
        Path db = temp.resolve("home/newsbot.db");

        CliRun.Result result = cli.runWithInput("/bad\n劳模有谁？\n/bad\n/good\n/subscribe\n", cli.withDirs("chat"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("还没有可以评价的回答", "劳模", "谢谢反馈", "已改为👍，谢谢反馈", "控制台里收不到");
        try (BotState state = BotState.open(db, true)) {
            List<Vote> votes = state.votes().since(Instant.EPOCH);
            assertThat(votes).singleElement().satisfies(vote -> {
                assertThat(vote.up()).isTrue();
                assertThat(vote.frontEnd()).isEqualTo("console");
                assertThat(vote.question()).isEqualTo("劳模有谁？");
                assertThat(vote.answer()).contains("劳模", "[1]");
                assertThat(vote.articleIds()).isNotEmpty();
            });
            List<LoggedQuestion> logged = new ArrayList<>();
            state.questions().since(Instant.EPOCH, logged::add);
            assertThat(logged).extracting(LoggedQuestion::question).containsExactly("劳模有谁？");
            assertThat(logged.get(0).found()).isTrue();
        }
    }

    @Test
    void question_log_off_keeps_no_question_but_votes_still_work() throws Exception {
        Path db = temp.resolve("off/newsbot.db");
        cli.env.put("NEWSBOT_DB", db.toString());
        cli.env.put("NEWSBOT_QUESTION_LOG", "off");
        try {
            CliRun.Result result = cli.runWithInput("劳模有谁？\n/good\n", cli.withDirs("chat"));

            assertThat(result.out()).contains("谢谢反馈");
            try (BotState state = BotState.open(db, true)) {
                List<LoggedQuestion> logged = new ArrayList<>();
                state.questions().since(Instant.EPOCH, logged::add);
                assertThat(logged).isEmpty();
                assertThat(state.votes().since(Instant.EPOCH)).hasSize(1);
            }
        } finally {
            cli.env.remove("NEWSBOT_DB");
            cli.env.remove("NEWSBOT_QUESTION_LOG");
        }
    }

    @Test
    void a_damaged_database_is_one_message_and_the_chat_still_answers_with_state_features_off() throws Exception {
        Path broken = temp.resolve("broken.db");
        Files.writeString(broken, "these bytes are not SQLite\n".repeat(400));
        cli.env.put("NEWSBOT_DB", broken.toString());
        try {
            CliRun.Result result = cli.runWithInput("劳模有谁？\n/good\n/subscribe\n", cli.withDirs("chat"));

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("劳模", "[1]").contains("状态数据库出了问题");
            assertThat(result.err().lines().filter(line -> line.contains("damaged or not a database"))).hasSize(1);
            assertThat(result.err()).contains("mv " + broken).doesNotContain("Exception");
        } finally {
            cli.env.remove("NEWSBOT_DB");
        }
    }

    @Test
    void a_bad_question_log_setting_is_bad_usage() {
        cli.env.put("NEWSBOT_QUESTION_LOG", "everything");
        try {
            CliRun.Result result = cli.runWithInput("劳模有谁？\n", cli.withDirs("chat"));
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("NEWSBOT_QUESTION_LOG must be anonymous or off");
        } finally {
            cli.env.remove("NEWSBOT_QUESTION_LOG");
        }
    }
}
