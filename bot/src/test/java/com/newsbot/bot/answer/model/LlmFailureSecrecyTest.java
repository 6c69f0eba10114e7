package com.newsbot.bot.answer.model;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.StandInLlm.Reply;
import com.newsbot.bot.StandInLlm;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.summary.IssueSummarizer;
import com.newsbot.bot.summary.IssueSummary;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.ServerSocket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LLM down (connection refused) and failing in ways that echo the API key back (a 401 naming
 * the key, a 500 and a garbage body repeating it): the user gets the offline answer within the
 * timeout, and the key appears in no log line (root logger at TRACE, stack traces included) and in
 * no answer. The real OpenAiChatModel talks to a stand-in server on loopback.
 */
class LlmFailureSecrecyTest {
    private static final String API_KEY = "sk-live-SECRET-4f9a8b7c6d5e3a2b1";
    private static final String QUESTION = "上汽在职的全国劳模有几位？";
    private static final long TIMEOUT_MILLIS = 1500;

    static NewsIndex index;
    static StandInLlm llm;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;

    @BeforeAll
    static void start() throws Exception {
        index = SeedIndex.shared();
        llm = new StandInLlm();
    }

    @AfterAll
    static void stop() throws Exception {
        llm.close();
    }

    @BeforeEach
    void captureEveryLogLine() {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
    }

    private static AnswerComposer composer(String baseUrl) {
        return AnswerComposer.of(index, StandInLlmComposer.config(baseUrl, API_KEY, Double.toString(TIMEOUT_MILLIS / 1000.0)));
    }

    private void assertOfflineWithinTheTimeoutAndNoSecret(AnswerComposer composer) {
        long started = System.nanoTime();
        Answer answer = composer.answer(QUESTION);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.text()).contains("13").doesNotContain(API_KEY);
        assertThat(millis).isLessThan(TIMEOUT_MILLIS + 1000);
        List<String> lines = logs.list.stream().map(LlmFailureSecrecyTest::render).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("answering offline"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(API_KEY).doesNotContain(API_KEY.substring(8)));
    }

    @Test
    void a_model_server_that_is_down_gives_the_offline_answer_at_once() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (AnswerComposer composer = composer("http://127.0.0.1:" + port + "/v1")) {
            long started = System.nanoTime();
            assertOfflineWithinTheTimeoutAndNoSecret(composer);
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(TIMEOUT_MILLIS);
        }
    }

    @Test
    void a_401_that_names_the_api_key_does_not_put_the_key_in_the_log() {
        llm.replyWith(body -> Reply.status(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + API_KEY
                + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
        try (AnswerComposer composer = composer(llm.baseUrl())) {
            assertOfflineWithinTheTimeoutAndNoSecret(composer);
        }
    }

    @Test
    void a_500_and_a_garbage_body_echoing_the_key_do_not_put_the_key_in_the_log() {
        try (AnswerComposer composer = composer(llm.baseUrl())) {
            llm.replyWith(body -> Reply.status(500, "{\"error\":{\"message\":\"upstream failed for key " + API_KEY + "\"}}"));
            assertOfflineWithinTheTimeoutAndNoSecret(composer);
            llm.replyWith(body -> Reply.status(200, "<html>proxy error, Authorization: Bearer " + API_KEY));
            assertOfflineWithinTheTimeoutAndNoSecret(composer);
        }
    }

    @Test
    void a_model_that_never_answers_gives_the_offline_answer_within_the_timeout_without_the_key() {
        llm.replyWith(body -> Reply.content("上汽在职全国劳模共有13位[1]。 " + API_KEY).delayed(5_000));
        try (AnswerComposer composer = composer(llm.baseUrl())) {
            assertOfflineWithinTheTimeoutAndNoSecret(composer);
        }
    }

    @Test
    void a_summary_whose_model_echoes_the_key_in_an_error_is_summarized_offline_without_the_key_in_the_log() {
        llm.replyWith(body -> Reply.status(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + API_KEY + "\"}}"));
        LlmConfig config = StandInLlmComposer.config(llm.baseUrl(), API_KEY, "1.5");
        try (IssueSummarizer summarizer = IssueSummarizer.of(index, config)) {
            IssueSummary summary = summarizer.latest().orElseThrow();

            assertThat(summary.articles()).isNotEmpty()
                    .allSatisfy(article -> assertThat(article.summary()).isNotBlank().doesNotContain(API_KEY));
        }
        List<String> lines = logs.list.stream().map(LlmFailureSecrecyTest::render).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("offline summary"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(API_KEY));
    }

    private static String render(ILoggingEvent event) {
        String thrown = event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy());
        return event.getLoggerName() + " " + event.getFormattedMessage() + " " + thrown;
    }
}
