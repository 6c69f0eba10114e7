package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.question.Asked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerSpansTest {
    private static java.util.List<String> texts(Asked.Shape shape, String sentence, String question) {
        return AnswerSpans.find(shape, sentence, question).stream().map(s -> s.text().strip()).toList();
    }

    @Test
    void aDayOfTheMonthCountsNothing() {
        assertThat(texts(Asked.Shape.NUMBER, "统计公报4月2日正式公布，全年产值达1200亿元。", "产值具体是多少"))
                .contains("1200亿元").doesNotContain("2日", "4月");
    }

    @Test
    void aQuestionInDaysKeepsItsDays() {
        assertThat(texts(Asked.Shape.NUMBER, "展会将持续3日。", "展会持续几日")).contains("3日");
    }

    @Test
    void aQuestionForADayIsNotAnsweredByAnHour() {
        assertThat(texts(Asked.Shape.DATE, "新规4月5日起实施，每天10时开放。", "新规从哪天开始实施"))
                .contains("4月5日").doesNotContain("10时");
        assertThat(texts(Asked.Shape.DATE, "每天10时开放。", "每天几点开放")).contains("10时");
        assertThat(texts(Asked.Shape.DATE, "记者2日获悉，展馆每天开放。", "展馆几点开放")).isEmpty();
    }

    @Test
    void aQuestionForADayIsNotAnsweredByAYearAlone() {
        assertThat(texts(Asked.Shape.DATE, "5月8日，2019年度新车发布会在上海举行。", "新车发布会是哪天开的"))
                .contains("5月8日").doesNotContain("2019年");
        assertThat(texts(Asked.Shape.DATE, "工厂于2019年底投产。", "工厂哪一天投产")).isEmpty();
        assertThat(texts(Asked.Shape.DATE, "工厂于2019年底投产。", "工厂什么时候投产")).contains("2019年底");
        assertThat(texts(Asked.Shape.DATE, "工厂于2019年5月8日投产。", "工厂哪天投产")).contains("2019年5月8日");
    }

    @Test
    void aRatioAskedIsAnsweredByAShareWrittenInWords() {
        assertThat(AnswerSpans.quantityWith("约三分之一的时间用于庭审。", "能省多大比例的时间", "%％成")).isPresent();
        assertThat(AnswerSpans.quantityWith("约三十人参加庭审。", "能省多大比例的时间", "%％成")).isEmpty();
    }

    @Test
    void aPercentageOfPeopleAnswersHowManyPeopleButNotHowManyThings() {
        Asked people = Asked.of("厂里有多少人支持换班制？");
        Asked things = Asked.of("这是公司的第几个产品？");
        String sentence = "调查显示，62%的职工支持换班制。";

        assertThat(AnswerSpans.quantityWith(sentence, people.text(), people.units())).map(AnswerSpans.Span::text).contains("62%");
        assertThat(AnswerSpans.quantityWith(sentence, things.text(), things.units())).isEmpty();
        assertThat(people.hasAskedUnit("62%")).isTrue();
        assertThat(things.hasAskedUnit("62%")).isFalse();
    }

    @Test
    void aFigureCountedByTheNounBeforeItTakesThatNounsUnit() {
        Asked people = Asked.of("展会来了多少人？");

        assertThat(AnswerSpans.quantityWith("开幕当天，参观人数突破了3万，创下新高。", people.text(), people.units()))
                .map(AnswerSpans.Span::text).contains("3万人");
        assertThat(AnswerSpans.quantityWith("开幕当天，展位达到了300，创下新高。", people.text(), people.units())).isEmpty();
    }

    @Test
    void theMinutesOfATimeOfDayAreNoLengthOrAge() {
        assertThat(texts(Asked.Shape.NUMBER, "司机于9时30分驶入路口，伤者今年36岁。", "伤者多大"))
                .contains("36岁").doesNotContain("30分");
    }

    @Test
    void aSumInAForeignCurrencyIsMoney() {
        assertThat(texts(Asked.Shape.MONEY, "每周房租共计980澳元。", "每周要付多少")).contains("980澳元");
        assertThat(texts(Asked.Shape.MONEY, "门票售价300新台币。", "门票多少钱")).contains("300新台币");
    }

    @Test
    void aTimeCountedInHalvesAnswersHowLongButAHalfOfTheYearDoesNot() {
        assertThat(texts(Asked.Shape.NUMBER, "工程队只用了一个半月就完成了改造。", "改造花了多久")).contains("一个半月");
        assertThat(texts(Asked.Shape.NUMBER, "施工仅用时半个月。", "施工花了多久")).contains("半个月");
        assertThat(texts(Asked.Shape.NUMBER, "新线计划上半年开通。", "新线建了多久")).isEmpty();
    }

    @ParameterizedTest(name = "{0} in \"{1}\" for \"{2}\" → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            NUMBER | 截至目前，上汽在职全国劳模共有13位。             | 劳模有几位      | 13位
            NUMBER | 新华社北京4月2日电（记者丁静）全市新增5例。      | 新增多少例      | 5例
            NUMBER | 作为一名技能型产业工人代表，他发了言。           | 有多少工人      | ''
            NUMBER | 一两只白鹭飞来，落在湖边。                       | 飞来多少只白鹭  | ''
            NUMBER | 一半以上的职工参加了培训。                       | 多少职工参加    | 一半以上
            NUMBER | 截至目前，上汽在职全国劳模共有13位。             | 是不是13位      | ''
            MONEY  | 公司投资3.5亿元建设新厂。                        | 投资多少钱      | 3.5亿元
            MONEY  | 该企业被罚75.5万。                               | 罚了多少        | 75.5万
            DATE   | 11月23日，联创汽车电子与大陆集团签署备忘录。     | 哪天签的        | 11月23日
            DATE   | 会议于11月24日上午9时30分开始。                  | 几点开始        | 9时30分
            DATE   | 会议于11月24日上午9时30分开始。                  | 哪天开始        | 11月24日
            YEAR   | 公司成立于1998年，2020年改制。                   | 哪一年成立      | 1998年,2020年
            PERSON | 仇杰表示，讲话让他深受鼓舞。                     | 谁表示深受鼓舞  | 仇杰
            PLACE  | 表彰大会在北京人民大会堂举行。                   | 在哪里举行      | 北京
            REASON | 因为下雨，比赛推迟。                             | 为什么推迟      | ''
            """)
    void eachShapeFindsItsOwnKindOfSpanAndNotWhatTheQuestionStates(Asked.Shape shape, String sentence, String question,
                                                                    String expected) {
        assertThat(texts(shape, sentence, question)).containsExactly(expected.isEmpty() ? new String[0] : expected.split(","));
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            新华社北京4月2日电（记者丁静）全市新增5例。 | '                全市新增5例。'
            本报讯（记者 林芸）大会召开。               | '          大会召开。'
            大会召开。                                  | 大会召开。
            """)
    void aDatelineIsBlankedKeepingOffsets(String sentence, String expected) {
        assertThat(AnswerSpans.withoutDateline(sentence)).isEqualTo(expected).hasSameSizeAs(sentence);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            零件库存3000件。       | 3000件
            零售门店开了12家。     | 12家
            当天新增病例为零例。   | 零例
            """)
    void zeroStartingAWordCountsNothing(String sentence, String expected) {
        assertThat(AnswerSpans.quantityWith(sentence, "有多少", "")).map(AnswerSpans.Span::text).contains(expected);
    }
}
