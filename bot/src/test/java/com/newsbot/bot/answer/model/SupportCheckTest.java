package com.newsbot.bot.answer.model;

import com.newsbot.bot.answer.retrieve.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The citation check on answers a model might give, over passages built in the test. */
class SupportCheckTest {
    private static Evidence passage(int rank, String text) {
        return new Evidence(rank, text, 100, 100 + text.length(), "a" + rank, "issue", "", null, "标题" + rank, "", "story",
                "seeds/x.md", 1.0, 1.0, 1.0);
    }

    private final List<Evidence> given = List.of(
            passage(0, "市图书馆今年新增藏书八万册。馆长表示，明年将开放夜间阅览室。"),
            passage(1, "地铁十号线二期工程于三月十五日开工，全长二十公里。"));
    private final SupportCheck check = new SupportCheck();

    @Test
    void supportedSentencesKeepTheirCitationsRenumberedInOrderOfUse() {
        SupportCheck.Checked checked = check.check("十号线二期三月十五日开工[2]。图书馆新增藏书八万册[1]。", given);

        assertThat(checked.text()).isEqualTo("十号线二期三月十五日开工 [1]。图书馆新增藏书八万册 [2]。");
        assertThat(checked.citations()).extracting(c -> c.evidence().articleId()).containsExactly("a1", "a0");
    }

    @Test
    void citationOfAPassageThatWasNotGivenIsDropped() {
        SupportCheck.Checked checked = check.check("图书馆新增藏书八万册[1][7]。", given);

        assertThat(checked.text()).isEqualTo("图书馆新增藏书八万册 [1]。");
        assertThat(checked.citations()).hasSize(1);
    }

    @Test
    void sentenceItsPassageDoesNotSupportIsDropped() {
        SupportCheck.Checked checked = check.check("图书馆新增藏书八万册[1]。市长宣布免费乘坐公交一年[2]。", given);

        assertThat(checked.text()).isEqualTo("图书馆新增藏书八万册 [1]。");
    }

    @Test
    void nothingSupportedLeavesAnEmptyAnswer() {
        assertThat(check.check("市长宣布免费乘坐公交一年[1]。", given).empty()).isTrue();
        assertThat(check.check("[3]", given).empty()).isTrue();
    }

    @Test
    void uncitedSentenceIsCitedToThePassageThatSupportsIt() {
        SupportCheck.Checked checked = check.check("馆长表示明年将开放夜间阅览室。", given);

        assertThat(checked.text()).isEqualTo("馆长表示明年将开放夜间阅览室 [1]。");
        assertThat(checked.citations()).singleElement().satisfies(c -> {
            assertThat(c.evidence().articleId()).isEqualTo("a0");
            assertThat(given.get(0).text().substring(c.from(), c.to())).isEqualTo("馆长表示，明年将开放夜间阅览室。");
        });
    }

    @Test
    void citationMarksAfterTheFullStopAndFullWidthBracketsAreUnderstood() {
        SupportCheck.Checked checked = check.check("图书馆新增藏书八万册。【1】地铁十号线全长二十公里。[2]", given);

        assertThat(checked.citations()).hasSize(2);
        assertThat(checked.text()).contains("[1]", "[2]");
    }

    /** Issue 15, finding 3: a sentence sharing most words with its passage but a different figure was kept. */
    @Test
    void aSentenceWithASwappedNumberOrADateThePassageDoesNotHaveIsDropped() {
        SupportCheck.Checked checked = check.check("地铁十号线二期工程于三月十五日开工，全长三十公里[2]。"
                + "地铁十号线二期工程于三月十六日开工[2]。图书馆今年新增藏书八万册[1]。", given);

        assertThat(checked.text()).isEqualTo("图书馆今年新增藏书八万册 [1]。");
    }

    @Test
    void aSentenceWithANegationThePassageDoesNotHaveIsDropped() {
        SupportCheck.Checked checked = check.check("馆长表示，明年并非将开放夜间阅览室[1]。馆长表示明年不开放夜间阅览室。"
                + "地铁十号线二期工程于三月十五日开工[2]。", given);

        assertThat(checked.text()).isEqualTo("地铁十号线二期工程于三月十五日开工 [1]。");
    }

    @Test
    void aSentenceNamingSomeoneThePassageDoesNotIsDropped() {
        SupportCheck.Checked checked = check.check("馆长王大明表示，明年将开放夜间阅览室[1]。馆长表示，明年将开放夜间阅览室[1]。", given);

        assertThat(checked.text()).isEqualTo("馆长表示，明年将开放夜间阅览室 [1]。");
    }
}
