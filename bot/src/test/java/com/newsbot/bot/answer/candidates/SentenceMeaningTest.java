package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.answer.retrieve.IndexPaper;
import com.newsbot.bot.answer.retrieve.Paper;
import com.newsbot.retrieval.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which sentence of a known article a question means, over the real seed index with bge-small-zh vectors: the question
 * in a reader's own words, the sentence in the paper's.
 */
class SentenceMeaningTest {

    private static Article partnership() throws Exception {
        return SeedIndex.sharedWithEmbeddings().searchArticles("联创汽车电子 大陆集团 战略合作", 1).get(0).article();
    }

    @Test
    void theSentenceClosestInMeaningIsMarkedBestAndEveryOtherByHowFarItFallsBehind() throws Exception {
        // given the partnership story and a question sharing hardly a word with the sentence that answers it
        Paper paper = new IndexPaper(SeedIndex.sharedWithEmbeddings(), 8);
        List<ArticleReader.Unit> units = ArticleReader.units(partnership());

        // when
        double[][] meaning = SentenceMeaning.of(paper, "这回合作光做国内的买卖吗？", units);

        // then the sentence about reaching customers abroad is the closest; the headline is not compared
        int best = -1;
        for (int i = 0; i < units.size(); i++) {
            if (meaning[i][0] == 1) {
                assertThat(best).as("one closest sentence").isEqualTo(-1);
                best = i;
            } else if (!units.get(i).headline()) {
                assertThat(meaning[i][1]).isNegative();
            }
        }
        assertThat(units.get(best).text()).contains("国外客户");
        assertThat(meaning[0]).isEqualTo(PassageMeaning.NONE);
    }

    @Test
    void withoutEmbeddingsNothingIsKnownOfAnySentence() throws Exception {
        Paper paper = new IndexPaper(SeedIndex.shared(), 8);
        List<ArticleReader.Unit> units = ArticleReader.units(partnership());

        double[][] meaning = SentenceMeaning.of(paper, "这回合作光做国内的买卖吗？", units);

        assertThat(List.of(meaning)).hasSize(units.size()).allSatisfy(m -> assertThat(m).isEqualTo(PassageMeaning.NONE));
    }
}
