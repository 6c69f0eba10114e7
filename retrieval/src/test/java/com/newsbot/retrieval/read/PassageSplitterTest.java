package com.newsbot.retrieval.read;

import com.newsbot.retrieval.Passage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PassageSplitterTest {
    private final PassageSplitter splitter = new PassageSplitter();

    @Test
    void shortArticleIsOnePassage() {
        String text = "上汽集团召开大会。会议总结了全年工作！";

        List<Passage> passages = splitter.split("a-01", text);

        assertThat(passages).singleElement().satisfies(p -> {
            assertThat(p.start()).isZero();
            assertThat(p.end()).isEqualTo(text.length());
            assertThat(p.articleId()).isEqualTo("a-01");
            assertThat(p.ordinal()).isZero();
        });
    }

    @Test
    void sentencesEndAtTerminatorsAndLineEndsKeepingClosingQuotes() {
        String text = "他说：“我们做到了。”大家鼓掌！真的吗？是的；当然……\n第二段";

        assertThat(sentences(text)).containsExactly("他说：“我们做到了。”大家鼓掌！", "真的吗？", "是的；", "当然……", "第二段");
    }

    @Test
    void sentencesNeverEndInsideNumbersQuotesOrBrackets() {
        String text = "增长3.5个百分点，达到1,000辆。他说：“好！我们继续。”然后离开。书名是《再见！青春》。备注（见附件。）结束。";

        assertThat(sentences(text)).containsExactly("增长3.5个百分点，达到1,000辆。", "他说：“好！我们继续。”然后离开。",
                "书名是《再见！青春》。", "备注（见附件。）结束。");
    }

    @Test
    void absurdlyLongQuotationFallsBackToSentenceEndsInsideIt() {
        String inner = "这是引语中的一句很长的话，用来撑满篇幅。".repeat(20);
        String text = "他说：“" + inner + "”说完就走了。";

        List<String> sentences = sentences(text);

        assertThat(sentences.size()).isGreaterThan(2);
        assertThat(sentences).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(PassageSplitter.MAX_CHARS));
    }

    @Test
    void longTextGivesBoundedPassagesWithExactOffsetsAndOneSentenceOverlap() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("第").append(i).append("句话讲述了项目组在第").append(i * 1.5).append("天完成的工作，")
                    .append(i % 3 == 0 ? "“成绩来之不易。”" : "效果良好").append("。");
            if (i % 7 == 6) {
                text.append('\n');
            }
        }
        String body = text.toString();

        List<Passage> passages = splitter.split("x-01", body);

        assertThat(passages.size()).isGreaterThan(3);
        for (int k = 0; k < passages.size(); k++) {
            Passage p = passages.get(k);
            assertThat(p.ordinal()).isEqualTo(k);
            assertThat(p.text()).isEqualTo(body.substring(p.start(), p.end()));
            assertThat(p.text().length()).isBetween(1, PassageSplitter.MAX_CHARS);
            if (k < passages.size() - 1) {
                assertThat(p.text().length()).isGreaterThanOrEqualTo(PassageSplitter.MIN_CHARS - 60);
                Passage next = passages.get(k + 1);
                assertThat(next.start()).as("overlap").isLessThan(p.end()).isGreaterThan(p.start());
                assertThat(p.text()).endsWith(body.substring(next.start(), p.end()));
            }
        }
        assertThat(passages.get(0).start()).isZero();
        assertThat(passages.get(passages.size() - 1).end()).isEqualTo(body.length());
        for (Passage p : passages) {
            assertThat(p.text()).doesNotStartWith("”").doesNotStartWith("。");
            assertThat(p.text().charAt(p.text().length() - 1)).isIn('。', '”');
        }
    }

    @Test
    void sentenceWithoutPunctuationIsCutToBoundedPieces() {
        String text = "甲".repeat(1000);

        List<Passage> passages = splitter.split("y-01", text);

        assertThat(passages).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_CHARS));
        assertThat(passages.get(passages.size() - 1).end()).isEqualTo(1000);
    }

    @Test
    void emptyTextHasNoPassages() {
        assertThat(splitter.split("z-01", "")).isEmpty();
    }

    private List<String> sentences(String text) {
        return splitter.sentences(text).stream().map(r -> text.substring(r[0], r[1])).toList();
    }
}
