package com.newsbot.bot.telegram;

import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.chat.ConversationHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load: 50 group chats ask 20 questions each at once (1,000 updates in flight) through the stand-in
 * Bot API, answered by the real TelegramBot, ConversationHandler and AnswerComposer over a real
 * index of the seed issue (lexical, NEWSBOT_EMBEDDINGS=none). Every question is answered exactly
 * once (each reply quotes the message it answers), the reply time from the update being served by
 * getUpdates to its sendMessage arriving is measured (p50/p99/max), and the heap after GC at the end
 * stays within a small margin of the heap after warm-up. Small enough for CI (well under a minute on 2 cores).
 */
@Tag("load")
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TelegramLoadTest {
    private static final int CHATS = 50;
    private static final int QUESTIONS_PER_CHAT = 20;
    private static final long FIRST_GROUP = -1_000_100L;
    private static final long FIRST_USER = 50_000L;
    private static final long HEAP_MARGIN_BYTES = 24L << 20;
    private static final List<String> QUESTIONS = List.of(
            "上汽在职的全国劳模有几位？",
            "谁荣获了“全国劳动模范”称号？",
            "仇杰在哪个单位担任副主任？",
            "联创汽车电子和哪家公司达成了战略合作？",
            "他们是哪天签的？",
            "擎度科技和哪家公司合作推出了制动系统？",
            "微评说了什么？",
            "公司食堂明天的午餐菜单是什么？",
            "上汽集团今年的销量是多少？",
            "劳动模范是在哪里表彰的？",
            "这期报纸讲了哪些新闻？",
            "大陆集团",
            "谁是首席记者？",
            "全国劳模表彰大会在哪天召开？",
            "上汽在职劳模一共多少人？",
            "技术中心副主任是谁？",
            "战略合作备忘录是什么时候签署的？",
            "制动系统是谁研发的？",
            "公司明年的年会在哪里开？",
            "劳模有谁？");

    @TempDir
    Path dir;

    private TelegramOverSeed seed;
    private FakeTelegramServer telegram;

    @BeforeEach
    void start() throws Exception {
        seed = TelegramOverSeed.start(dir, "*", TelegramSettings.DEFAULT_WORKERS, 60);
        telegram = seed.telegram();
    }

    @AfterEach
    void stop() throws Exception {
        seed.close();
    }

    private static String mention(String question) {
        return "@" + FakeTelegramServer.BOT_USERNAME + " " + question;
    }

    @Test
    void fifty_chats_asking_twenty_questions_each_are_all_answered_exactly_once_with_flat_memory() throws Exception {
        int warmUpId = 1;
        for (String question : QUESTIONS) {
            telegram.enqueue(Updates.groupText(warmUpId++, FIRST_GROUP + 1, FIRST_USER - 1, mention(question)));
        }
        telegram.awaitDelivered(c -> true, QUESTIONS.size(), Duration.ofSeconds(30));
        long heapAfterWarmUp = usedHeapAfterGc();
        int warmUpDelivered = telegram.delivered().size();

        int firstId = 1000;
        Map<Integer, Long> chatOfMessage = new HashMap<>();
        long started = System.nanoTime();
        for (int q = 0; q < QUESTIONS_PER_CHAT; q++) {
            for (int c = 0; c < CHATS; c++) {
                int updateId = firstId + q * CHATS + c;
                long chat = FIRST_GROUP - c;
                chatOfMessage.put(100 + updateId, chat);
                telegram.enqueue(Updates.groupText(updateId, chat, FIRST_USER + c, mention(QUESTIONS.get((q + c) % QUESTIONS.size()))));
            }
        }
        int expected = CHATS * QUESTIONS_PER_CHAT;
        telegram.awaitDelivered(c -> true, warmUpDelivered + expected, Duration.ofSeconds(75));
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        Thread.sleep(500);

        List<FakeTelegramServer.Call> replies = telegram.delivered().subList(warmUpDelivered, telegram.delivered().size());
        Map<Integer, Integer> repliesPerMessage = new HashMap<>();
        List<Long> latencies = new ArrayList<>();
        for (FakeTelegramServer.Call reply : replies) {
            int answered = reply.body().path("reply_parameters").path("message_id").asInt();
            repliesPerMessage.merge(answered, 1, Integer::sum);
            assertThat(reply.text("chat_id")).isEqualTo(Long.toString(chatOfMessage.get(answered)));
            latencies.add(reply.atNanos() - telegram.servedAt(answered - 100));
        }
        assertThat(repliesPerMessage).as("every question answered").containsOnlyKeys(chatOfMessage.keySet());
        assertThat(repliesPerMessage.values()).as("none answered twice").containsOnly(1);
        assertThat(telegram.violations()).isEmpty();

        long heapAtEnd = usedHeapAfterGc();
        latencies.sort(Long::compare);
        System.out.printf("load: %d chats x %d questions = %d answered in %d ms (%.0f/s), reply time p50 %d ms, p99 %d ms, "
                        + "max %d ms; heap after GC: %d MB after warm-up, %d MB at the end (embeddings off, %d workers, %d cores)%n",
                CHATS, QUESTIONS_PER_CHAT, expected, wallMillis, expected * 1000.0 / wallMillis, percentile(latencies, 50),
                percentile(latencies, 99), latencies.get(latencies.size() - 1) / 1_000_000, heapAfterWarmUp >> 20,
                heapAtEnd >> 20, TelegramSettings.DEFAULT_WORKERS, Runtime.getRuntime().availableProcessors());
        assertThat(heapAtEnd).as("used heap after GC stays flat").isLessThan(heapAfterWarmUp + HEAP_MARGIN_BYTES);
        assertThat(percentile(latencies, 99)).as("p99 reply time in ms").isLessThan(60_000);
    }

    private static long percentile(List<Long> sortedNanos, int percent) {
        int at = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, at)) / 1_000_000;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
