package com.newsbot.retrieval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared Chinese text rules: sentences with their closing quotes, clauses, pairs and script folding. */
class ChineseTextTest {

    @Test
    void sentencesEndAtStopsAndKeepTheirClosingQuotes() {
        String text = "他说：“我们又有新任务了。”听罢，大家陷入了沉思！  第三句；第四句\n最后一句";

        List<String> sentences = ChineseText.sentences(text).stream().map(s -> s.of(text)).toList();

        assertThat(sentences).containsExactly("他说：“我们又有新任务了。”", "听罢，大家陷入了沉思！", "第三句；", "第四句", "最后一句");
    }

    @Test
    void clausesAlsoEndAtCommasAndColons() {
        String text = "为此，项目组开启了工作模式：大家加班加点。";

        assertThat(ChineseText.clauses(text).stream().map(s -> s.of(text)).toList())
                .containsExactly("为此，", "项目组开启了工作模式：", "大家加班加点。");
    }

    @Test
    void blankAndPunctuationOnlyTextsHaveNoEmptySentences() {
        assertThat(ChineseText.sentences("  \n ")).isEmpty();
        assertThat(ChineseText.sentences("。")).extracting(ChineseText.Span::start, ChineseText.Span::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1));
    }

    @Test
    void pairsAreAdjacentCharactersNeverAcrossPunctuation() {
        assertThat(ChineseText.pairs("劳模，MG4")).containsExactlyInAnyOrder("劳模", "MG", "G4");
    }

    @Test
    void openersAndClosersAreQuotesAndBrackets() {
        assertThat("“「（《【".chars().allMatch(c -> ChineseText.isOpener((char) c))).isTrue();
        assertThat("”」）》】".chars().allMatch(c -> ChineseText.isCloser((char) c))).isTrue();
        assertThat(ChineseText.isCloser('。')).isFalse();
        assertThat(ChineseText.isSentenceEnd('？')).isTrue();
    }

    @Test
    void foldingToSimplifiedKeepsTheLength() {
        String traditional = "勞動模範表彰大會";

        String simplified = ChineseText.simplified(traditional);

        assertThat(simplified).isEqualTo("劳动模范表彰大会").hasSameSizeAs(traditional);
    }
}
