package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.question.Question;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.bot.answer.retrieve.TermWeights;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the picker grows a chosen sentence, over passages built in the test. */
class SpanPickerTest {
    private final SpanPicker picker = new SpanPicker(TermWeights.UNIFORM);

    private static Evidence passage(int rank, String article, String text) {
        return new Evidence(rank, text, 0, text.length(), article, "issue", "", null, "标题" + article, "", "story",
                "seeds/x.md", 1.0, 1.0, 1.0);
    }

    private SpanPicker.Pick pick(String question, Evidence... passages) {
        return picker.best(Question.of(question), List.of(passages)).orElseThrow();
    }

    @Test
    void aSentenceThatPointsBackTakesTheSentenceBeforeIt() {
        Evidence e = passage(0, "a", "新车间的设备全部来自国内供应商，交付周期缩短了一半。因此，新车间提前两个月投产。厂区还新建了食堂。");

        SpanPicker.Pick p = pick("新车间为什么提前投产？", e);

        assertThat(p.quote()).isEqualTo("新车间的设备全部来自国内供应商，交付周期缩短了一半。因此，新车间提前两个月投产。");
        assertThat(e.text().substring(p.from(), p.to())).isEqualTo(p.quote());
    }

    @Test
    void aSentenceWithoutTheAskedNumberTakesTheNeighbourThatHoldsIt() {
        Evidence e = passage(0, "a", "研发中心今年继续扩大工程师队伍。全年共招聘了320名。食堂也换了新的厨师。");

        SpanPicker.Pick p = pick("研发中心今年扩大工程师队伍招聘了多少名？", e);

        assertThat(p.quote()).contains("320名");
        assertThat(p.quote().length()).isLessThanOrEqualTo(SpanPicker.MAX_PAIR);
    }

    @Test
    void retrievalsFirstArticleIsPreferredOverALaterOneSharingAsManyWords() {
        Evidence first = passage(0, "a", "园区的新食堂于九月开业，能坐五百人同时就餐。");
        Evidence later = passage(1, "b", "园区的新食堂于九月开业，可容纳五百人同时就餐。");

        assertThat(pick("园区的新食堂可容纳多少人？", first, later).evidence().articleId()).isEqualTo("a");
    }

    @Test
    void anEntityQuestionIsNotAnsweredByTheSentenceThatOnlyRestatesIt() {
        Evidence e = passage(0, "a", "今年春天，车队承办了“江南绿色出行体验周”活动。为方便市民报名，车队上线了“随心约”小程序，"
                + "开发团队只用了十天。回顾“江南绿色出行体验周”小程序的开发过程，队员们都说收获很大。");

        SpanPicker.Pick p = pick("江南绿色出行体验周用的是哪个小程序？", e);

        assertThat(p.quote()).contains("随心约");
    }
}
