package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.summary.IssueSummarizer;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /issues, /issue, dated /search and /source N over a real (lexical) index of the generated ten-issue paper, with
 * real offline summaries. Questions are not asked here (the answerer refuses them).
 */
class IssueCommandsTest {
    private static final String ME = "me";

    @TempDir
    static Path dir;
    static NewsIndex index;
    static IssueSummarizer summarizer;
    static ConversationHandler handler;

    @BeforeAll
    static void indexThePaper() throws IOException {
        index = NewsIndex.open(dir.resolve("index"), false);
        index.update(DailyPaper.write(dir.resolve("seeds")), IndexProgress.NONE);
        summarizer = new IssueSummarizer(index);
        Answerer noQuestions = (question, history) -> {
            throw new AssertionError("not a command: " + question);
        };
        handler = new ConversationHandler(noQuestions, IssueSummaries.of(summarizer::latest, summarizer::of),
                new IndexedArticles(index), new Prompts());
    }

    @AfterAll
    static void close() throws IOException {
        summarizer.close();
        index.close();
    }

    private static Reply say(String conversation, String text) {
        return handler.handle(new IncomingMessage(conversation, text));
    }

    private static Reply say(String text) {
        return say(ME, text);
    }

    private static List<Button> of(Reply reply, Button.Kind kind) {
        return reply.buttons().stream().filter(b -> b.kind() == kind).toList();
    }

    @Test
    void issuesListsTheNewestFirstWithDateNumberAndArticleCount() {
        Reply page = say("/issues");

        String text = page.plainText();
        assertThat(text).contains("本报共收录10期", "第1/2页");
        assertThat(text).contains("1. 园区日报 第10期，2021年3月12日，2篇");
        assertThat(text).contains("园区日报 第9期，2021年3月11日");
        assertThat(text.indexOf("第10期")).isLessThan(text.indexOf("第9期"));
        assertThat(text).doesNotContain("第2期，");
        assertThat(of(page, Button.Kind.ISSUE)).hasSize(IssueReplies.PAGE_SIZE)
                .first().extracting(Button::target).isEqualTo(DailyPaper.id(LocalDate.of(2021, 3, 12)));
    }

    @Test
    void issuesArePagedWithButtonsForTheOtherPages() {
        Reply first = say("/issues");
        assertThat(of(first, Button.Kind.PAGE)).extracting(Button::target).containsExactly("/issues 2");

        Reply second = handler.openArticle(ME, of(first, Button.Kind.PAGE).get(0).target());

        assertThat(second.plainText()).contains("第2/2页", "第2期，2021年3月2日，3篇", "第1期，2021年3月1日，2篇");
        assertThat(of(second, Button.Kind.ISSUE)).hasSize(2);
        assertThat(of(second, Button.Kind.PAGE)).extracting(Button::target).containsExactly("/issues 1");
        assertThat(say("/issues 3").plainText()).contains("一共只有2页");
    }

    @Test
    void anIssueButtonOpensThatIssuesSummary() {
        Button second = of(say("/issues 2"), Button.Kind.ISSUE).get(0);

        Reply summary = handler.openArticle(ME, second.command());

        assertThat(summary.paragraphs().get(0).plainText()).isEqualTo("园区日报 第2期，2021年3月2日");
        assertThat(summary.plainText()).contains("新食堂座位再增加", "容纳400人");
    }

    @Test
    void issueTakesADateANumberOrAnId() {
        for (String argument : List.of("3月2日", "3月2号", "3.2", "2021-03-02", "2021年3月2日", "2", "第2期", "daily-2021-03-02")) {
            Reply reply = say("/issue " + argument);

            assertThat(reply.paragraphs().get(0).plainText()).as(argument).isEqualTo("园区日报 第2期，2021年3月2日");
            assertThat(reply.plainText()).as(argument).contains("容纳400人就餐");
        }
        assertThat(say("/issue 上期").paragraphs().get(0).plainText()).isEqualTo("园区日报 第9期，2021年3月11日");
        assertThat(say("/issue 最早那期").paragraphs().get(0).plainText()).isEqualTo("园区日报 第1期，2021年3月1日");
    }

    @Test
    void anIssueOfADayWithoutOneOffersTheNearestIssues() {
        Reply reply = say("/issue 3月3日");

        assertThat(reply.plainText()).contains("本报没有3月3日出版的一期", "最接近的几期", "2021年3月4日", "2021年3月2日");
        assertThat(of(reply, Button.Kind.ISSUE)).extracting(Button::target)
                .containsExactly(DailyPaper.id(LocalDate.of(2021, 3, 4)), DailyPaper.id(LocalDate.of(2021, 3, 2)));
        assertThat(say("/issue 第20期").plainText()).contains("本报没有第20期", "第10期");
    }

    @Test
    void anArgumentThatNamesNoIssueGetsTheUsage() {
        assertThat(say("/issue 食堂").plainText()).contains("没有看懂“食堂”", "/issue 4月2日");
        assertThat(say("/issue").plainText()).contains("/issue 4月2日");
    }

    @Test
    void anIssueSummaryLinksToTheIssueOnline() {
        Reply reply = say("/issue 3月4日");

        assertThat(of(reply, Button.Kind.LINK)).singleElement().satisfies(link -> {
            assertThat(link.label()).isEqualTo("在线阅读");
            assertThat(link.target()).isEqualTo(DailyPaper.URL + "3");
        });
    }

    @Test
    void sourceNumberOpensTheNthArticleOfTheListLastShownInThatConversation() {
        say("a", "/issue 3月2日");
        say("b", "/issue 3月4日");

        Reply second = say("a", "/source 2");

        assertThat(second.plainText()).contains(DailyPaper.LONG_TITLE, "2021年3月2日", "步行只需三分钟");
        assertThat(of(second, Button.Kind.LINK)).extracting(Button::target).containsExactly(DailyPaper.URL + "2");
        assertThat(say("b", "/source 2").plainText()).contains("编者按", "2021年3月4日");
        assertThat(say("a", "/source 9").plainText()).contains("只有3项");
        assertThat(say("c", "/source 1").plainText()).contains("请先用 /latest");
    }

    @Test
    void sourceNumberAfterIssuesOpensThatIssue() {
        say("d", "/issues");

        assertThat(say("d", "/source 2").paragraphs().get(0).plainText()).isEqualTo("园区日报 第9期，2021年3月11日");
    }

    @Test
    void buttonLabelsAreAtMostTwentyCharactersWithTheHeadlineShortened() {
        Reply reply = say("/issue 3月2日");

        assertThat(reply.buttons()).allSatisfy(b ->
                assertThat(b.label().codePointCount(0, b.label().length())).isLessThanOrEqualTo(Button.MAX_LABEL));
        assertThat(of(reply, Button.Kind.ARTICLE).get(1).label()).startsWith("2. 园区东门").endsWith("…");
    }

    @Test
    void searchListsDatesAndTakesADayOrAMonth() {
        Reply all = say("/search 便桥");
        assertThat(all.plainText()).contains("2021年3月2日");

        Reply day = say("/search 食堂座位 3月4日");
        assertThat(day.paragraphs().get(0).plainText()).contains("食堂座位", "2021年3月4日");
        assertThat(of(day, Button.Kind.ARTICLE)).extracting(Button::target)
                .allMatch(id -> id.startsWith(DailyPaper.id(LocalDate.of(2021, 3, 4))));

        Reply month = say("/search 食堂座位 3月");
        assertThat(of(month, Button.Kind.ARTICLE)).hasSize(ConversationHandler.SEARCH_RESULTS);

        assertThat(say("/search 食堂座位 2月").plainText()).contains("没有找到");
    }

    @Test
    void amongEquallyGoodArticlesSearchListsTheNewerFirst() {
        Reply reply = say("/search 编者按");

        List<Button> listed = of(reply, Button.Kind.ARTICLE);
        assertThat(listed).hasSize(ConversationHandler.SEARCH_RESULTS);
        assertThat(listed.get(0).target()).startsWith(DailyPaper.id(LocalDate.of(2021, 3, 12)));
        assertThat(listed.get(1).target()).startsWith(DailyPaper.id(LocalDate.of(2021, 3, 11)));
    }
}
