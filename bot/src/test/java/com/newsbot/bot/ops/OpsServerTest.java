package com.newsbot.bot.ops;

import com.newsbot.bot.state.BotState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operator's endpoint on a real loopback port, over a real SQLite state database. */
class OpsServerTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<Optional<String>> frontEnd = new AtomicReference<>(Optional.empty());
    private BotState state;
    private OpsServer server;

    @BeforeEach
    void start() throws Exception {
        state = BotState.open(dir.resolve("newsbot.db"), true);
        Readiness readiness = new Readiness(List.of(
                new Readiness.Check("index", Optional::empty),
                new Readiness.Check("frontend", frontEnd::get),
                new Readiness.Check("state", state::writeProblem)));
        server = OpsServer.start(new OpsSettings("127.0.0.1", 0), readiness, new OpsServer.IndexFigures() {
            @Override
            public double articles() {
                return 42;
            }

            @Override
            public double newestIssueAgeSeconds() {
                return 86_400;
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
        state.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthz_says_the_process_is_up() throws Exception {
        HttpResponse<String> health = get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok\n");
        assertThat(get("/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void readyz_turns_503_with_the_reason_while_the_state_database_cannot_be_written_and_back_to_200_after() throws Exception {
        assertThat(get("/readyz").statusCode()).isEqualTo(200);

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("newsbot.db"));
             Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.executeUpdate("INSERT INTO settings (name, value) VALUES ('held', 'by another process')");
            HttpResponse<String> blocked = get("/readyz");
            assertThat(blocked.statusCode()).isEqualTo(503);
            assertThat(blocked.body()).startsWith("not ready\n").contains("index: ok", "frontend: ok")
                    .containsPattern("state: the state database .*newsbot.db cannot be written: .*(locked|busy|BUSY)");
            other.rollback();
        }
        assertThat(get("/readyz").statusCode()).isEqualTo(200);
    }

    @Test
    void readyz_names_a_front_end_that_is_not_connected() throws Exception {
        frontEnd.set(Optional.of("the long connection to Feishu is not open"));
        HttpResponse<String> response = get("/readyz");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("frontend: the long connection to Feishu is not open", "state: ok");
    }

    @Test
    void metrics_are_scraped_in_prometheus_format_with_the_bots_names_and_the_jvms() throws Exception {
        Meters.question("feishu", Meters.Question.ANSWERED, Duration.ofMillis(40));
        Meters.question("feishu", Meters.Question.NOT_FOUND, Duration.ofMillis(20));
        Meters.question("telegram", Meters.Question.ERROR, Duration.ofMillis(5));
        Meters.modelCall(Meters.ModelCall.TIMEOUT);
        Meters.reply("telegram", Meters.ReplyOutcome.RETRIED);
        Meters.reply("telegram", Meters.ReplyOutcome.SENT);

        HttpResponse<String> metrics = get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(metrics.body())
                .contains("newsbot_questions_total{frontend=\"feishu\",outcome=\"answered\"} 1.0")
                .contains("newsbot_questions_total{frontend=\"feishu\",outcome=\"not_found\"} 1.0")
                .contains("newsbot_questions_total{frontend=\"telegram\",outcome=\"error\"} 1.0")
                .contains("newsbot_answer_seconds_count 3")
                .containsPattern("newsbot_answer_seconds_bucket\\{le=\"0\\.05[0-9]*\"} 3")
                .contains("newsbot_model_calls_total{outcome=\"timeout\"} 1.0")
                .contains("newsbot_replies_total{frontend=\"telegram\",outcome=\"retried\"} 1.0")
                .contains("newsbot_replies_total{frontend=\"telegram\",outcome=\"sent\"} 1.0")
                .contains("newsbot_index_articles 42.0")
                .contains("newsbot_newest_issue_age_seconds 86400.0")
                .contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_uptime_seconds");
    }

    @Test
    void the_answer_path_and_the_model_calls_count_where_they_happen() throws Exception {
        com.newsbot.bot.chat.Newspaper paper = new com.newsbot.bot.chat.Newspaper();
        com.newsbot.bot.Prompts prompts = new com.newsbot.bot.Prompts();
        com.newsbot.bot.chat.RecordedConversation conversation = new com.newsbot.bot.chat.RecordedConversation(
                new com.newsbot.bot.chat.ConversationHandler(paper, paper, paper, prompts), paper, state, prompts);
        com.newsbot.bot.chat.Reader reader = new com.newsbot.bot.chat.Reader("console", "u1", "c1", "console:c1", false);
        conversation.handle(reader, com.newsbot.bot.chat.Newspaper.FOUND + "有谁？");
        conversation.handle(reader, "公司食堂明天的午餐菜单是什么？");
        conversation.handle(reader, "/help");
        try (com.newsbot.bot.answer.model.ModelCalls calls = new com.newsbot.bot.answer.model.ModelCalls("test-model",
                Duration.ofMillis(200), text -> text, "answering offline")) {
            long deadline = System.nanoTime() + Duration.ofMillis(200).toNanos();
            assertThat(calls.within(deadline, "answer", () -> "ok")).hasValue("ok");
            assertThat(calls.within(deadline, "answer", () -> {
                throw new IllegalStateException("HTTP 500");
            })).isEmpty();
            assertThat(calls.within(deadline, "answer", () -> {
                Thread.sleep(2000);
                return "late";
            })).isEmpty();
        }

        String metrics = get("/metrics").body();

        assertThat(metrics).contains("newsbot_questions_total{frontend=\"console\",outcome=\"answered\"} 1.0")
                .contains("newsbot_questions_total{frontend=\"console\",outcome=\"not_found\"} 1.0")
                .doesNotContain("newsbot_questions_total{frontend=\"console\",outcome=\"error\"}")
                .contains("newsbot_answer_seconds_count 2")
                .contains("newsbot_model_calls_total{outcome=\"ok\"} 1.0")
                .contains("newsbot_model_calls_total{outcome=\"error\"} 1.0")
                .contains("newsbot_model_calls_total{outcome=\"timeout\"} 1.0");
    }

    @Test
    void a_bad_port_gets_a_message_not_a_stack_trace() {
        assertThatThrownBy(() -> OpsSettings.fromEnvironment(Map.of("NEWSBOT_HTTP_PORT", "eighty")))
                .hasMessage("NEWSBOT_HTTP_PORT must be a port number from 1 to 65535, not eighty");
        assertThat(OpsSettings.fromEnvironment(Map.of())).isEmpty();
        assertThat(OpsSettings.fromEnvironment(Map.of("NEWSBOT_HTTP_PORT", "9464"))).hasValue(new OpsSettings("127.0.0.1", 9464));
        assertThatThrownBy(() -> OpsServer.start(new OpsSettings("127.0.0.1", server.port()), new Readiness(List.of()),
                null)).hasMessageContaining("cannot serve /healthz, /readyz and /metrics on 127.0.0.1:" + server.port());
    }
}
