package com.newsbot.retrieval.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IssueScopeTest {

    @ParameterizedTest
    @CsvSource({
            "最新一期讲了什么, LATEST, 0, 0, 0, 讲了什么",
            "这期报纸有哪些报道, LATEST, 0, 0, 0, 有哪些报道",
            "本期的头条是什么, LATEST, 0, 0, 0, 的头条是什么",
            "上一期讲了安全生产吗, PREVIOUS, 0, 0, 0, 讲了安全生产吗",
            "11月24日的报纸说了什么, DATE, 0, 11, 24, 说了什么",
            "2020年11月24日那期有什么, DATE, 2020, 11, 24, 有什么",
            "２０２０－１１－２４的报纸, DATE, 2020, 11, 24, ''",
    })
    void issuePhrasesNameAnIssueAndAreTakenOutOfTheQuestion(String question, IssueScope.Kind kind, int year, int month,
                                                              int day, String rest) {
        IssueScope scope = IssueScope.parse(question);

        assertThat(scope.kind()).isEqualTo(kind);
        assertThat(scope.year()).isEqualTo(year);
        assertThat(scope.month()).isEqualTo(month);
        assertThat(scope.day()).isEqualTo(day);
        assertThat(scope.rest()).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"表彰大会是哪一天", "11月24日举行了什么活动", "2020年11月24日签约的是哪家公司", "这期间集团做了什么",
            "上期末的库存是多少", "近期有哪些新车"})
    void ordinaryQuestionsAreNotScoped(String question) {
        IssueScope scope = IssueScope.parse(question);

        assertThat(scope.kind()).isEqualTo(IssueScope.Kind.ANY);
        assertThat(scope.rest()).isEqualTo(question);
    }
}
