package com.newsbot.bot.answer.render;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.candidates.HandBuilt;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.retrieve.Headlines;
import com.newsbot.retrieval.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer composed from a hand-built reading. */
class ReadingComposerTest {
    private static final LocalDate NOV_24 = LocalDate.of(2020, 11, 24);
    private static final Article HONOURS = HandBuilt.article("honours", "issue-1", "仇杰等四人荣获全国劳动模范称号",
            "11月24日，表彰大会在北京举行。上汽集团技术中心副主任仇杰等四人荣获全国劳动模范称号。截至目前，上汽在职全国劳模共有13位。");

    @Test
    void theComposedAnswerPutsTheDirectAnswerFirstThenTheQuoteAndItsCitation() {
        Asked asked = Asked.of("上汽在职的全国劳模有几位？");
        ArticleReader.Reading r = HandBuilt.read(asked, HONOURS, NOV_24, 0);

        Answer answer = new ReadingComposer(new Prompts()).compose("上汽在职的全国劳模有几位？", asked, r, HandBuilt.reader(),
                new Headlines(new Prompts(), null), 3);

        assertThat(answer.text()).isEqualTo("13位。截至目前，上汽在职全国劳模共有13位。 [1]");
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.articleId()).isEqualTo("honours");
            assertThat(c.title()).isEqualTo(HONOURS.title());
            assertThat(HONOURS.text().substring(c.start(), c.end())).isEqualTo(c.quote());
        });
    }
}
