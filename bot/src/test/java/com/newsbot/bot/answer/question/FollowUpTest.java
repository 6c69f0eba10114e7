package com.newsbot.bot.answer.question;

import com.newsbot.bot.SeedComposer;
import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.Turn;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Follow-ups resolved offline against the previous turn, over a real index of the seed issue. */
class FollowUpTest {
    static final NewsIndex index = SeedIndex.shared();
    static final AnswerComposer composer = SeedComposer.open();

    @AfterAll
    static void close() {
        composer.close();
    }

    private static List<Turn> after(String question) {
        return List.of(new Turn(question, composer.answer(question)));
    }

    @Test
    void pronounFollowUpCarriesThePreviousSubject() {
        List<Turn> history = after("联创汽车电子和哪家公司达成了战略合作？");

        Answer answer = composer.answer("他们是哪天签的？", history);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("11月23日");
        assertThat(answer.citations().get(0).title()).contains("联创汽车电子");
    }

    @Test
    void whoFollowUpAfterACountNamesThePeopleNotTheCountAgain() {
        List<Turn> history = after("上汽在职的全国劳模有几位？");
        assertThat(history.get(0).answer().text()).contains("13位");

        Answer answer = composer.answer("他们是谁？", history);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("仇杰", "张生春").doesNotContain("13位");
    }

    @Test
    void followUpOpeningWithThatAndSayingSignedInFullIsResolvedToo() {
        List<Turn> history = after("联创汽车电子和哪家公司达成了战略合作？");

        Answer answer = composer.answer("那他们是哪天签约的？", history);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("11月23日");
        assertThat(answer.citations().get(0).title()).contains("联创汽车电子");
    }

    @Test
    void withoutTheHistoryTheSameFollowUpHasNothingToStandOn() {
        Answer answer = composer.answer("他们是哪天签的？");

        assertThat(answer.text()).doesNotContain("11月23日");
    }

    @Test
    void ellipticalFollowUpAsksTheSameAboutAnotherPerson() {
        List<Turn> history = after("仇杰是哪个单位的？");

        Answer answer = composer.answer("那张生春呢？", history);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("张生春");
    }

    @Test
    void questionThatStandsAloneIsNotBentByTheHistory() {
        List<Turn> history = after("联创汽车电子和哪家公司达成了战略合作？");

        Answer answer = composer.answer("客户服务系统实现了多少项功能？", history);

        assertThat(answer.text()).contains("886项");
    }

    @Test
    void shortQuestionWithTwoThingsOfItsOwnIsReadAloneWhenThePaperAnswersIt() {
        List<Turn> history = after("联创汽车电子和哪家公司达成了战略合作？");

        Answer answer = composer.answer("仇杰是哪个单位的？", history);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("仇杰", "技术中心");
        assertThat(answer.citations().get(0).title()).contains("全国劳动模范");
    }

    @Test
    void followUpOfAShortQuestionReadAloneCarriesOnlyThatQuestion() {
        List<Turn> history = new java.util.ArrayList<>(after("联创汽车电子和哪家公司达成了战略合作？"));
        history.add(new Turn("仇杰是哪个单位的？", composer.answer("仇杰是哪个单位的？", history)));

        Answer answer = composer.answer("那张生春呢？", history);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("张生春");
        assertThat(answer.citations().get(0).title()).contains("全国劳动模范");
    }

    @Test
    void shortQuestionThatPointsBackOrAsksWhatAboutStaysAFollowUp() {
        assertThat(FollowUps.mayStandAlone("仇杰是哪个单位的？")).isTrue();
        assertThat(FollowUps.mayStandAlone("他们是哪天签的？")).isFalse();
        assertThat(FollowUps.mayStandAlone("张生春呢？")).isFalse();
        assertThat(FollowUps.mayStandAlone("几位？")).isFalse();
    }

    @Test
    void followUpIsRecognisedByPronounOrLackOfContent() {
        assertThat(FollowUps.isFollowUp("他们是哪天签的？")).isTrue();
        assertThat(FollowUps.isFollowUp("那第二篇呢？")).isTrue();
        assertThat(FollowUps.isFollowUp("几位？")).isTrue();
        assertThat(FollowUps.isFollowUp("客户服务系统实现了多少项功能？")).isFalse();
        assertThat(FollowUps.isFollowUp("当时现场撤离了多少居民？")).isTrue(); // the time of what was just said
    }

    @Test
    void nthStoryIsTheNthStoryOfTheLatestIssueCitedByItsLead() throws Exception {
        List<Turn> history = after("第一篇讲了什么？");

        Answer answer = composer.answer("那第二篇呢？", history);

        assertThat(history.get(0).answer().citations().get(0).title()).contains("全国劳动模范");
        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("联创汽车电子与大陆集团达成战略合作").endsWith("[1]");
        Citation c = answer.citations().get(0);
        assertThat(index.article(c.articleId()).orElseThrow().text().substring(c.start(), c.end())).isEqualTo(c.quote());
        assertThat(c.quote()).startsWith("11月23日");
    }

    @Test
    void storyNumberBeyondTheIssueIsNotAnOrdinalAnswer() {
        assertThat(Ordinals.position("第十篇讲了什么？")).contains(10);
        assertThat(composer.answer("第九篇讲了什么？").text()).doesNotContain("第九篇是");
    }

    @Test
    void anOrdinalBeforeAnotherNounIsNotAStoryNumber() {
        assertThat(Ordinals.position("上海的第一条地铁是哪年通车的？")).isEmpty();
        assertThat(Ordinals.position("第三条讲了什么？")).contains(3);
        assertThat(Ordinals.position("第2条新闻呢？")).contains(2);
        assertThat(Ordinals.position("那第二篇呢？")).contains(2);
    }
}
