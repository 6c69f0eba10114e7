package com.newsbot.bot.answer.question;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTest {

    @ParameterizedTest(name = "{0} asks for {1}")
    @CsvSource({
            "今年共招聘了多少名工程师？, NUMBER",
            "车间里有几台机器人？, NUMBER",
            "新工厂什么时候投产？, DATE",
            "发布会是哪一天举行的？, DATE",
            "谁获得了年度最佳员工？, PERSON",
            "研发中心设在哪里？, PLACE",
            "公司推出了什么新产品？, ENTITY",
            "为什么要延迟交付？, REASON",
            "项目组是如何完成任务的？, MANNER",
    })
    void questionWordTellsTheKindOfAnswer(String question, QuestionKind kind) {
        assertThat(Question.of(question).kind()).isEqualTo(kind);
    }

    @Test
    void numberQuestionKeepsTheUnitItAsksFor() {
        assertThat(Question.of("车间里有几台机器人？").unit()).isEqualTo("台");
        assertThat(Question.of("公司有多少位院士？").unit()).isEqualTo("位");
        assertThat(Question.of("产量是多少？").unit()).isEmpty();
    }

    @Test
    void questionWordsAndChatFramingAreNotContentTerms() {
        Question q = Question.of("请问这期报纸里，研发中心设在哪里？");

        assertThat(q.terms()).contains("研发", "中心").doesNotContain("请问", "报纸", "哪里");
    }

    @Test
    void numberAnswerMustBeANumberTheQuestionDoesNotAlreadyState() {
        String question = "2020年公司招聘了多少人？";

        assertThat(QuestionKind.NUMBER.answeredIn("2020年，公司招聘了300人", question)).isTrue();
        assertThat(QuestionKind.NUMBER.answeredIn("2020年，公司扩大了招聘", question)).isFalse();
    }

    @Test
    void entityQuestionNamesTheNounItAsksFor() {
        assertThat(Question.of("项目用的是哪个小程序？").head()).isEqualTo("小程");
        assertThat(Question.of("它采用了什么系统？").head()).isEqualTo("系统");
    }
}
