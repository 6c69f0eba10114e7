package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.question.Asked;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How an article's units hold the question's words, and how rare each word is among them. */
class WordHitsTest {
    private static final List<ArticleReader.Unit> STORY = List.of(
            new ArticleReader.Unit(-1, -1, "新工厂在临港投产"),
            new ArticleReader.Unit(0, 12, "新工厂今天正式投产。"),
            new ArticleReader.Unit(12, 30, "新工厂总投资达到八十亿元。"),
            new ArticleReader.Unit(30, 44, "新工厂年产能为二十万辆。"));

    @Test
    void aWordOneSentenceHoldsIsRarerThanOneEverySentenceRepeats() {
        WordHits hits = WordHits.of(List.of("工厂", "投资", "产能"), STORY);

        assertThat(hits.rarity(1)).isGreaterThan(hits.rarity(0));
        assertThat(hits.rarity(1)).isEqualTo(hits.rarity(2));
        assertThat(hits.rarity(0)).isGreaterThan(0);
    }

    @Test
    void eachUnitIsReadForEachWord() {
        WordHits hits = WordHits.of(List.of("工厂", "投资"), STORY);

        assertThat(hits.match(2, 1)).isEqualTo(1.0);
        assertThat(hits.match(3, 1)).isZero();
        for (int unit = 0; unit < STORY.size(); unit++) {
            assertThat(hits.match(unit, 0)).isEqualTo(1.0);
            assertThat(hits.match(unit, 0)).isEqualTo(UnitCues.match(STORY.get(unit).text(), "工厂"));
        }
    }

    @Test
    void aUnitThatSaysAWordInOtherWordsHoldsItBySynonym() {
        WordHits hits = WordHits.of(List.of("工厂", "开销"), List.of(
                new ArticleReader.Unit(-1, -1, "新工厂在临港投产"),
                new ArticleReader.Unit(0, 14, "新工厂的费用由集团承担。"),
                new ArticleReader.Unit(14, 30, "新工厂的开销由集团承担。")));

        assertThat(hits.bySynonym(1, 1)).isTrue(); // 费用 for 开销 (Cilin Dj08C01)
        assertThat(hits.bySynonym(2, 1)).isFalse(); // it holds 开销 itself
        assertThat(hits.bySynonym(0, 1)).isFalse(); // nor a synonym
        assertThat(hits.bySynonym(1, 0)).isFalse();
    }

    @Test
    void theRarerWordDecidesTheSentenceWhenTheReaderWeighsRarity() {
        ArticleReader reader = HandBuilt.reader();
        Asked asked = Asked.of("新工厂投资多少");
        WordHits hits = WordHits.of(asked.words(), STORY);
        String headline = STORY.get(0).text();

        double lead = reader.features(asked, headline, STORY.get(1), 1, PassageMeaning.NONE, hits).x()[UnitFeatures.LEX_RARE];
        double money = reader.features(asked, headline, STORY.get(2), 2, PassageMeaning.NONE, hits).x()[UnitFeatures.LEX_RARE];

        assertThat(money).isGreaterThan(lead);
    }
}
