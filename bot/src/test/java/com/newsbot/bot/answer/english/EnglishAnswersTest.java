package com.newsbot.bot.answer.english;

import com.newsbot.bot.SeedComposer;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** English questions answered offline over a real index of the seed issue: the Chinese answer, quoted and cited. */
class EnglishAnswersTest {
    static final AnswerComposer composer = SeedComposer.open();

    @AfterAll
    static void close() {
        composer.close();
    }

    @Test
    void anEnglishCountQuestionGetsTheChineseNumberQuotedAndCitedInAnEnglishFrame() {
        Answer answer = composer.answer("How many business scenarios does the customer service system cover?");

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).startsWith("From the paper (in Chinese):").contains("57个").endsWith("[1]");
        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).title()).contains("用户服务平台");
    }

    @Test
    void anEnglishWhereQuestionGetsThePlaceFromTheRightArticle() {
        Answer answer = composer.answer("Where was the award ceremony for national model workers held?");

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("北京");
        assertThat(answer.citations().get(0).title()).contains("全国劳动模范");
    }

    @Test
    void aCountQuestionWhoseNounIsFollowedByAPhrasalVerbCountsTheNoun() {
        Answer answer = composer.answer("How many people signed up for the activity?");

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("13000余人");
        assertThat(answer.citations().get(0).title()).contains("用户服务平台");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "How many astronauts landed on the Moon in this issue?",
            "What is the price of a cup of coffee in the staff canteen?",
            "Who is the president of the United States?",
    })
    void anEnglishQuestionThePaperDoesNotAnswerIsRefusedInEnglishWithoutAnAnswer(String question) {
        Answer answer = composer.answer(question);

        assertThat(answer.found()).isFalse();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).startsWith("The paper is in Chinese, and I found nothing in it that answers this.")
                .containsPattern("“\\p{IsHan}.*？”");
    }

    @Test
    void anEnglishQuestionTooLittleOfWhichCanBeReadAsksForChinese() {
        Answer answer = composer.answer("Blorft zanquiry plimbers wuzzle?");

        assertThat(answer.found()).isFalse();
        assertThat(answer.text()).contains("Please ask again in Chinese");
    }
}
