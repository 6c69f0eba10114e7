package com.newsbot.bot.answer.question;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.Turn;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A follow-up carries the previous question's subject, not its question and measure words: after a 几名 count
 * question, 他们获得了什么称号 is answered by the sentence naming the title, not by the count again.
 */
class FollowUpOwnTypeTest {
    @TempDir
    static Path dir;
    static NewsIndex index;
    static AnswerComposer composer;

    @BeforeAll
    static void indexAnIssue() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("factory.md"), """
                ---
                title: 厂区简讯
                date: 2021-03-01
                ---
                ## 王强等三人荣获“全市技术能手”称号
                作者：李华
                11月5日，全市职工技能大赛表彰会在市会展中心举行。
                华光集团机械分厂钳工王强，华光电气车间技师李明和华光焊装公司班组长赵刚荣获“全市技术能手”称号并接受表彰。
                王强表示，这份荣誉是一种鼓励，也是一种鞭策。
                一个标兵，就是一个榜样。一群标兵，凝聚前进力量。他们身上所体现出的精益求精的标兵精神，是职工学习的榜样。截至目前，华光在岗市级标兵共有9名。

                ## 食堂推出春季新菜单
                作者：周敏
                3月起，厂区食堂推出春季新菜单，新增凉拌春笋、荠菜馄饨等十余道菜品。
                """);
        index = NewsIndex.open(dir.resolve("index"), false);
        assertThat(index.update(seeds, IndexProgress.NONE).problems()).isEmpty();
        composer = new AnswerComposer(index);
    }

    @AfterAll
    static void close() throws Exception {
        composer.close();
        index.close();
    }

    @Test
    void theFollowUpsOwnQuestionWordPicksTheSentence() {
        String first = "华光在岗的市级标兵有几名？";
        Answer count = composer.answer(first);
        assertThat(count.text()).contains("9名");

        List<Turn> history = List.of(new Turn(first, count));
        FollowUps.Resolved resolved = new FollowUps().resolve("他们都获得了什么称号？", history);
        assertThat(resolved.context()).contains("华光", "市级", "标兵").doesNotContain("有", "几", "名");

        Answer answer = composer.answer("他们都获得了什么称号？", history);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("全市技术能手").doesNotContain("9名");
    }
}
