package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.FrontEndRuntime;
import com.fasterxml.jackson.databind.JsonNode;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.Answerer;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.DailyPaper;
import com.newsbot.bot.chat.IndexedArticles;
import com.newsbot.bot.chat.IssueSummaries;
import com.newsbot.bot.summary.IssueSummarizer;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** /issues, its page and issue buttons, /source N and link buttons through the real client and the stand-in Bot API. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TelegramIssuesTest {
    private static final long ALICE = 1001;

    @TempDir
    Path dir;

    private NewsIndex index;
    private IssueSummarizer summarizer;
    private FakeTelegramServer telegram;
    private TelegramBot bot;

    @BeforeEach
    void start() throws Exception {
        index = NewsIndex.open(dir.resolve("index"), false);
        index.update(DailyPaper.write(dir.resolve("seeds")), IndexProgress.NONE);
        summarizer = new IssueSummarizer(index);
        telegram = FakeTelegramServer.start();
        Prompts prompts = new Prompts();
        Answerer noQuestions = (question, history) -> {
            throw new AssertionError("not a command: " + question);
        };
        ConversationHandler handler = new ConversationHandler(noQuestions,
                IssueSummaries.of(summarizer::latest, summarizer::of), new IndexedArticles(index), prompts);
        bot = new TelegramBot(new TelegramSettings(FakeTelegramServer.TOKEN, URI.create(telegram.url()), Long.toString(ALICE),
                dir.resolve("state"), Duration.ofSeconds(1), 2, 60, Duration.ofSeconds(5)), FrontEndRuntime.withoutState(handler, prompts), prompts);
        bot.start();
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
        telegram.close();
        summarizer.close();
        index.close();
    }

    private static List<JsonNode> buttons(FakeTelegramServer.Call call) {
        List<JsonNode> buttons = new ArrayList<>();
        for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
            row.forEach(buttons::add);
        }
        return buttons;
    }

    private static String text(FakeTelegramServer.Call call) {
        return FakeTelegramServer.parsedText(call.text("text"));
    }

    @Test
    void issuesArePagedWithInlineButtonsAndAnIssueButtonOpensItsSummary() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "/issues"));

        FakeTelegramServer.Call first = telegram.awaitDeliveredTo(ALICE, 1).get(0);
        assertThat(text(first)).contains("本报共收录10期", "第1/2页", "第10期，2021年3月12日，2篇");
        List<JsonNode> firstButtons = buttons(first);
        assertThat(firstButtons).hasSize(9);
        JsonNode next = firstButtons.get(8);
        assertThat(next.path("text").asText()).isEqualTo("下一页 ›");
        assertThat(next.path("callback_data").asText()).isEqualTo("/issues 2");

        telegram.enqueue(Updates.callback(2, ALICE, ALICE, next.path("callback_data").asText()));

        FakeTelegramServer.Call second = telegram.awaitDeliveredTo(ALICE, 2).get(1);
        assertThat(text(second)).contains("第2/2页", "第1期，2021年3月1日");
        List<JsonNode> secondButtons = buttons(second);
        assertThat(secondButtons).extracting(b -> b.path("callback_data").asText())
                .containsExactly("/issue daily-2021-03-02", "/issue daily-2021-03-01", "/issues 1");

        telegram.enqueue(Updates.callback(3, ALICE, ALICE, secondButtons.get(0).path("callback_data").asText()));

        FakeTelegramServer.Call summary = telegram.awaitDeliveredTo(ALICE, 3).get(2);
        assertThat(text(summary)).startsWith("园区日报 第2期，2021年3月2日").contains("容纳400人");
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void everyButtonFitsTelegramsLimitsAndTheIssueLinkIsAUrlButton() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "/issue 3月2日"));

        FakeTelegramServer.Call summary = telegram.awaitDeliveredTo(ALICE, 1).get(0);
        List<JsonNode> buttons = buttons(summary);
        assertThat(buttons).allSatisfy(b -> {
            String label = b.path("text").asText();
            assertThat(label.codePointCount(0, label.length())).isLessThanOrEqualTo(20);
            assertThat(b.path("callback_data").asText().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        });
        JsonNode link = buttons.get(0);
        assertThat(link.path("text").asText()).isEqualTo("在线阅读");
        assertThat(link.path("url").asText()).isEqualTo(DailyPaper.URL + "2");
        assertThat(link.has("callback_data")).isFalse();
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void sourceNumberOpensTheArticleListedAndLinksTheIssueOnline() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "/issue 2"));
        telegram.awaitDeliveredTo(ALICE, 1);
        telegram.enqueue(Updates.privateText(2, ALICE, "/source 2"));

        FakeTelegramServer.Call article = telegram.awaitDeliveredTo(ALICE, 2).get(1);
        assertThat(text(article)).contains(DailyPaper.LONG_TITLE, "2021年3月2日");
        assertThat(buttons(article)).singleElement().satisfies(link ->
                assertThat(link.path("url").asText()).isEqualTo(DailyPaper.URL + "2"));
        assertThat(telegram.violations()).isEmpty();
    }
}
