package com.newsbot.bot.answer.decide;

import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.retrieve.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Both rules of the evidence gate, over picks and passages built in the test. */
class EvidenceGateTest {
    private static Evidence passage(int rank, String article, double lexical, double dense) {
        String text = "牡蒿的花期为8至10月，生于林缘、路旁。";
        return new Evidence(rank, text, 0, text.length(), article, "issue", "", null, "标题" + article, "", "story",
                "seeds/x.md", 1.0, lexical, dense);
    }

    /** A pick of the whole passage with the given pair and word coverage and anchor rarity. */
    private static SpanPicker.Pick pick(Evidence e, double passageCoverage, double wordCoverage, double anchor) {
        return new SpanPicker.Pick(e, 0, e.text().length(), 1.0, passageCoverage, anchor, false, wordCoverage);
    }

    @Test
    void supportAtTheThresholdIsEnoughWhateverElseHolds() {
        Evidence weak = passage(0, "a", 1.0, 0.0);

        assertThat(ExtractiveAnswerer.covers(pick(weak, 0.5, 0.5, 0.0), List.of(weak))).isTrue();
        assertThat(ExtractiveAnswerer.covers(pick(weak, 0.49, 0.49, 0.0), List.of(weak))).isFalse();
    }

    @Test
    void lowerSupportIsEnoughWhenARareTermCloseMeaningAndBothRankingsPointAtTheArticle() {
        Evidence top = passage(0, "a", 9.0, 0.62);
        Evidence other = passage(1, "b", 4.0, 0.48);
        List<Evidence> retrieved = List.of(top, other);

        assertThat(ExtractiveAnswerer.covers(pick(top, 0.35, 0.5, 0.82), retrieved)).isTrue();
    }

    @Test
    void theLowerSupportRuleNeedsEachOfItsSigns() {
        Evidence top = passage(0, "a", 9.0, 0.62);
        Evidence other = passage(1, "b", 4.0, 0.48);
        List<Evidence> retrieved = List.of(top, other);

        // support below the floor
        assertThat(ExtractiveAnswerer.covers(pick(top, 0.3, 0.45, 0.82), retrieved)).isFalse();
        // the rarest shared term is in many articles
        assertThat(ExtractiveAnswerer.covers(pick(top, 0.35, 0.5, 0.6), retrieved)).isFalse();
        // meaning too far (or no embeddings: cosine 0)
        Evidence far = passage(0, "a", 9.0, 0.45);
        assertThat(ExtractiveAnswerer.covers(pick(far, 0.35, 0.5, 0.82), List.of(far, other))).isFalse();
        Evidence lexicalOnly = passage(0, "a", 9.0, 0.0);
        assertThat(ExtractiveAnswerer.covers(pick(lexicalOnly, 0.35, 0.5, 0.82), List.of(lexicalOnly))).isFalse();
        // the dense ranking prefers another article
        Evidence closer = passage(1, "b", 4.0, 0.7);
        assertThat(ExtractiveAnswerer.covers(pick(top, 0.35, 0.5, 0.82), List.of(top, closer))).isFalse();
        // the lexical ranking prefers another article
        Evidence wordier = passage(1, "b", 12.0, 0.48);
        assertThat(ExtractiveAnswerer.covers(pick(top, 0.35, 0.5, 0.82), List.of(top, wordier))).isFalse();
    }
}
