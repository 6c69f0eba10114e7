package com.newsbot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.LoggedQuestion;
import com.newsbot.bot.state.TestPostgres;
import com.newsbot.bot.state.Vote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code NEWSBOT_DB=jdbc:postgresql://…}: the report reads what both replicas logged; bad settings get a message. */
class CliStateOnPostgresTest {
    @TempDir
    Path temp;

    @Test
    void the_report_holds_the_questions_and_votes_of_both_replicas() throws Exception {
        String url = TestPostgres.newDatabase();
        try (BotState a = BotState.openConfigured(TestPostgres.env(url), temp, true);
             BotState b = BotState.openConfigured(TestPostgres.env(url), temp, true)) {
            a.questions().record(new LoggedQuestion("qa", Instant.now(), "telegram", "劳模有谁？", true, "extractive", 9, "4人",
                    "art-1", "劳模", List.of("art-1")));
            b.questions().record(new LoggedQuestion("qb", Instant.now(), "feishu", "食堂几点开门？", false, "extractive", 7, "没有",
                    null, null, List.of()));
            a.votes().record(new Vote("qa", a.userHash("telegram", "1"), true, "劳模有谁？", "4人", "extractive",
                    List.of("art-1"), "telegram", Instant.now()));
            b.votes().record(new Vote("qb", b.userHash("feishu", "ou_2"), false, "食堂几点开门？", "没有", "extractive",
                    List.of(), "feishu", Instant.now()));
        }
        CliRun cli = new CliRun(temp);
        cli.env.put("NEWSBOT_EMBEDDINGS", "none");
        cli.env.putAll(TestPostgres.env(url));

        CliRun.Result result = cli.run("report", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = Json.MAPPER.readTree(result.out());
        assertThat(report.get("questions").asInt()).isEqualTo(2);
        assertThat(report.get("answered").asInt()).isEqualTo(1);
        assertThat(report.path("votes").path("up").asInt()).isEqualTo(1);
        assertThat(report.path("votes").path("down").asInt()).isEqualTo(1);
    }

    @Test
    void a_jdbc_url_of_another_database_is_bad_input_with_a_message() throws Exception {
        CliRun cli = new CliRun(temp);
        cli.env.put("NEWSBOT_DB", "jdbc:mysql://db/newsbot?password=hunter2");

        CliRun.Result result = cli.run("report", "--json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("NEWSBOT_DB must be a file or a jdbc:postgresql://host/database URL, not jdbc:mysql")
                .doesNotContain("hunter2").doesNotContain("Exception");
    }

    @Test
    void a_bot_configured_as_a_replica_does_not_start_without_its_shared_state() throws Exception {
        CliRun cli = new CliRun(temp);
        cli.env.put("NEWSBOT_EMBEDDINGS", "none");
        cli.env.put("NEWSBOT_DB", "jdbc:postgresql://127.0.0.1:1/newsbot");
        cli.env.put("NEWSBOT_DB_USER", "newsbot");
        cli.env.put("NEWSBOT_DB_PASSWORD", "pg-Secret-42");
        cli.env.put("TELEGRAM_BOT_TOKEN", "123456:never-used");
        cli.env.put("NEWSBOT_ALLOWED_CHATS", "*");

        CliRun.Result result = cli.run(cli.withDirs("telegram"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("newsbot: not starting: replicas need their shared state database (the state"
                + " database jdbc:postgresql://127.0.0.1:1/newsbot cannot be used").doesNotContain("pg-Secret-42")
                .doesNotContain("\tat ");
    }
}
