package com.newsbot.bot.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerSpansTest {
    private static java.util.List<String> texts(Asked.Shape shape, String sentence, String question) {
        return AnswerSpans.find(shape, sentence, question).stream().map(s -> s.text().strip()).toList();
    }

    @Test
    void aDayOfTheMonthCountsNothing() {
        assertThat(texts(Asked.Shape.NUMBER, "统计公报4月2日正式公布，全年产值达1200亿元。", "产值具体是多少"))
                .contains("1200亿元").doesNotContain("2日", "4月");
    }

    @Test
    void aQuestionInDaysKeepsItsDays() {
        assertThat(texts(Asked.Shape.NUMBER, "展会将持续3日。", "展会持续几日")).contains("3日");
    }

    @Test
    void aQuestionForADayIsNotAnsweredByAnHour() {
        assertThat(texts(Asked.Shape.DATE, "新规4月5日起实施，每天10时开放。", "新规从哪天开始实施"))
                .contains("4月5日").doesNotContain("10时");
        assertThat(texts(Asked.Shape.DATE, "每天10时开放。", "每天几点开放")).contains("10时");
        assertThat(texts(Asked.Shape.DATE, "记者2日获悉，展馆每天开放。", "展馆几点开放")).isEmpty();
    }

    @Test
    void aRatioAskedIsAnsweredByAShareWrittenInWords() {
        assertThat(AnswerSpans.quantityWith("约三分之一的时间用于庭审。", "能省多大比例的时间", "%％成")).isPresent();
        assertThat(AnswerSpans.quantityWith("约三十人参加庭审。", "能省多大比例的时间", "%％成")).isEmpty();
    }
}
