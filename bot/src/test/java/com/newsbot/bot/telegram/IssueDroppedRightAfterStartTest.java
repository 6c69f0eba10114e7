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
import com.newsbot.bot.frontend.SeedWatcher;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.summary.IssueSummarizer;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22, point 6, through the real client against the stand-in Bot API: a fresh install (empty index, fresh state)
 * starts, its start-up indexing reads the paper that is there, a reader subscribes, and a new issue dropped a few
 * seconds after the start is announced at the next re-read; the paper that was there at the start is not.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class IssueDroppedRightAfterStartTest {
    private static final long ALICE = 1001;
    private static final String NEW_HEADLINE = "临港工厂举行冬季安全生产培训";

    @TempDir
    Path dir;

    private final Prompts prompts = new Prompts();
    private FakeTelegramServer telegram;
    private NewsIndex index;
    private IssueSummarizer summarizer;
    private BotState state;
    private TelegramBot bot;
    private SeedWatcher watcher;

    @AfterEach
    void stop() throws Exception {
        if (watcher != null) {
            watcher.close();
        }
        if (bot != null) {
            bot.close();
        }
        telegram.close();
        summarizer.close();
        index.close();
        state.close();
    }

    @Test
    void an_issue_dropped_seconds_after_a_fresh_start_is_announced_and_the_paper_already_there_is_not() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(SeedIndex.repoSeeds().resolve(SeedIndex.SEED), seeds.resolve(SeedIndex.SEED));
        index = NewsIndex.open(dir.resolve("index"), false); // nothing indexed yet: the start-up indexing reads the seeds
        summarizer = new IssueSummarizer(index);
        state = BotState.open(dir.resolve("newsbot.db"), true);
        telegram = FakeTelegramServer.start();
        IssueSummaries summaries = IssueSummaries.of(summarizer::latest, summarizer::of);
        RecordedConversation conversation = new RecordedConversation(new ConversationHandler(new Newspaper(), summaries,
                new IndexedArticles(index), prompts), summaries, state, prompts);
        bot = new TelegramBot(new TelegramSettings(FakeTelegramServer.TOKEN, URI.create(telegram.url()), Long.toString(ALICE),
                dir.resolve("telegram"), Duration.ofSeconds(1), 2, 600, Duration.ofSeconds(5)), conversation, prompts,
                new FrontEndRuntime.Timing(Duration.ofMillis(10), Duration.ofMillis(1), Duration.ofMillis(100)));
        CountDownLatch mayIndex = new CountDownLatch(1);
        CompletableFuture<Void> startupIndexing = CompletableFuture.runAsync(() -> {
            try {
                mayIndex.await();
                index.update(seeds, IndexProgress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        NewIssues newIssues = new NewIssues(() -> {
            List<Issue> issues = index.issueHeaders();
            return issues.isEmpty() ? Optional.empty() : Optional.of(new NewIssues.Latest(issues.get(0).id(), issues.get(0).date()));
        }, state);
        SeedWatcher.Reread reread = () -> {
            try {
                index.update(seeds, IndexProgress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };

        bot.start();
        watcher = new SeedWatcher(reread, newIssues, timeout -> {
            try {
                startupIndexing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (java.util.concurrent.TimeoutException e) {
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                return true;
            }
        }, Duration.ofSeconds(8)).start();
        telegram.enqueue(Updates.privateText(1, ALICE, "/subscribe"));
        telegram.awaitDeliveredTo(ALICE, 1);
        Thread.sleep(300); // the watcher has looked at the index as it was at the start: empty
        mayIndex.countDown();
        startupIndexing.get(30, TimeUnit.SECONDS);
        Files.writeString(seeds.resolve("2020-12-01.md"), "---\ntitle: 上汽报 2020-12-01\ndate: 2020-12-01\n---\n\n## "
                + NEW_HEADLINE + "\n\n" + NEW_HEADLINE + "，三百名职工参加。\n");

        List<FakeTelegramServer.Call> announced = telegram.awaitDelivered(
                c -> FakeTelegramServer.parsedText(c.text("text")).contains("新一期报纸出版了"), 1, Duration.ofSeconds(30));
        Thread.sleep(1_000);

        assertThat(FakeTelegramServer.parsedText(announced.get(0).text("text"))).contains(NEW_HEADLINE);
        assertThat(telegram.deliveredTo(ALICE)).filteredOn(c -> FakeTelegramServer.parsedText(c.text("text")).contains("新一期报纸出版了"))
                .hasSize(1);
        assertThat(state.announcements().pending("telegram", 10)).isEmpty();
    }
}
