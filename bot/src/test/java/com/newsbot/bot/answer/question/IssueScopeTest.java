package com.newsbot.bot.answer.question;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IssueScopeTest {
    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "11月24日那期说上汽有几位劳模？|上汽有几位劳模？",
            "第3期里的新车卖多少钱|新车卖多少钱",
            "最新那期讲了工厂在哪|工厂在哪",
            "上一期报的展会是哪天开幕的|展会是哪天开幕的",
            "最早那期报纸里说试射了个啥？|试射了个啥？",
            "第2期有篇讲高铁的，修好要多久|高铁的，修好要多久",
    })
    void thePhraseNamingAnIssueAndItsReportingWordsAreNotRead(String question, String read) {
        assertThat(IssueScope.unscoped(question)).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0} names no issue")
    @CsvSource(delimiter = '|', value = {
            "截至4月2号，确诊累计多少例",
            "4月2号那天通报的累计确诊是多少",
            "上汽在职的全国劳模有几位？",
    })
    void aQuestionNamingNoIssueIsReadWhole(String question) {
        assertThat(IssueScope.unscoped(question)).isEqualTo(question);
    }
}
