package com.newsbot.bot.answer;

import com.newsbot.bot.SeedIndex;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A question typed in traditional characters over a simplified paper, and the other way round, over real indexes. */
class EitherScriptTest {
    @TempDir
    Path dir;

    @Test
    void aTraditionalQuestionOverTheSimplifiedSeedGetsTheSameAnswerQuotedAsPrinted() throws Exception {
        NewsIndex index = SeedIndex.shared();
        try (AnswerComposer composer = new AnswerComposer(index)) {
            Answer simplified = composer.answer("上汽在职的全国劳模有几位？");
            Answer traditional = composer.answer("上汽在職的全國勞模有幾位？");

            assertThat(traditional.found()).isTrue();
            assertThat(traditional.text()).isEqualTo(simplified.text()).contains("13位");
            assertCitesExactly(index, traditional);

            String firstFollowed = "聯創汽車電子和哪家公司達成了戰略合作？";
            Answer first = composer.answer(firstFollowed);
            Answer followUp = composer.answer("他們是哪天簽的？", List.of(new Turn(firstFollowed, first)));
            assertThat(first.text()).contains("大陆集团");
            assertThat(followUp.text()).contains("11月23日");
            assertThat(composer.answer("微評是誰寫的？").text()).contains("李文红");
        }
    }

    @Test
    void aSimplifiedQuestionOverATraditionalPaperIsAnsweredInThePapersOwnCharacters() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("2021-05-03.md"), """
                ---
                title: 廠訊
                date: 2021-05-03
                ---
                ## 臨港工廠二期建成投產
                作者：陳明
                臨港工廠二期於四月建成投產，主要生產純電動汽車。工廠擁有衝壓、焊裝、塗裝和總裝四大車間。
                焊裝車間共有機器人六百台，自動化率達到百分之九十八。

                ## 職工食堂推出冬季套餐
                作者：王芳
                集團職工食堂推出了冬季暖心套餐，每份十二元，包括羊肉湯和兩個熱菜。
                """);
        try (NewsIndex index = NewsIndex.open(dir.resolve("index"), false);
             AnswerComposer composer = new AnswerComposer(index)) {
            index.update(seeds, IndexProgress.NONE);

            Answer cars = composer.answer("临港工厂二期主要生产什么车？");
            Answer robots = composer.answer("焊装车间有多少台机器人？");
            Answer uncovered = composer.answer("集团的董事长是谁？");

            assertThat(cars.text()).contains("純電動汽車");
            assertThat(robots.text()).contains("六百台");
            assertCitesExactly(index, cars);
            assertCitesExactly(index, robots);
            assertThat(uncovered.found()).isFalse();
        }
    }

    private static void assertCitesExactly(NewsIndex index, Answer answer) throws Exception {
        Citation c = answer.citations().get(0);
        Article article = index.article(c.articleId()).orElseThrow();
        assertThat(article.text().substring(c.start(), c.end())).isEqualTo(c.quote());
        assertThat(answer.text()).endsWith(c.quote() + " [1]"); // a direct answer, quoted as printed, may go first
    }
}
