package com.newsbot.bot.feishu;

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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The app secret (right or wrong) never reaches a log line or an error message, at any log level, also when calls fail. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FeishuSecrecyTest {
    private static final String WRONG_SECRET = "wrong-" + FakeFeishuServer.APP_SECRET;

    @TempDir
    Path state;

    private final Newspaper paper = new Newspaper();
    private final Prompts prompts = new Prompts();
    private LogCapture logs;
    private StandInFeishu standIn;
    private FakeFeishuServer feishu;

    @BeforeEach
    void captureEveryLogLine() {
        logs = LogCapture.start();
        standIn = StandInFeishu.start();
        feishu = standIn.server();
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
        standIn.close();
    }

    private FeishuBot bot(String secret) {
        return standIn.bot(standIn.settings(secret, "*", state, 2, 60),
                FrontEndRuntime.withoutState(new ConversationHandler(paper, paper, paper, prompts), prompts), prompts,
                FeishuBot.TIMING.retryingAfter(Duration.ofMillis(20)));
    }

    @Test
    void neither_a_refused_nor_a_working_secret_is_logged_or_shown() throws Exception {
        FeishuBot refused = bot(WRONG_SECRET);
        assertThatThrownBy(refused::start).isInstanceOf(FeishuBotException.class)
                .hasMessageContaining("refused the app credentials").hasMessageNotContaining(WRONG_SECRET);
        refused.close();

        try (FeishuBot bot = bot(FakeFeishuServer.APP_SECRET)) {
            bot.start();
            feishu.awaitConnections(1, Duration.ofSeconds(20));
            feishu.failNext("/open-apis/im/v1/messages", 502, 1, 1);
            feishu.failNext("/open-apis/im/v1/messages", 429, FeishuCalls.RATE_LIMITED_CODE, 1);
            feishu.push(Events.privateText("ev-1", "ou_alice", "oc_p2p_alice", "劳模有谁？"));
            feishu.awaitSentTo("oc_p2p_alice", 1);
        }

        List<String> lines = logs.lines();
        assertThat(lines).anyMatch(line -> line.contains("slow down"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(FakeFeishuServer.APP_SECRET).doesNotContain("Bearer t-"));
    }
}
