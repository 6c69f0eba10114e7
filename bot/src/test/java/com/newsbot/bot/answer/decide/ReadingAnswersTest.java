package com.newsbot.bot.answer.decide;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.candidates.HandBuilt;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.retrieval.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a hand-built reading answers, and which of several reports answers. */
class ReadingAnswersTest {
    private static final LocalDate NOV_24 = LocalDate.of(2020, 11, 24);
    private static final LocalDate DEC_8 = LocalDate.of(2020, 12, 8);
    private static final Article HONOURS = HandBuilt.article("honours", "issue-1", "仇杰等四人荣获全国劳动模范称号",
            "11月24日，表彰大会在北京举行。上汽集团技术中心副主任仇杰等四人荣获全国劳动模范称号。截至目前，上汽在职全国劳模共有13位。");
    private static final Article PLANT = HandBuilt.article("plant", "issue-1", "新工厂一期工程投产",
            "新工厂一期工程昨日投产，年产整车10万辆。");

    private final ReadingAnswers answers = new ReadingAnswers(new Prompts());

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            上汽在职的全国劳模有几位？    | ''
            表彰大会哪天举行的            | ''
            大会在哪里举行                | ''
            为什么举行大会                | ''
            上汽投资了多少钱              | no MONEY
            劳模有几家工厂                | no NUMBER
            """)
    void theArticleAnswersWhenWhatIsAskedIsThere(String question, String refusal) {
        Asked asked = Asked.of(question);

        assertThat(ReadingAnswers.refusal(asked, HandBuilt.read(asked, HONOURS, NOV_24, 0), false)).isEqualTo(refusal);
    }

    @Test
    void withEmbeddingsAPassageOfAnotherMeaningIsRefused() {
        Asked asked = Asked.of("上汽在职的全国劳模有几位？");

        assertThat(ReadingAnswers.refusal(asked, HandBuilt.read(asked, HONOURS, NOV_24, 0), true)).isEqualTo("meaning 0.00");
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            二期工程年产多少辆    | 二期
            一期工程年产多少辆    | ''
            新工厂年产多少辆      | ''
            """)
    void aNumberedPartNeverReportedWhileAnotherIsIsNamed(String question, String part) {
        Asked asked = Asked.of(question);

        assertThat(ReadingAnswers.otherPart(asked, HandBuilt.read(asked, PLANT, NOV_24, 0))).isEqualTo(part);
    }

    @ParameterizedTest(name = "\"{0}\": generic count {1}")
    @CsvSource(delimiter = '|', textBlock = """
            有几家工厂        | true
            有几个项目        | true
            产量有多少吨      | false
            补贴有多少？      | false
            """)
    void aMeasureWordAnyNounTakesLeavesTheNounToSayWhatIsCounted(String question, boolean generic) {
        assertThat(ReadingAnswers.genericCount(Asked.of(question))).isEqualTo(generic);
    }

    @Test
    void figuresAreTheSameInFiguresOrInChineseNumerals() {
        assertThat(SameStory.sameFigure("1万元", "一万元")).isTrue();
        assertThat(SameStory.sameFigure("2万元", "1万元")).isFalse();
        assertThat(SameStory.sameFigure("", "")).isFalse();
    }

    @Test
    void twoSentencesThatDifferOnlyInTheirFiguresReadAlike() {
        assertThat(SameStory.frameLikeness("钼超标0.29倍", "钼超标16.3倍")).isEqualTo(1.0);
        assertThat(SameStory.frameLikeness("钼超标0.29倍", "天气晴朗")).isEqualTo(0.0);
    }

    @Test
    void theLatestAskedIsAnsweredByTheNewerReportOfTheSameStoryAndTheEarlierOneIsKept() {
        Article later = HandBuilt.article("honours-later", "issue-2", "上汽在职全国劳模增至15位",
                "截至目前，上汽在职全国劳模共有15位。");
        Asked asked = Asked.of("目前上汽在职劳模有几位？");
        ArticleReader.Reading first = HandBuilt.read(asked, HONOURS, NOV_24, 0);
        ArticleReader.Reading second = HandBuilt.read(asked, later, DEC_8, 1);

        ArticleReader.Reading chosen = answers.choose(asked, List.of(first, second));

        assertThat(chosen.article().id()).isEqualTo("honours-later");
        assertThat(ReadingAnswers.earlier(asked, List.of(first, second), chosen)).map(r -> r.article().id())
                .contains("honours");
        assertThat(answers.choose(asked.anyDate(), List.of(first, second))).isSameAs(first);
    }
}
