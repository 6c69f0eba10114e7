package com.newsbot.bot.chat;

import com.newsbot.retrieval.embed.BgeSmallZhEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Turn acts recognised by meaning with the real bge-small-zh model. The messages are the team's own, written apart from
 * the example wordings in {@code chat/turn-acts.txt} (none of them is an example) and from any evaluation set.
 */
class TurnActsTest {
    private static BgeSmallZhEmbeddingModel model;
    private static TurnActs acts;

    @BeforeAll
    static void load() {
        model = new BgeSmallZhEmbeddingModel();
        acts = new TurnActs(model);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "这篇报道的原文能发我看看吗, SOURCE",
            "给个出处呗, SOURCE",
            "前一天的报纸是怎么写的, OTHER_ISSUE",
            "后面那期报纸还有后续吗, OTHER_ISSUE",
            "不对，我问的是另一家公司, CORRECTION",
            "第三条具体讲讲, FROM_SUMMARY",
            "今天报纸有什么新闻, WHOLE_ISSUE",
            "帮我总结一下这一期, WHOLE_ISSUE",
            "好的，感谢, THANKS",
            "早啊, GREETING",
            "最新那期出了多少篇稿子, ISSUE_FACTS",
            "报纸一共出过几期, ISSUE_LIST",
            "这条消息登在几号的报纸上, SOURCE",
            "下周几号开会, QUESTION",
            "11月20号那期都说了点啥, WHOLE_ISSUE",
            "这个工厂一天能生产多少口罩, QUESTION",
            "他们是什么时候签约的, QUESTION",
            "德国现在一共确诊了多少人, QUESTION",
    })
    void readsWhatAMessageDoes(String message, TurnActs.Act expected) {
        TurnActs.Reading reading = acts.read(message);
        System.out.println(message + " → " + reading + " " + scores(message));
        assertThat(reading.act()).isEqualTo(expected);
    }

    @Test
    void aFrameClauseIsCutAndTheQuestionKept() {
        TurnActs.Reading reading = acts.read("不是这个，我问的是那家医院，一共收治了多少病人？");
        assertThat(reading.act()).isEqualTo(TurnActs.Act.CORRECTION);
        assertThat(reading.question()).contains("收治了多少病人");
    }

    @Test
    void aWholeIssueRequestThatReadsLikeAnotherIssueHasTheWholeIssueAsRunnerUp() {
        TurnActs.Reading reading = acts.read("今天报上都登了些啥");
        System.out.println(reading + scores("今天报上都登了些啥"));
        assertThat(List.of(reading.act(), reading.runnerUp())).contains(TurnActs.Act.WHOLE_ISSUE);
        assertThat(reading.second().act()).isEqualTo(reading.runnerUp());
    }

    @Test
    void anIssueNamedByDateOrNumberIsReadAsAnyIssue() {
        assertThat(TurnActs.generic("11月20号那期说说重点")).isEqualTo("那期说说重点");
        assertThat(TurnActs.generic("第12期讲了什么")).isEqualTo("那期讲了什么");
        assertThat(TurnActs.generic("他们几号签的约")).isEqualTo("他们几号签的约");
    }

    @Test
    void everyActHasExamplesAndOrdinaryQuestionsAreAmongThem() {
        Map<TurnActs.Act, List<String>> examples = TurnActs.load(TurnActs.RESOURCE);
        assertThat(examples.keySet()).containsExactlyInAnyOrder(TurnActs.Act.values());
        examples.values().forEach(list -> assertThat(list).hasSizeGreaterThanOrEqualTo(5));
    }

    private static String scores(String message) {
        StringBuilder out = new StringBuilder();
        acts.scores(message).forEach((act, s) -> out.append(String.format(java.util.Locale.ROOT, " %s=%.3f", act, s)));
        return out.toString();
    }
}
