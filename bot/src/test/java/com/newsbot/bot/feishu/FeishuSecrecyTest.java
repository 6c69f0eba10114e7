package com.newsbot.bot.feishu;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Newspaper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;
    private FakeFeishuServer feishu;

    @BeforeEach
    void captureEveryLogLine() throws Exception {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
        feishu = FakeFeishuServer.start();
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        feishu.close();
    }

    private FeishuBot bot(String secret) {
        return new FeishuBot(new FeishuSettings(FakeFeishuServer.APP_ID, secret, URI.create(feishu.url()), "*", state, 2, 60,
                Duration.ofSeconds(5)), new ConversationHandler(paper, paper, paper, prompts), prompts, Duration.ofMillis(20));
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

        List<ILoggingEvent> lines;
        synchronized (logs) {
            lines = new ArrayList<>(logs.list);
        }
        assertThat(lines).anyMatch(event -> event.getFormattedMessage().contains("slow down"));
        for (ILoggingEvent event : lines) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(line).doesNotContain(FakeFeishuServer.APP_SECRET).doesNotContain("Bearer t-");
        }
    }
}
