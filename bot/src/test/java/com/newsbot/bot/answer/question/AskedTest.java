package com.newsbot.bot.answer.question;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How a question is read before anything is retrieved: the shape of its answer, the noun it asks about, its units. */
class AskedTest {

    @ParameterizedTest(name = "\"{0}\" wants {1}")
    @CsvSource(delimiter = '|', textBlock = """
            补贴有多少？                  | MONEY
            新厂投资了多少钱              | MONEY
            表彰大会在哪一天举行？        | DATE
            会议几点开始                  | DATE
            啥时候签的备忘录              | DATE
            公司是哪一年成立的？          | YEAR
            谁荣获了全国劳动模范称号？    | PERSON
            那个工程师叫什么              | PERSON
            表彰大会在哪个城市举行        | PLACE
            大会在哪里召开                | PLACE
            哪家公司和联创签了协议        | NAMED
            上汽是不是有13位劳模？        | YESNO
            为什么要推进智能驾驶？        | REASON
            怎么推进制动系统落地          | MANNER
            张生春咋说的                  | MANNER
            那篇报道是哪天的报纸登的？    | ISSUE_DATE
            目前上汽在职劳模有几位？      | NUMBER
            产量有多少吨                  | NUMBER
            """)
    void theQuestionWordsTellTheShapeOfTheAnswer(String question, Asked.Shape shape) {
        assertThat(Asked.of(question).shape()).isEqualTo(shape);
    }

    @ParameterizedTest(name = "\"{0}\" asks about \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            补贴有多少？                  | 补贴       | 补贴
            表彰大会在哪一天举行？        | 表彰大会   | 大会
            目前上汽在职劳模有几位？      | 上汽在职劳模 | 劳模
            厂里一共有多少员工            | 员工       | 员工
            那个工程师叫什么              | 工程师     | 工程师
            表彰大会在哪个城市举行        | 城市       | 城市
            哪家公司和联创签了协议        | 公司       | 公司
            产量有多少吨                  | 产量       | 产量
            谁荣获了全国劳动模范称号？    | ''         | ''
            这座桥长多少米                | ''         | ''
            新工厂的产能有多高？          | 产能       | 产能
            工厂占地面积多大              | 面积       | 面积
            """)
    void theAskedNounIsTheOneNextToTheQuestionWord(String question, String focus, String head) {
        Asked asked = Asked.of(question);

        assertThat(asked.focus()).isEqualTo(focus);
        assertThat(asked.focusHead()).isEqualTo(head);
    }

    @ParameterizedTest(name = "\"{0}\" is answered in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            目前上汽在职劳模有几位？      | 位人名位个例口员
            厂里一共有多少员工            | 人人名位个例口员
            产量有多少吨                  | 吨吨公斤千克斤克g
            这座桥长多少米                | 米米公里千米厘米毫米公尺公分m
            新厂投资了多少钱              | 元元块
            补贴有多少？                  | ''
            """)
    void aCountedUnitIsAnsweredByAnyUnitThatCountsTheSameThings(String question, String units) {
        assertThat(Asked.of(question).units()).isEqualTo(units);
    }

    @ParameterizedTest(name = "\"{0}\": list {1}, latest {2}, until {3}, unit named {4}")
    @CsvSource(delimiter = '|', textBlock = """
            有哪些人获得了称号            | true  | false | false | false
            劳模精神包括哪些内容          | true  | false | false | false
            目前上汽在职劳模有几位？      | false | true  | false | true
            厂里一共有多少员工            | false | true  | false | false
            截至11月20日厂里一共有多少员工 | false | false | false | false
            11月24日那天上汽累计有几位劳模 | false | false | false | true
            禁令延到几号                  | false | false | true  | true
            产量有多少吨                  | false | false | false | true
            补贴有多少？                  | false | false | false | false
            """)
    void listsTheLatestWordAndTheEndOfAPeriodAreReadFromTheWording(String question, boolean list, boolean recent,
                                                                      boolean until, boolean unitNamed) {
        Asked asked = Asked.of(question);

        assertThat(asked.list()).as("list").isEqualTo(list);
        assertThat(asked.recent()).as("recent").isEqualTo(recent);
        assertThat(asked.until()).as("until").isEqualTo(until);
        assertThat(asked.unitNamed()).as("unit named").isEqualTo(unitNamed);
    }

    @ParameterizedTest(name = "\"{0}\" is read as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            啥时候签的备忘录    | 什么时候签的备忘录
            张生春咋说的        | 张生春怎么说的
            禁令延到几号        | 禁令延到几日
            """)
    void chatWordsAreRewrittenBeforeTheQuestionIsRead(String question, String text) {
        Asked asked = Asked.of(question);

        assertThat(asked.text()).isEqualTo(text);
        assertThat(asked.original()).isEqualTo(question);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            表彰大会在哪一天举行？        | 表彰,大会,举行
            目前上汽在职劳模有几位？      | 上汽,在职,劳模
            有哪些人获得了称号            | 人,获得,称号
            """)
    void theContentWordsLeaveQuestionWordsAndFillersOut(String question, String words) {
        assertThat(Asked.of(question).words()).containsExactly(words.split(","));
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            请看 [这条](https://x.example/a) <b>劳模</b>有几位？ | 请看 这条 劳模 有几位？
            title:劳模 AND 上汽                                  | 劳模 上汽
            荷兰那边关店了吗                                     | 荷兰关店了吗
            """)
    void whatAChatAppOrASearchHabitWrapsAroundAQuestionIsCleanedAway(String raw, String cleaned) {
        assertThat(Asked.clean(raw)).isEqualTo(cleaned);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            吨  | 吨吨公斤千克斤克g
            人  | 人人名位个例口员
            家  | 家家所个座间
            倍  | 倍
            ''  | ''
            """)
    void unitsForAddsTheUnitsThatCountTheSameThings(String asked, String units) {
        assertThat(Asked.unitsFor(asked)).isEqualTo(units);
    }

    @Test
    void aNumberSpanAnswersOnlyInTheAskedUnitOrAsAShareOfPeople() {
        Asked people = Asked.of("厂里一共有多少员工");
        Asked tons = Asked.of("产量有多少吨");

        assertThat(people.hasAskedUnit("85名")).isTrue();
        assertThat(people.hasAskedUnit("一半以上")).isTrue();
        assertThat(people.hasAskedUnit("3吨")).isFalse();
        assertThat(tons.hasAskedUnit("3000公斤")).isTrue();
        assertThat(tons.hasAskedUnit("85名")).isFalse();
        assertThat(Asked.of("补贴有多少？").hasAskedUnit("5个")).isTrue();
    }

    @Test
    void severalWithADemonstrativeAsksNoNumber() {
        // 这几/那几/前几 say "several"; the question is the yes/no one at its end
        assertThat(Asked.of("那几趟车的座位还订得到不？").shape()).isEqualTo(Asked.Shape.YESNO);
        assertThat(Asked.of("这几家店周末开门吗？").shape()).isEqualTo(Asked.Shape.YESNO);
        assertThat(Asked.of("前几天说的那个展会为什么延期了？").shape()).isEqualTo(Asked.Shape.REASON);
        assertThat(Asked.of("一共来了几家店？").shape()).isEqualTo(Asked.Shape.NUMBER);
    }

    @Test
    void payingHowMuchAsksASumButSeizingHowMuchOfSomethingDoesNot() {
        assertThat(Asked.of("两家合起来每月得掏多少？").shape()).isEqualTo(Asked.Shape.MONEY);
        assertThat(Asked.of("停车一天要付多少？").shape()).isEqualTo(Asked.Shape.MONEY);
        assertThat(Asked.of("那次行动缴了多少枪支？").shape()).isEqualTo(Asked.Shape.NUMBER);
    }

    @Test
    void howManyOfAPersonNounCountsPeopleNotAnyThing() {
        Asked people = Asked.of("第一趟车上坐了几个人？");

        assertThat(people.hasAskedUnit("17名")).isTrue();
        assertThat(people.hasAskedUnit("一辆")).isFalse();
    }

    @Test
    void readingAsIfTheLatestWereNotAskedKeepsEverythingElse() {
        Asked recent = Asked.of("目前上汽在职劳模有几位？");
        Asked any = recent.anyDate();

        assertThat(any.recent()).isFalse();
        assertThat(any.shape()).isEqualTo(recent.shape());
        assertThat(any.focus()).isEqualTo(recent.focus());
        assertThat(Asked.of("产量有多少吨").anyDate().recent()).isFalse();
    }

    @Test
    void aQuestionItsChatWordRewriteLeavesAsItIsIsReadOnce() {
        Question literal = Question.of("上汽在职劳模有几位？", "");

        Asked asked = Asked.of("上汽在职劳模有几位？", "", literal);

        assertThat(asked.question()).isSameAs(literal);
        assertThat(asked.literal()).isSameAs(literal);
    }

    @Test
    void aQuestionInChatWordsIsReadAgainRewrittenAndKeepsItsWrittenReadingForThePicker() {
        Question literal = Question.of("啥时候签的备忘录", "");

        Asked asked = Asked.of("啥时候签的备忘录", "", literal);

        assertThat(asked.literal()).isSameAs(literal);
        assertThat(asked.question()).isNotSameAs(literal);
        assertThat(asked.question()).isEqualTo(Question.of(asked.text(), ""));
        assertThat(asked.question().text()).isNotEqualTo(literal.text());
    }
}
