package com.newsbot.bot.answer;

import com.newsbot.bot.SeedComposer;
import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.decide.ExtractiveAnswerer;
import com.newsbot.bot.eval.AnswerEval;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Offline answers over a real index of the seed issue, with golden questions of our own. */
class AnswerComposerTest {
    static final NewsIndex index = SeedIndex.shared();
    static final AnswerComposer composer = SeedComposer.open();

    @AfterAll
    static void close() {
        composer.close();
    }

    @Test
    void everyGoldenQuestionIsAnsweredRightIncludingTheOnesThePaperDoesNotCover() throws Exception {
        Path golden = Path.of(AnswerComposerTest.class.getResource("/answer/golden-seed.jsonl").toURI());
        List<AnswerEval.Case> cases = AnswerEval.readCases(golden);

        AnswerEval.Report report = AnswerEval.score(cases, composer::answer);

        assertThat(cases).hasSizeGreaterThan(30);
        assertThat(report.rows()).filteredOn(r -> !r.right())
                .extracting(r -> r.expected().question() + " -> " + r.answer().text() + " (" + r.why() + ")")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "上汽在职的全国劳模有几位？|13位",
            "客户服务系统覆盖了多少个业务场景？|57个",
            "活动报名人数有多少人？|13000余人",
            "联创汽车电子与大陆集团在哪一天签署了备忘录？|11月23日",
            "谁在签约仪式上表示汽车智能网联化是胜负手？|祖似杰",
            "表彰大会在什么地方举行？|北京人民大会堂",
    })
    void questionWordPointsAtTheKindOfAnswer(String question, String expected) {
        Answer answer = composer.answer(question);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains(expected).endsWith("[1]");
        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
    }

    @Test
    void coverageReadsTheQuestionOnceForEverySetOfArticles() {
        String question = "上汽在职的全国劳模有几位？";
        String answering = composer.answer(question).citations().get(0).articleId();
        String other = composer.answer("谁在签约仪式上表示汽车智能网联化是胜负手？").citations().get(0).articleId();
        assertThat(other).isNotEqualTo(answering);

        double[] both = composer.coverage(question, List.of(java.util.Set.of(answering), java.util.Set.of(other)));

        assertThat(both).hasSize(2);
        assertThat(both[0]).isGreaterThan(both[1]).isGreaterThan(0.5);
        assertThat(composer.coverage(question, List.of(java.util.Set.of(answering, other)))[0]).isGreaterThanOrEqualTo(both[0]);
        assertThat(composer.coverage(question, List.of())).isEmpty();
    }

    @Test
    void answerIsAShortQuoteNotAParagraph() {
        Answer answer = composer.answer("项目组在多少天内完成了小程序的设计、开发和测试？");

        assertThat(answer.text()).contains("12天");
        assertThat(answer.text().length()).isLessThan(150);
        assertThat(answer.citations().get(0).quote().length()).isLessThanOrEqualTo(SpanPicker.MAX_WIDENED);
    }

    @Test
    void citationQuotesTheArticleExactlyAtItsOffsetsAndNamesItsSource() throws Exception {
        Answer answer = composer.answer("2-BOX制动系统由什么组成？");

        assertThat(answer.citations()).hasSize(1);
        Citation c = answer.citations().get(0);
        Article article = index.article(c.articleId()).orElseThrow();
        assertThat(article.text().substring(c.start(), c.end())).isEqualTo(c.quote());
        assertThat(answer.text()).endsWith(c.quote() + " [1]");
        assertThat(answer.text().substring(0, answer.text().length() - c.quote().length() - 4))
                .as("what goes before the quote is its direct answer, taken from it").satisfiesAnyOf(
                        before -> assertThat(before).isEmpty(),
                        before -> assertThat(c.quote()).contains(before.replaceAll("。$", "")));
        assertThat(c.n()).isEqualTo(1);
        assertThat(c.issueId()).isEqualTo("000_ca8ae608e85ef6a0");
        assertThat(c.date()).hasToString("2020-11-24");
        assertThat(c.title()).contains("联创汽车电子与大陆集团达成战略合作");
        assertThat(c.author()).isEqualTo("阮希琼");
        assertThat(c.source()).endsWith("000_ca8ae608e85ef6a0.txt");
    }

    @Test
    void everyFoundAnswerOfTheGoldenSetQuotesItsArticleExactly() throws Exception {
        Path golden = Path.of(AnswerComposerTest.class.getResource("/answer/golden-seed.jsonl").toURI());
        for (AnswerEval.Case c : AnswerEval.readCases(golden)) {
            Answer answer = composer.answer(c.question());
            for (Citation citation : answer.citations()) {
                Article article = index.article(citation.articleId()).orElseThrow();
                assertThat(article.text().substring(citation.start(), citation.end()))
                        .as(c.question()).isEqualTo(citation.quote());
            }
        }
    }

    @Test
    void sidebarCitationNamesTheStoryItIsPrintedIn() {
        Answer answer = composer.answer("上汽销售人要把什么样的服务带给每一位用户？");

        assertThat(answer.found()).isTrue();
        assertThat(answer.citations().get(0).title()).contains("微评").contains("用户服务平台");
    }

    @Test
    void questionAboutACoveredStoryThatItDoesNotAnswerIsNotFoundAndListsThatStory() {
        Answer answer = composer.answer("联创汽车电子和大陆集团的合作金额是多少？");

        assertThat(answer.found()).isFalse();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).contains("没有找到").doesNotContain("[1]");
        assertThat(answer.related()).extracting(h -> h.article().title()).containsExactly("联创汽车电子与大陆集团达成战略合作");
        assertThat(answer.text()).contains(answer.related().get(0).article().title());
    }

    @Test
    void questionAboutNothingInThePaperListsNoArticles() {
        for (String question : List.of("上汽集团的董事会有几名独立董事？", "今天天气怎么样", "asdfgh", "公司食堂下周吃什么？")) {
            Answer answer = composer.answer(question);
            assertThat(answer.found()).as(question).isFalse();
            assertThat(answer.related()).as(question).isEmpty();
        }
    }

    @Test
    void questionAboutSomethingElseEntirelyIsNotFound() {
        assertThat(composer.answer("珠穆朗玛峰有多高？").found()).isFalse();
        assertThat(composer.answer("如何申请年假？").found()).isFalse();
    }

    @Test
    void emptyOrPunctuationOnlyQuestionIsNotFoundWithoutFailing() {
        assertThat(composer.answer("").found()).isFalse();
        assertThat(composer.answer("？？？").found()).isFalse();
        assertThat(composer.answer(null).found()).isFalse();
    }

    @Test
    void veryLongQuestionIsAnsweredWithoutFailing() {
        Answer answer = composer.answer("劳模".repeat(50_000));

        assertThat(answer.text()).isNotBlank();
    }

    @Test
    void latencyIsMeasured() {
        Answer answer = composer.answer("上汽在职的全国劳模有几位？");

        assertThat(answer.latencyMs()).isGreaterThanOrEqualTo(0).isLessThan(5_000);
    }

    @Test
    void evidenceGateSeparatesCoveredFromUncoveredGoldenQuestions() throws Exception {
        Path golden = Path.of(AnswerComposerTest.class.getResource("/answer/golden-seed.jsonl").toURI());
        double lowestCovered = 1;
        double highestUncovered = 0;
        for (AnswerEval.Case c : AnswerEval.readCases(golden)) {
            double support = composer.inspect(c.question()).map(SpanPicker.Pick::support).orElse(0.0);
            if (c.unanswerable()) {
                highestUncovered = Math.max(highestUncovered, support);
            } else {
                lowestCovered = Math.min(lowestCovered, support);
            }
        }

        assertThat(highestUncovered).isLessThan(ExtractiveAnswerer.MIN_SUPPORT);
        assertThat(lowestCovered).isGreaterThanOrEqualTo(ExtractiveAnswerer.MIN_SUPPORT);
    }
}
