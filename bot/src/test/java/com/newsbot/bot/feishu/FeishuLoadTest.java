package com.newsbot.bot.feishu;

import com.newsbot.bot.frontend.FrontEndRuntime;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.SeedPaper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load: 50 group chats ask 10 questions each at once (500 events pushed over the long connection
 * as fast as the socket takes them), answered by the real FeishuBot, SDK clients, ConversationHandler
 * and AnswerComposer over a real index of the seed issue (lexical). Every question is answered
 * exactly once, in its own chat, as a reply to it; every event is acknowledged with 200. Prints the
 * wall time and reply times (from push to the card's arrival).
 */
@Tag("load")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FeishuLoadTest {
    private static final int CHATS = 50;
    private static final int QUESTIONS_PER_CHAT = 10;
    private static final List<String> QUESTIONS = List.of(
            "上汽在职的全国劳模有几位？",
            "谁荣获了“全国劳动模范”称号？",
            "联创汽车电子和哪家公司达成了战略合作？",
            "他们是哪天签的？",
            "微评说了什么？",
            "公司食堂明天的午餐菜单是什么？",
            "这期报纸讲了哪些新闻？",
            "谁是首席记者？",
            "制动系统是谁研发的？",
            "劳模有谁？");

    @TempDir
    Path dir;

    private SeedPaper paper;
    private StandInFeishu standIn;
    private FakeFeishuServer feishu;

    @BeforeEach
    void start() throws Exception {
        paper = SeedPaper.open();
        standIn = StandInFeishu.start();
        feishu = standIn.server();
        Prompts prompts = paper.prompts();
        standIn.startBot(standIn.settings("*", dir.resolve("state"), FeishuSettings.DEFAULT_WORKERS, 60),
                FrontEndRuntime.withoutState(paper.handler(), prompts), prompts, FeishuBot.TIMING.retryingAfter(Duration.ofMillis(50)));
    }

    @AfterEach
    void stop() {
        standIn.close();
        paper.close();
    }

    @Test
    void fifty_chats_asking_ten_questions_each_at_once_are_all_answered_exactly_once() throws Exception {
        Map<String, String> chatOfQuestion = new HashMap<>();
        Map<String, Long> pushedAt = new HashMap<>();
        List<String> frames = new ArrayList<>();
        long started = System.nanoTime();
        for (int q = 0; q < QUESTIONS_PER_CHAT; q++) {
            for (int c = 0; c < CHATS; c++) {
                String eventId = "load-" + q + "-" + c;
                String chat = "oc_group_" + c;
                chatOfQuestion.put(Events.messageId(eventId), chat);
                pushedAt.put(Events.messageId(eventId), System.nanoTime());
                frames.add(feishu.push(Events.groupText(eventId, "ou_reader_" + c, chat, QUESTIONS.get((q + c) % QUESTIONS.size()), true)));
            }
        }
        int expected = CHATS * QUESTIONS_PER_CHAT;
        feishu.awaitSent(s -> true, expected, Duration.ofSeconds(100));
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        Thread.sleep(500);

        Map<String, Integer> repliesPerQuestion = new HashMap<>();
        List<Long> latencies = new ArrayList<>();
        for (FakeFeishuServer.Sent reply : feishu.sent()) {
            repliesPerQuestion.merge(reply.replyTo(), 1, Integer::sum);
            assertThat(reply.chatId()).isEqualTo(chatOfQuestion.get(reply.replyTo()));
            latencies.add(reply.atNanos() - pushedAt.get(reply.replyTo()));
        }
        assertThat(repliesPerQuestion).as("every question answered").containsOnlyKeys(chatOfQuestion.keySet());
        assertThat(repliesPerQuestion.values()).as("none answered twice").containsOnly(1);
        for (String frame : frames) {
            assertThat(feishu.awaitAck(frame, Duration.ofSeconds(10))).isEqualTo(200);
        }
        assertThat(feishu.rejected()).isEmpty();
        latencies.sort(Long::compare);
        System.out.printf("feishu load: %d chats x %d questions = %d answered in %d ms (%.0f/s), reply time p50 %d ms, p99 %d ms, "
                        + "max %d ms (embeddings off, %d workers, %d cores)%n", CHATS, QUESTIONS_PER_CHAT, expected, wallMillis,
                expected * 1000.0 / wallMillis, percentile(latencies, 50), percentile(latencies, 99),
                latencies.get(latencies.size() - 1) / 1_000_000, FeishuSettings.DEFAULT_WORKERS, Runtime.getRuntime().availableProcessors());
    }

    private static long percentile(List<Long> sortedNanos, int percent) {
        int at = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, at)) / 1_000_000;
    }
}
