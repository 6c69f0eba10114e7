package com.newsbot.retrieval.index;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSetIterator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAnalysisTest {

    @Test
    void foldingTurnsTraditionalIntoSimplifiedAndFullWidthUpperCaseIntoPlainLowerCase() {
        assertThat(ChineseAnalysis.fold("職工技能大賽在哪裡舉行")).isEqualTo("职工技能大赛在哪里举行");
        assertThat(ChineseAnalysis.fold("ＭＧ４電動車 SUV")).isEqualTo("mg4电动车 suv");
        assertThat(ChineseAnalysis.fold("新能源汽车")).isEqualTo("新能源汽车");
    }

    @Test
    void shippedTableAgreesWithIcuForEveryCharacterIcuConverts() {
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        int checked = 0;
        for (UnicodeSetIterator it = new UnicodeSetIterator(icu.getSourceSet()); it.next(); ) {
            if (it.codepoint == UnicodeSetIterator.IS_STRING || it.codepoint > Character.MAX_VALUE) {
                continue;
            }
            String one = String.valueOf((char) it.codepoint);
            String expected = icu.transliterate(one);
            if (expected.length() == 1) {
                assertThat(ChineseAnalysis.fold(one)).as("U+%04X", it.codepoint)
                        .isEqualTo(com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance().normalize(expected));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(2500);
    }

    @Test
    void wordsAndBigramsAreTheSameForBothScripts() {
        for (var analyzer : List.of(ChineseAnalysis.words(), ChineseAnalysis.bigrams())) {
            assertThat(ChineseAnalysis.terms(analyzer, "f", "勞動模範表彰大會", 100))
                    .isEqualTo(ChineseAnalysis.terms(analyzer, "f", "劳动模范表彰大会", 100))
                    .isNotEmpty();
        }
    }

    @Test
    void wordsLeaveOutQuestionWordsAndPunctuation() {
        assertThat(ChineseAnalysis.terms(ChineseAnalysis.words(), "f", "焊接冠军是谁？", 100))
                .contains("焊接", "冠军")
                .doesNotContain("谁", "是", "？");
    }

    @Test
    void bigramsPairNeighbouringHanCharacters() {
        assertThat(ChineseAnalysis.terms(ChineseAnalysis.bigrams(), "f", "临港基地", 100))
                .containsExactly("临港", "港基", "基地");
    }
}
