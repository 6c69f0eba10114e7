package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What does not answer a follow-up: the headline of the story talked about quoted again, or a figure the reader typed
 * earlier. Own examples.
 */
class FollowUpAnswersTest {
    private static final String TITLE = "某市地铁三号线今日开通 全长二十公里";

    private static Citation cite(String articleId, String title) {
        return new Citation(1, "i1", "日报", LocalDate.of(2024, 5, 1), articleId, title, "", "", 0, 0, "");
    }

    private static Answer answer(String text, Citation c) {
        return new Answer("问", true, text, AnswerMode.EXTRACTIVE, List.of(c), List.of(), 1, "");
    }

    @Test
    void theStorysHeadlineQuotedAgainDoesNotAnswerAFollowUp() {
        Citation story = cite("a1", TITLE);
        assertThat(FollowUpAnswers.quotesHeadline(answer("二十公里。《" + TITLE + "》本报讯…", story), story)).isTrue();
    }

    @Test
    void aFigureTheReaderTypedEarlierDoesNotAnswerAFollowUp() {
        Citation story = cite("a1", TITLE);
        Answer earlier = answer("二十公里。 [1]", story);
        List<Said> said = List.of(new Said("那条修了二十公里的地铁线有几座车站？", "那条修了二十公里的地铁线有几座车站？", earlier,
                false));
        Answer sameFigure = new Answer("问", true, "二十公里。 [1]", AnswerMode.EXTRACTIVE, List.of(story), List.of(), 1,
                "二十公里");
        Answer newFigure = new Answer("问", true, "十五座。 [1]", AnswerMode.EXTRACTIVE, List.of(story), List.of(), 1,
                "十五座");
        assertThat(FollowUpAnswers.userSaid(sameFigure, said)).isTrue();
        assertThat(FollowUpAnswers.userSaid(newFigure, said)).isFalse();
    }

    @Test
    void aSentenceOfTheBodyOrAnotherArticlesHeadlineDoes() {
        Citation story = cite("a1", TITLE);
        assertThat(FollowUpAnswers.quotesHeadline(answer("共设车站十五座。 [1]", story), story)).isFalse();
        Citation other = cite("a2", "某市公交线路调整");
        assertThat(FollowUpAnswers.quotesHeadline(answer("《某市公交线路调整》…", other), story)).isFalse();
        assertThat(FollowUpAnswers.quotesHeadline(new Answer("问", false, "《" + TITLE + "》", AnswerMode.EXTRACTIVE,
                List.of(), List.of(), 1), story)).isFalse();
    }
}
