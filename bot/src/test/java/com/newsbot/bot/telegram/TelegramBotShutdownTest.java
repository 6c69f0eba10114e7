package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.BotProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGTERM on a running bot: the answer being composed is still delivered, the offset confirmed, the JVM exits. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TelegramBotShutdownTest {
    @TempDir
    Path state;

    private FakeTelegramServer telegram;
    private Process bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.destroyForcibly();
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void sigterm_lets_the_reply_in_progress_finish_and_confirms_the_handled_updates() throws Exception {
        telegram = FakeTelegramServer.start();
        bot = BotProcess.start("telegram", telegram.url(), state);
        telegram.awaitCalls("getUpdates", 1, Duration.ofSeconds(20));

        telegram.enqueue(Updates.privateText(1, 1001, "劳模有谁？"));
        telegram.awaitCalls("sendChatAction", 1, Duration.ofSeconds(10));
        bot.destroy();

        assertThat(bot.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(telegram.deliveredTo(1001)).hasSize(1);
        List<FakeTelegramServer.Call> polls = telegram.calls("getUpdates");
        assertThat(polls.get(polls.size() - 1).body().path("offset").asInt()).isEqualTo(2);
        assertThat(Files.readString(state.resolve(OffsetStore.FILE_NAME)).strip()).isEqualTo("1");
        assertThat(Files.readString(state.resolve("bot.log"))).contains("Telegram bot stopped")
                .doesNotContain(FakeTelegramServer.TOKEN.substring(10));
    }
}
