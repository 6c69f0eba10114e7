package com.newsbot.bot.answer.render;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.question.Asked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The direct answer put before the quote, from the quoted text alone: no index, the real prompts. */
class DirectAnswersTest {
    private static final LocalDate ISSUE = LocalDate.of(2020, 11, 24);
    private final DirectAnswers direct = new DirectAnswers(new Prompts());

    @ParameterizedTest(name = "\"{0}\" over \"{1}\" → \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            上汽在职的全国劳模有几位？        | 截至目前，上汽在职全国劳模共有13位。                     | 13位
            备忘录是哪天签的                  | 11月23日，联创汽车电子与大陆集团签署战略合作备忘录。     | 11月23日
            新厂投资了多少钱                  | 公司投资3.5亿元建设新厂，预计明年投产。                  | 3.5亿元
            公司是哪一年成立的？              | 公司成立于1998年。                                       | 1998年
            大会在哪个城市举行                | 表彰大会在北京人民大会堂举行。                           | 北京
            那篇报道是哪天的报纸登的？        | 11月23日，联创汽车电子与大陆集团签署战略合作备忘录。     | 11月24日的报纸
            为什么要合作                      | 因为双方技术互补，所以决定合作。                         | ''
            哪家公司和联创汽车电子签了协议    | 联创汽车电子与大陆集团签署战略合作备忘录。               | ''
            """)
    void theDirectAnswerIsTheAskedSpanOfTheQuotedText(String question, String text, String expected) {
        assertThat(direct.of(Asked.of(question), List.of(text), ISSUE)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" over \"{1}\" → \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            上汽有没有全国劳模？      | 截至目前，上汽在职全国劳模共有13位。     | 有。
            能不能网上报名？          | 本次活动不能网上报名，只接受现场报名。   | 不能。
            会不会延期？              | 活动将按期举行。                         | 会。
            项目已经完工了吗？        | 项目尚未完工。                           | 没有。
            会议是在北京开的吗？      | 会议在北京召开。                         | 是的。
            智能驾驶是新技术吗？      | 智能驾驶是一项新技术。                   | 是的。
            这次会能开成吗？          | 大会将如期召开。                         | 能。
            厂里有食堂吗？            | 厂区设有职工食堂。                       | 有。
            """)
    void aYesNoQuestionIsAnsweredInItsOwnFormAndNoOnlyWhereTheTextSaysTheContrary(String question, String text,
                                                                                 String expected) {
        assertThat(direct.of(Asked.of(question), List.of(text), ISSUE)).isEqualTo(expected);
    }

    @Test
    void aListQuestionGetsEveryNameTheTextLists() {
        String text = "上汽集团技术中心副主任仇杰，上海赛科利模具事业部调试车间副主任张生春，上汽通用五菱技术中心首席工程师黄元毅"
                + "和上汽乘用车郑州分公司党委书记、总经理丁波荣获“全国劳动模范”称号并接受表彰。";

        assertThat(direct.of(Asked.of("哪些人荣获了全国劳动模范称号"), List.of(text), ISSUE)).isEqualTo("仇杰、张生春、黄元毅、丁波");
    }

    @Test
    void anItemIsQuotedAsPrintedWhenThePaperIsInTraditionalCharacters() {
        assertThat(direct.of(Asked.of("谁表示深受鼓舞"), List.of("仇杰表示，讲话让他深受鼓舞。"),
                List.of("仇傑表示，講話讓他深受鼓舞。"), ISSUE)).isEqualTo("仇傑");
    }

    @Test
    void nothingQuotedOrNoIssueDateMeansNoDirectAnswer() {
        assertThat(direct.of(Asked.of("劳模有几位"), List.of(), ISSUE)).isEmpty();
        assertThat(direct.of(Asked.of("那篇报道是哪天的报纸登的？"), List.of("大会召开。"), null)).isEmpty();
    }
}
