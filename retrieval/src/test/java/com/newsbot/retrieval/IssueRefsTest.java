package com.newsbot.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How a text names an issue, and which one that is, over issue headers built in memory. */
class IssueRefsTest {

    private static Issue issue(String id, String number, LocalDate date) {
        return new Issue(id, "园区日报", number, date, "", "seeds/" + id + ".md", "hash-" + id, List.of());
    }

    private static final Issue MAR_1 = issue("d1", "第1期", LocalDate.of(2021, 3, 1));
    private static final Issue MAR_2 = issue("d2", "第2期", LocalDate.of(2021, 3, 2));
    private static final Issue MAR_4 = issue("d3", "第3期", LocalDate.of(2021, 3, 4));
    private static final Issue MAR_5 = issue("d4", "第4期", LocalDate.of(2021, 3, 5));
    /** Out of order on purpose: the resolver orders by date itself. */
    private static final List<Issue> PAPER = List.of(MAR_2, MAR_5, MAR_1, MAR_4);

    @ParameterizedTest
    @CsvSource({
            "最新一期讲了什么, LATEST, 最新一期, 讲了什么",
            "这期报纸有哪些报道, LATEST, 这期报纸, 有哪些报道",
            "本期的头条是什么, LATEST, 本期, 的头条是什么",
            "最近一期有几篇文章, LATEST, 最近一期, 有几篇文章",
            "這期講了什麼, LATEST, 這期, 講了什麼",
            "上期讲了安全生产吗, PREVIOUS, 上期, 讲了安全生产吗",
            "上一期讲了什么, PREVIOUS, 上一期, 讲了什么",
            "前一期关于食堂说了什么, PREVIOUS, 前一期, 关于食堂说了什么",
            "上一次的报纸讲了什么, PREVIOUS, 上一次的报纸, 讲了什么",
            "第3期有没有写便桥, NUMBER, 第3期, 有没有写便桥",
            "第三期的要点, NUMBER, 第三期, 的要点",
            "4月2日那期有没有写食堂, DATE, 4月2日那期, 有没有写食堂",
            "3月2号的报纸说了什么, DATE, 3月2号的报纸, 说了什么",
            "3.2那期的要点, DATE, 3.2那期, 的要点",
            "2021-03-02的报纸说了什么, DATE, 2021-03-02的报纸, 说了什么",
            "2021年3月2日那期有什么, DATE, 2021年3月2日那期, 有什么",
            "２０２１－０３－０２的报纸, DATE, ２０２１－０３－０２的报纸, ''",
            "最早那期讲了什么, EARLIEST, 最早那期, 讲了什么",
            "最早的一期是哪天, EARLIEST, 最早的一期, 是哪天",
    })
    void eachWayOfNamingAnIssueIsFoundWithItsSpan(String question, IssueRef.Kind kind, String phrase, String rest) {
        Optional<IssueRef> ref = IssueRefs.find(question);

        assertThat(ref).isPresent();
        assertThat(ref.get().kind()).isEqualTo(kind);
        assertThat(question.substring(ref.get().start(), ref.get().end())).isEqualTo(phrase);
        assertThat(ref.get().cutFrom(question)).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource({
            "最新一期讲了什么, d4",
            "这期有几篇, d4",
            "上期讲了什么, d3",
            "上上期讲了什么, d2",
            "第2期有没有写便桥, d2",
            "第二期有没有写便桥, d2",
            "3月4日那期有没有写食堂, d3",
            "3月4号的报纸, d3",
            "3.4那期, d3",
            "2021-03-01的报纸, d1",
            "2021年3月1日那期有什么, d1",
            "最早那期讲了什么, d1",
    })
    void aNamedIssueResolvesToThatIssue(String question, String issueId) {
        IssueMatch match = IssueRefs.resolve(question, PAPER);

        assertThat(match.status()).isEqualTo(IssueMatch.Status.RESOLVED);
        assertThat(match.issue().id()).isEqualTo(issueId);
    }

    @Test
    void aDateWithoutAnIssueOffersTheNearestIssueBeforeAndAfter() {
        IssueMatch match = IssueRefs.resolve("3月3日那期有没有写食堂", PAPER);

        assertThat(match.status()).isEqualTo(IssueMatch.Status.NO_SUCH_ISSUE);
        assertThat(match.ref().kind()).isEqualTo(IssueRef.Kind.DATE);
        assertThat(match.nearest()).containsExactly(MAR_4, MAR_2);
        assertThat(match.rest()).isEqualTo("有没有写食堂");
    }

    @Test
    void aDateLongBeforeThePaperOffersOnlyItsFirstIssue() {
        IssueMatch match = IssueRefs.resolve("11月10日那期有哪些文章？", PAPER);

        assertThat(match.status()).isEqualTo(IssueMatch.Status.NO_SUCH_ISSUE);
        assertThat(match.nearest()).containsExactly(MAR_1);
    }

    @Test
    void aNumberWithoutAnIssueOffersTheNearestNumbers() {
        IssueMatch match = IssueRefs.resolve("第9期讲了什么", PAPER);

        assertThat(match.status()).isEqualTo(IssueMatch.Status.NO_SUCH_ISSUE);
        assertThat(match.nearest()).containsExactly(MAR_5);
    }

    @Test
    void thePreviousIssueOfAOneIssuePaperIsNamedButMissing() {
        IssueMatch match = IssueRefs.resolve("上期讲了什么？", List.of(MAR_1));

        assertThat(match.status()).isEqualTo(IssueMatch.Status.NO_SUCH_ISSUE);
        assertThat(match.ref().kind()).isEqualTo(IssueRef.Kind.PREVIOUS);
        assertThat(match.nearest()).containsExactly(MAR_1);
    }

    @Test
    void anEmptyPaperHasNoIssueToName() {
        IssueMatch match = IssueRefs.resolve("最新一期讲了什么", List.of());

        assertThat(match.status()).isEqualTo(IssueMatch.Status.NO_SUCH_ISSUE);
        assertThat(match.nearest()).isEmpty();
    }

    @Test
    void onAPaperWithoutNumbersTheNthIssueCountsFromTheEarliest() {
        Issue a = issue("a", "", LocalDate.of(2021, 1, 1));
        Issue b = issue("b", "", LocalDate.of(2021, 1, 8));

        assertThat(IssueRefs.resolve("第一期讲了什么", List.of(b, a)).issue()).isEqualTo(a);
        assertThat(IssueRefs.resolve("第2期讲了什么", List.of(b, a)).issue()).isEqualTo(b);
    }

    @ParameterizedTest
    @ValueSource(strings = {"食堂能坐多少人", "3月2日举行了什么活动", "2021年3月2日签约的是哪家公司", "这期间集团做了什么",
            "上期末的库存是多少", "近期有哪些新车", "第三期培训班什么时候开班", "3月2日报道的会议在哪开",
            "增长了3.2个百分点", "上期所铜价涨了多少", "当期利润是多少", "本期工程什么时候完工"})
    void ordinaryQuestionsNameNoIssue(String question) {
        IssueMatch match = IssueRefs.resolve(question, PAPER);

        assertThat(match.status()).isEqualTo(IssueMatch.Status.NOT_NAMED);
        assertThat(match.ref()).isNull();
        assertThat(match.rest()).isEqualTo(question);
    }

    @ParameterizedTest
    @CsvSource({
            "d2, d2",
            "2, d2",
            "第2期, d2",
            "3月4日, d3",
            "3月4号, d3",
            "3.4, d3",
            "2021-03-01, d1",
            "2021/3/1, d1",
            "2021年3月1日, d1",
            "上期, d3",
            "最新一期, d4",
            "最早的一期, d1",
    })
    void aCommandArgumentIsAnIdANumberADateOrAPhrase(String argument, String issueId) {
        IssueMatch match = IssueRefs.resolveArgument(argument, PAPER);

        assertThat(match.status()).isEqualTo(IssueMatch.Status.RESOLVED);
        assertThat(match.issue().id()).isEqualTo(issueId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"食堂", "上期的食堂", "2021-02-30", "13月1日"})
    void otherArgumentsNameNoIssue(String argument) {
        assertThat(IssueRefs.resolveArgument(argument, PAPER).status()).isEqualTo(IssueMatch.Status.NOT_NAMED);
    }

    @Test
    void aBareDateArgumentWithoutAnIssueIsNamedButMissing() {
        IssueMatch match = IssueRefs.resolveArgument("3月3日", PAPER);

        assertThat(match.status()).isEqualTo(IssueMatch.Status.NO_SUCH_ISSUE);
        assertThat(match.nearest()).containsExactly(MAR_4, MAR_2);
    }

    @ParameterizedTest
    @CsvSource({"第12期, 12", "总第1024期, 1024", "12, 12", "第十二期, 12", "'', -1"})
    void theIssueNumberIsReadFromTheSidecarOrFrontMatter(String printed, int expected) {
        assertThat(IssueRefs.issueNumber(issue("x", printed, null)).orElse(-1)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            截至11月3号，工厂一共交付了多少辆 | --11-03
            十一月三日那天开了什么会           | --11-03
            2020年2月29日出了什么事            | --02-29
            11月24日那期头版讲什么             | --11-24
            """)
    void aCalendarDayIsReadWhetherOrNotItNamesAnIssue(String text, String day) {
        assertThat(IssueRefs.dayNamed(text)).contains(java.time.MonthDay.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"上个月交付了多少辆", "13月40日开了什么会", "第3期讲了什么"})
    void noDayIsReadWhereNoneIsNamed(String text) {
        assertThat(IssueRefs.dayNamed(text)).isEmpty();
    }
}
