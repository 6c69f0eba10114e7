package com.newsbot.bot.feishu;

import com.newsbot.bot.frontend.BotProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGTERM on a running Feishu bot: the answer being composed is still delivered, the event id kept, the JVM exits. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FeishuBotShutdownTest {
    @TempDir
    Path state;

    private FakeFeishuServer feishu;
    private Process bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.destroyForcibly();
        }
        if (feishu != null) {
            feishu.close();
        }
    }

    @Test
    void sigterm_lets_the_reply_in_progress_finish_and_keeps_the_handled_event() throws Exception {
        feishu = FakeFeishuServer.start();
        bot = BotProcess.start("feishu", feishu.url(), state);
        feishu.awaitConnections(1, Duration.ofSeconds(30));

        String frame = feishu.push(Events.privateText("ev-1", "ou_alice", "oc_p2p_alice", "劳模有谁？"));
        feishu.awaitRequest(r -> r.endsWith("/reactions"), Duration.ofSeconds(10));
        bot.destroy();

        assertThat(bot.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(feishu.ack(frame)).isEqualTo(200);
        assertThat(feishu.sentTo("oc_p2p_alice")).hasSize(1);
        assertThat(feishu.sentTo("oc_p2p_alice").get(0).text()).contains("仇杰");
        assertThat(Files.readAllLines(state.resolve(FileEventIdStore.FILE_NAME))).containsExactly("ev-1");
        assertThat(Files.readString(state.resolve("bot.log"))).contains("Feishu bot stopped")
                .doesNotContain(FakeFeishuServer.APP_SECRET);
    }
}
