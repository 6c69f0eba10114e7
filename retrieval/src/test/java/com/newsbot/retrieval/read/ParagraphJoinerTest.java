package com.newsbot.retrieval.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphJoinerTest {
    private final ParagraphJoiner joiner = new ParagraphJoiner();

    @Test
    void lineCutMidWordOrNumberContinuesOnTheNextLine() {
        assertThat(joiner.join(List.of("共有2", "8家企业参加，涉及新能", "源汽车。", "下一段。")))
                .containsExactly("共有28家企业参加，涉及新能源汽车。", "下一段。");
    }

    @Test
    void sentenceEndsAndAuthorMarksKeepRealParagraphBreaks() {
        assertThat(joiner.join(List.of("第一段结束了！", "“第二段是引语。”", "第三段。（王五）", "第四段：", "第五段……")))
                .containsExactly("第一段结束了！", "“第二段是引语。”", "第三段。（王五）", "第四段：", "第五段……");
    }

    @Test
    void openQuotationClosedOnTheNextLineIsOneParagraph() {
        assertThat(joiner.join(List.of("他说：“第一句完了。", "第二句也完了。”大家都笑了。")))
                .containsExactly("他说：“第一句完了。第二句也完了。”大家都笑了。");
    }

    @Test
    void quotationRunningOverParagraphsKeepsItsBreaks() {
        assertThat(joiner.join(List.of("“第一段引语。", "“第二段引语。”")))
                .containsExactly("“第一段引语。", "“第二段引语。”");
    }

    @Test
    void englishWordsCutByALineKeepASpace() {
        assertThat(joiner.join(List.of("支持自主泊车 and", "autonomous driving。")))
                .containsExactly("支持自主泊车 and autonomous driving。");
    }

    @Test
    void closingQuoteWithoutSentenceEndDoesNotEndAParagraph() {
        assertThat(ParagraphJoiner.endsSentence("这就是所谓的“夜总会”")).isFalse();
        assertThat(ParagraphJoiner.endsSentence("“服务项目启动倒计时——6天。”")).isTrue();
        assertThat(ParagraphJoiner.endsSentence("全年节电3.")).isFalse();
    }
}
