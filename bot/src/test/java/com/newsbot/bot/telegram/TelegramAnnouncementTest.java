package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.FrontEndRuntime;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.IndexedArticles;
import com.newsbot.bot.chat.IssueSummaries;
import com.newsbot.bot.chat.NewIssues;
import com.newsbot.bot.chat.Newspaper;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.summary.IssueSummarizer;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new issue dropped into the seeds folder is announced to every subscribed chat exactly once, through the real
 * client against the stand-in Bot API; across restarts, 429s and blocked chats.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TelegramAnnouncementTest {
    static final long ALICE = 1001;
    static final long BOB = 1002;
    static final long GROUP = -100200;
    private static final String HEADING = "新一期报纸出版了";

    @TempDir
    Path dir;

    private final Newspaper paper = new Newspaper();
    private final Prompts prompts = new Prompts();
    private final List<TelegramBot> bots = new ArrayList<>();
    private FakeTelegramServer telegram;
    private Path seeds;
    private NewsIndex index;
    private IssueSummarizer summarizer;
    private BotState state;
    private NewIssues newIssues;

    @BeforeEach
    void setUp() throws Exception {
        telegram = FakeTelegramServer.start();
        seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(SeedIndex.repoSeeds().resolve(SeedIndex.SEED), seeds.resolve(SeedIndex.SEED));
        index = NewsIndex.open(dir.resolve("index"), false);
        index.update(seeds, IndexProgress.NONE);
        summarizer = new IssueSummarizer(index);
        state = BotState.open(dir.resolve("newsbot.db"), true);
        newIssues = new NewIssues(() -> {
            List<Issue> issues = index.issueHeaders();
            return issues.isEmpty() ? Optional.empty() : Optional.of(new NewIssues.Latest(issues.get(0).id(), issues.get(0).date()));
        }, state);
        assertThat(newIssues.check()).as("the issue already there is a baseline, not news").isZero();
    }

    @AfterEach
    void tearDown() throws Exception {
        bots.forEach(TelegramBot::close);
        telegram.close();
        summarizer.close();
        index.close();
        state.close();
    }

    private TelegramBot startBot() throws Exception {
        IssueSummaries summaries = IssueSummaries.of(summarizer::latest, summarizer::of);
        RecordedConversation conversation = new RecordedConversation(
                new ConversationHandler(paper, summaries, new IndexedArticles(index), prompts), summaries, state, prompts);
        TelegramSettings settings = new TelegramSettings(FakeTelegramServer.TOKEN, URI.create(telegram.url()),
                ALICE + "," + BOB + "," + GROUP, dir.resolve("telegram"), Duration.ofSeconds(1), 4, 600, Duration.ofSeconds(5));
        TelegramBot bot = new TelegramBot(settings, conversation, prompts, new FrontEndRuntime.Timing(Duration.ofMillis(10), Duration.ofMillis(1), Duration.ofMillis(100)));
        bots.add(bot);
        bot.start();
        return bot;
    }

    /** What the bot's minute re-read does (BotServices): index the seeds folder again, then look for a new issue. */
    private int reread() throws Exception {
        index.update(seeds, IndexProgress.NONE);
        return newIssues.check();
    }

    private void dropIssue(String date, String headline) throws Exception {
        Files.writeString(seeds.resolve(date + ".md"), "---\ntitle: 上汽报 " + date + "\ndate: " + date + "\n---\n\n## "
                + headline + "\n\n" + headline + "，三百名职工参加。\n");
    }

    private List<FakeTelegramServer.Call> announcements(String headline) {
        return telegram.delivered().stream().filter(call -> {
            String text = FakeTelegramServer.parsedText(call.text("text"));
            return text.contains(HEADING) && text.contains(headline);
        }).toList();
    }

    private static Map<String, Long> perChat(List<FakeTelegramServer.Call> calls) {
        return calls.stream().collect(Collectors.groupingBy(c -> c.text("chat_id"), Collectors.counting()));
    }

    @Test
    void a_new_issue_is_announced_once_to_each_subscriber_and_a_restart_neither_repeats_nor_skips() throws Exception {
        TelegramBot first = startBot();
        telegram.enqueue(Updates.privateText(1, ALICE, "/subscribe"));
        telegram.enqueue(Updates.privateText(2, BOB, "/subscribe"));
        telegram.enqueue(Updates.groupText(3, GROUP, BOB, "/subscribe"));
        telegram.awaitDeliveredTo(ALICE, 1);
        telegram.awaitDeliveredTo(BOB, 1);
        telegram.awaitDeliveredTo(GROUP, 1);

        dropIssue("2020-12-01", "临港工厂举行冬季安全生产培训");
        assertThat(reread()).isEqualTo(3);
        assertThat(reread()).as("seen already").isZero();

        telegram.awaitDelivered(c -> FakeTelegramServer.parsedText(c.text("text")).contains("临港工厂举行冬季安全生产培训"), 3,
                Duration.ofSeconds(20));
        assertThat(perChat(announcements("临港工厂举行冬季安全生产培训"))).containsOnly(
                Map.entry(Long.toString(ALICE), 1L), Map.entry(Long.toString(BOB), 1L), Map.entry(Long.toString(GROUP), 1L));

        first.close();
        dropIssue("2020-12-08", "宁德基地投产十万台电池包");
        assertThat(reread()).as("queued while the bot is down").isEqualTo(3);
        startBot();

        telegram.awaitDelivered(c -> FakeTelegramServer.parsedText(c.text("text")).contains("宁德基地投产十万台电池包"), 3,
                Duration.ofSeconds(20));
        Thread.sleep(1000); // several announcer rounds: nothing is sent twice
        assertThat(perChat(announcements("宁德基地投产十万台电池包"))).containsOnly(
                Map.entry(Long.toString(ALICE), 1L), Map.entry(Long.toString(BOB), 1L), Map.entry(Long.toString(GROUP), 1L));
        assertThat(announcements("临港工厂举行冬季安全生产培训")).hasSize(3);
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void rate_limits_during_a_broadcast_to_200_subscribers_delay_it_and_every_chat_gets_it_once() throws Exception {
        List<String> chats = new ArrayList<>();
        for (long chat = 500_000; chat < 500_200; chat++) {
            state.subscriptions().subscribe("telegram", Long.toString(chat));
            chats.add(Long.toString(chat));
        }
        telegram.retryAfter(1);
        startBot();

        dropIssue("2020-12-01", "临港工厂举行冬季安全生产培训");
        assertThat(reread()).isEqualTo(200);
        telegram.awaitDelivered(c -> FakeTelegramServer.parsedText(c.text("text")).contains(HEADING), 50, Duration.ofSeconds(20));
        for (int i = 0; i < 3; i++) {
            telegram.failNextSend(FakeTelegramServer.Failure.RATE_LIMITED);
        }
        telegram.awaitDelivered(c -> FakeTelegramServer.parsedText(c.text("text")).contains(HEADING), 200, Duration.ofSeconds(40));
        Thread.sleep(500);

        Map<String, Long> perChat = perChat(announcements("临港工厂举行冬季安全生产培训"));
        assertThat(perChat.keySet()).containsExactlyInAnyOrderElementsOf(chats);
        assertThat(perChat.values()).containsOnly(1L);
        assertThat(telegram.calls("sendMessage").size()).as("the rate-limited sends were tried again").isEqualTo(203);
        assertThat(state.announcements().pending("telegram", 10)).isEmpty();
    }

    @Test
    void a_chat_that_blocked_the_bot_is_unsubscribed_and_the_others_still_get_the_issue() throws Exception {
        state.subscriptions().subscribe("telegram", Long.toString(ALICE));
        state.subscriptions().subscribe("telegram", Long.toString(BOB));
        telegram.blockChat(BOB);
        startBot();

        dropIssue("2020-12-01", "临港工厂举行冬季安全生产培训");
        assertThat(reread()).isEqualTo(2);

        telegram.awaitDeliveredTo(ALICE, 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (state.subscriptions().chats("telegram").size() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(state.subscriptions().chats("telegram")).containsExactly(Long.toString(ALICE));
        assertThat(state.announcements().pending("telegram", 10)).isEmpty();
        assertThat(perChat(announcements("临港工厂举行冬季安全生产培训"))).containsOnly(Map.entry(Long.toString(ALICE), 1L));
    }

}
