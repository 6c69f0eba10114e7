package com.newsbot.bot.chat;

import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.IssueRefs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Another issue named relative to the one talked about, over a weekly paper with a gap (no issue on 8 May). */
class RelativeIssuesTest {
    private static final List<Issue> ISSUES = List.of(issue("w4", "2021-05-15"), issue("w3", "2021-05-10"),
            issue("w2", "2021-05-07"), issue("w1", "2021-05-01"));
    private final RelativeIssues relative = new RelativeIssues();

    private static Issue issue(String id, String date) {
        return new Issue(id, "周报", "", LocalDate.parse(date), "", "", "", List.of());
    }

    @ParameterizedTest(name = "{0} after w2 → {1}")
    @CsvSource({
            "第二天那期又写了什么, w3, 5月10日那期又写了什么",
            "前一天的报纸呢, w1, 5月1日的报纸呢",
            "下一期也登了吗, w3, 5月10日那期也登了吗",
            "上一期怎么说的, w1, 5月1日那期怎么说的",
            "过了三天那期又报了, w3, 5月10日那期又报了",
    })
    void aRelativeIssueIsRewrittenAsTheDateOfTheIssueItNames(String question, String id, String rewritten) {
        RelativeIssues.Resolved resolved = relative.resolve(question, ISSUES.get(2), ISSUES).orElseThrow();

        assertThat(resolved.issue().id()).isEqualTo(id);
        assertThat(resolved.text()).isEqualTo(rewritten);
        assertThat(IssueRefs.resolve(resolved.text(), ISSUES).issue().id()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"这个项目投资了多少钱", "下下个月开工吗"})
    void aQuestionNamingNoOtherIssueIsLeftAlone(String question) {
        assertThat(relative.resolve(question, ISSUES.get(2), ISSUES)).isEmpty();
    }
}
