package com.newsbot.bot.telegram;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.IssueSummaries;
import com.newsbot.bot.chat.Newspaper;
import com.newsbot.bot.summary.ArticleSummary;
import com.newsbot.bot.summary.IssueSummary;
import com.newsbot.retrieval.ArticleKind;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, finding 8: {@code /latest} on an issue with 50,000 headings sent 447 messages. Now a reply is at most
 * {@link TelegramReplies#MAX_MESSAGES_PER_REPLY} messages, the last saying how many are left, and {@code /more}
 * shows the rest page by page.
 */
class TelegramReplyCapTest {
    private static final long ALICE = 1001;
    private static final int HEADINGS = 50_000;

    @TempDir
    Path state;

    @AutoClose
    private final StandInTelegram standIn = StandInTelegram.start(new Newspaper());
    private final FakeTelegramServer telegram = standIn.server();
    private final Prompts prompts = standIn.prompts();

    @BeforeEach
    void startBotOverAHugeIssue() throws Exception {
        List<ArticleSummary> articles = new ArrayList<>();
        for (int i = 1; i <= HEADINGS; i++) {
            articles.add(new ArticleSummary("huge-" + i, ArticleKind.STORY, "第" + i + "条标题", "", "摘要" + i + "。"));
        }
        IssueSummary huge = new IssueSummary("huge", "大号外", LocalDate.of(2030, 1, 1), articles);
        TelegramSettings settings = standIn.settings(Long.toString(ALICE), state, 2, 600, Duration.ofSeconds(3));
        standIn.bot(settings, IssueSummaries.of(() -> Optional.of(huge), id -> Optional.empty()), TelegramBot.TIMING).start();
    }

    private static String text(FakeTelegramServer.Call call) {
        return FakeTelegramServer.parsedText(call.text("text"));
    }

    @Test
    void aHugeReplyIsCutAtTenMessagesAndTheRestComesWithMore() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "/latest"));

        List<FakeTelegramServer.Call> first = telegram.awaitDeliveredTo(ALICE, TelegramReplies.MAX_MESSAGES_PER_REPLY);
        Thread.sleep(1_000);
        assertThat(telegram.deliveredTo(ALICE)).hasSize(TelegramReplies.MAX_MESSAGES_PER_REPLY);
        String moreLine = text(first.get(first.size() - 1));
        assertThat(moreLine).contains("/more").containsPattern("还有 \\d+ 条");
        assertThat(text(first.get(0))).contains("第1条标题");

        telegram.enqueue(Updates.privateText(2, ALICE, "/more"));
        List<FakeTelegramServer.Call> second = telegram.awaitDeliveredTo(ALICE, 2 * TelegramReplies.MAX_MESSAGES_PER_REPLY);
        Thread.sleep(500);

        assertThat(telegram.deliveredTo(ALICE)).hasSize(2 * TelegramReplies.MAX_MESSAGES_PER_REPLY);
        String nextPage = text(second.get(TelegramReplies.MAX_MESSAGES_PER_REPLY));
        String lastOfFirstPage = text(first.get(TelegramReplies.MAX_MESSAGES_PER_REPLY - 2));
        int lastShown = lastNumber(lastOfFirstPage);
        assertThat(nextPage).as("the next page starts where the first stopped").contains("第" + (lastShown + 1) + "条标题");
    }

    @Test
    void moreWithNothingLeftSaysSo() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "/more"));

        assertThat(text(telegram.awaitDeliveredTo(ALICE, 1).get(0))).isEqualTo(prompts.text("telegram-reply-no-more.zh.txt"));
    }

    private static int lastNumber(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("第(\\d+)条标题").matcher(text);
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }
}
