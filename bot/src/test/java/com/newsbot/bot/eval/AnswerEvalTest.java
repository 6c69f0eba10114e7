package com.newsbot.bot.eval;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerEvalTest {

    private static Answer found(String text, String title) {
        Citation c = new Citation(1, "i", "", null, "a", title, "", text, 0, text.length(), "seeds/i.md");
        return new Answer("q", true, text + " [1]", AnswerMode.EXTRACTIVE, List.of(c), List.of(), 3);
    }

    private static Answer notFound() {
        return new Answer("q", false, "没有找到", AnswerMode.EXTRACTIVE, List.of(), List.of(), 3);
    }

    @Test
    void answerIsRightWhenItHoldsEveryRequiredStringAndCitesTheExpectedArticleFirst() {
        AnswerEval.Case c = new AnswerEval.Case("q", List.of("13位"), List.of(), "劳动模范", false);

        assertThat(AnswerEval.judge(c, found("共有13位", "荣获全国劳动模范称号")).right()).isTrue();
        assertThat(AnswerEval.judge(c, found("共有12位", "荣获全国劳动模范称号")).why()).contains("13位");
        assertThat(AnswerEval.judge(c, found("共有13位", "战略合作")).why()).contains("first citation");
        assertThat(AnswerEval.judge(c, notFound()).right()).isFalse();
    }

    @Test
    void anyListNeedsOneOfItsStrings() {
        AnswerEval.Case c = new AnswerEval.Case("q", List.of(), List.of("肯定", "激励"), "", false);

        assertThat(AnswerEval.judge(c, found("是一种激励", "t")).right()).isTrue();
        assertThat(AnswerEval.judge(c, found("是一种荣誉", "t")).right()).isFalse();
    }

    private static Answer leadingWith(String direct, String text) {
        Citation c = new Citation(1, "i", "", null, "a", "t", "", text, 0, text.length(), "seeds/i.md");
        return new Answer("q", true, direct + "。" + text + " [1]", AnswerMode.EXTRACTIVE, List.of(c), List.of(), 3, direct);
    }

    @Test
    void directAnswersCountTheRightAnswersWhoseShortAnswerHoldsWhatIsAsked() {
        AnswerEval.Case newCars = new AnswerEval.Case("新车有几款？", List.of("12款"), List.of(), "", false);
        AnswerEval.Case eitherSpelling = new AnswerEval.Case("几个工厂？", List.of(), List.of("3个工厂", "3家工厂"), "", false);
        AnswerEval.Case yesNo = new AnswerEval.Case("是不是？", List.of(), List.of(), "", false, List.of("是"), "", "yesno", -1);
        AnswerEval.Report report = new AnswerEval.Report(List.of(
                AnswerEval.judge(newCars, leadingWith("60万辆", "销售60万辆，发布12款新车")), // right by its quote only
                AnswerEval.judge(eitherSpelling, leadingWith("3家工厂", "新建3家工厂")),
                AnswerEval.judge(newCars, found("发布12款新车", "t")), // no direct answer: not counted
                AnswerEval.judge(newCars, leadingWith("11款", "发布11款新车")), // wrong: not counted
                AnswerEval.judge(yesNo, leadingWith("是的", "是"))));

        assertThat(report.right()).isEqualTo(4);
        assertThat(report.directAnswers()).startsWith("direct answers: 1 of the 2 right answers");
        assertThat(new AnswerEval.Report(List.of(AnswerEval.judge(newCars, found("发布12款新车", "t")))).directAnswers())
                .isEmpty();
    }

    @Test
    void unanswerableQuestionIsRightOnlyWhenNothingIsFound() {
        AnswerEval.Case c = new AnswerEval.Case("q", List.of(), List.of(), "", true);

        assertThat(AnswerEval.judge(c, notFound()).right()).isTrue();
        assertThat(AnswerEval.judge(c, found("编造的答案", "t")).right()).isFalse();
    }

    @Test
    void reportTableHasOneRowPerQuestionAndTheTotal() {
        AnswerEval.Report report = AnswerEval.score(List.of(
                new AnswerEval.Case("几位？", List.of("13位"), List.of(), "", false),
                new AnswerEval.Case("董事长？", List.of(), List.of(), "", true)), q -> found("共有13位", "t"));

        assertThat(report.right()).isEqualTo(1);
        assertThat(report.toString()).contains("几位？", "董事长？", "right: 1/2");
    }

    @Test
    void squadSetIsIndexedAskedAndMeasured() throws URISyntaxException, java.io.IOException {
        Path fixture = Path.of(AnswerEvalTest.class.getResource("/eval/mini_traditional.json").toURI());

        AnswerEval.SquadReport report = AnswerEval.squad(fixture, false);

        assertThat(report.questions()).isEqualTo(4);
        assertThat(report.goldArticleCitedFirst()).isGreaterThanOrEqualTo(0.75);
        assertThat(report.goldInShortAnswer()).isGreaterThanOrEqualTo(0.5);
        assertThat(report.medianAnswerChars()).isLessThanOrEqualTo(AnswerEval.MAX_ANSWER_CHARS);
        assertThat(report.toString()).contains("mini_traditional", "gold answer in an answer");
        // the canteen article's two questions, asked of a paper holding only the factory article
        assertThat(report.uncoveredAsked()).isEqualTo(2);
        assertThat(report.uncoveredAnswered()).isZero();
        assertThat(report.toString()).contains("0 of 2 answered");
    }

    @Test
    void detailsShowEveryAnswerButTheHeldOutFoldsWhichCountOnly() {
        // given a question of fold 0 and one of the held-out fold, both answered
        AnswerEval.Case read = new AnswerEval.Case("几位？", List.of("13位"), List.of(), "", false, List.of(), "", "count", 0);
        AnswerEval.Case heldOut = new AnswerEval.Case("多少人？", List.of("5人"), List.of(), "", false, List.of(), "",
                "count", AnswerEval.HELD_OUT_FOLD);
        AnswerEval.Report report = new AnswerEval.Report(List.of(AnswerEval.judge(read, found("共有13位劳模", "劳模表彰")),
                AnswerEval.judge(heldOut, found("共有5人", "表彰"))));

        // when
        List<String> lines = report.details().lines().toList();

        // then the first shows its question, answer and citation; the held-out one only whether it was right
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"q\":\"几位？\"", "\"right\":true", "共有13位劳模", "\"title\":");
        assertThat(lines.get(1)).isEqualTo("{\"n\":2,\"fold\":4,\"right\":true}");
    }
}
