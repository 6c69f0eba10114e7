package com.newsbot.bot.answer.question;

import com.newsbot.bot.SeedComposer;
import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.Turn;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who wrote an article, answered from its byline, over a real index of the seed issue. */
class BylineAnswerTest {
    static final NewsIndex index = SeedIndex.shared();
    static final AnswerComposer composer = SeedComposer.open();

    @AfterAll
    static void close() {
        composer.close();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "微评是谁写的？|李文红|微评",
            "劳模那篇文章的作者是谁？|林芸|全国劳动模范",
            "谁写了客户服务系统那篇报道？|杨淑媛|用户服务平台",
            "微评的作者是什么职务？|上汽销售党委书记|微评",
    })
    void theBylineOfTheNamedArticleAnswersAndCitesIt(String question, String author, String title) throws Exception {
        Answer answer = composer.answer(question);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains(author).contains("[1]");
        Citation c = answer.citations().get(0);
        assertThat(c.title()).contains(title);
        assertThat(c.author()).contains(author);
        Article article = index.article(c.articleId()).orElseThrow();
        assertThat(article.text().substring(c.start(), c.end())).isEqualTo(c.quote()).isNotBlank();
    }

    @Test
    void thisArticleIsTheOneThePreviousAnswerCited() {
        String first = "联创汽车电子和哪家公司达成了战略合作？";
        List<Turn> history = List.of(new Turn(first, composer.answer(first)));

        Answer answer = composer.answer("这篇是谁写的？", history);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("阮希琼");
        assertThat(answer.citations().get(0).title()).contains("大陆集团");
    }

    @Test
    void anArticleThePaperDoesNotHaveGetsNoByline() {
        Answer answer = composer.answer("天气预报是谁写的？");

        assertThat(answer.found()).isFalse();
        assertThat(answer.text()).doesNotContain("作者是");
    }

    @Test
    void onlyQuestionsAboutWhoWroteAreBylineQuestions() {
        assertThat(Bylines.subject("微评是谁写的？")).contains("微评");
        assertThat(Bylines.subject("劳模那篇文章的作者是谁？")).contains("劳模");
        assertThat(Bylines.subject("这篇是谁写的？")).contains("");
        assertThat(Bylines.subject("微评的作者？")).contains("微评");
        assertThat(Bylines.subject("微评作者的职务是什么？")).contains("微评");
        assertThat(Bylines.subject("作者在文中说了什么？")).isEmpty();
        assertThat(Bylines.subject("记者采访了谁？")).isEmpty();
        assertThat(Bylines.subject("上汽在职的全国劳模有几位？")).isEmpty();
        assertThat(Bylines.subject("这篇是哪个记者写的？")).contains("");
        assertThat(Bylines.subject("展会那篇是哪位记者采访的？")).contains("展会");
    }

    @Test
    void aReporterCreditedInTheTextIsTheBylineOfAnArticleWithoutOne() {
        assertThat(Bylines.credited("新华社杭州5月6日电(记者王小明)本月起，全市公园延长开放时间。")).isEqualTo("王小明");
        assertThat(Bylines.credited("全市公园延长开放时间。\n(本报杭州5月6日电本报记者李青本报通讯员赵阳)")).isEqualTo("李青");
        assertThat(Bylines.credited("记者今天从市园林局获悉，全市公园延长开放时间。")).isEmpty();
        assertThat(Bylines.credited("记者走访多家公园发现，游客不多。")).isEmpty();
    }
}
