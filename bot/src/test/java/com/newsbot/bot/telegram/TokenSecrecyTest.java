package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.FrontEndRuntime;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Newspaper;
import com.newsbot.bot.frontend.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bot token is in every Bot API URL: it must never reach a log line or an error message. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TokenSecrecyTest {
    private static final String SECRET_PART = FakeTelegramServer.TOKEN.substring(FakeTelegramServer.TOKEN.indexOf(':') + 1);
    private static final String WRONG_TOKEN = "987654321:AAWrong-but-STILL-secret";

    @TempDir
    Path state;

    private final Newspaper paper = new Newspaper();
    private final Prompts prompts = new Prompts();
    private LogCapture logs;

    @BeforeEach
    void captureEveryLogLine() {
        logs = LogCapture.start();
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    private TelegramBot bot(String token, String url) {
        TelegramSettings settings = new TelegramSettings(token, URI.create(url), "*", state, Duration.ofSeconds(1), 2, 60,
                Duration.ofSeconds(5));
        return new TelegramBot(settings, FrontEndRuntime.withoutState(new ConversationHandler(paper, paper, paper, prompts), prompts), prompts, TelegramBot.TIMING.retryingAfter(Duration.ofMillis(50)));
    }

    @Test
    void no_log_line_or_error_message_shows_the_token_through_errors_retries_and_outages() throws Exception {
        FakeTelegramServer telegram = FakeTelegramServer.start();
        TelegramBot bot = bot(FakeTelegramServer.TOKEN, telegram.url());
        try {
            bot.start();
            telegram.failNextSend(FakeTelegramServer.Failure.RATE_LIMITED);
            telegram.failNextSend(FakeTelegramServer.Failure.UNPARSABLE_HTML);
            telegram.failNextSend(FakeTelegramServer.Failure.BAD_GATEWAY);
            telegram.enqueue(Updates.privateText(1, 1001, "劳模有谁？"));
            telegram.enqueue(Updates.privateText(2, 1001, "boom"));
            telegram.awaitDeliveredTo(1001, 2);

            telegram.close();
            Thread.sleep(1500);
        } finally {
            bot.close();
            telegram.close();
        }

        assertThatThrownBy(() -> {
            try (FakeTelegramServer other = FakeTelegramServer.start(); TelegramBot wrong = bot(WRONG_TOKEN, other.url())) {
                wrong.start();
            }
        }).isInstanceOf(TelegramBotException.class).hasMessageContaining("401")
                .satisfies(e -> assertThat(chain(e)).doesNotContain("STILL-secret"));

        String deadUrl = "http://127.0.0.1:" + freePort();
        assertThatThrownBy(() -> {
            try (TelegramBot unreachable = bot(FakeTelegramServer.TOKEN, deadUrl)) {
                unreachable.start();
            }
        }).isInstanceOf(TelegramBotException.class).hasMessageContaining("cannot reach")
                .satisfies(e -> assertThat(chain(e)).doesNotContain(SECRET_PART));

        List<String> lines = logs.lines();
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("slow down"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Exception"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(SECRET_PART).doesNotContain("STILL-secret"));
    }

    private static String chain(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable e = error; e != null; e = e.getCause()) {
            text.append(e).append('\n');
        }
        return text.toString();
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
