package com.newsbot.bot.answer.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The tokens a reader takes from a sentence: numbers with units, dates, names, negations (issue 15, finding 3). */
class MeaningTokensTest {
    private static final String PASSAGE = "目前，上汽在职的全国劳模共有13位。11月24日，2020年全国劳动模范和先进工作者表彰大会"
            + "在北京举行，上汽集团仇杰、张生春获评全国劳动模范。上汽销售党委书记李文红表示，公司新增藏书八万册，占比30%。";

    @Test
    void aSentenceThatRepeatsThePassageHoldsEverything() {
        assertThat(MeaningTokens.unheld("上汽在职的全国劳模共有13位。", PASSAGE)).isEmpty();
        assertThat(MeaningTokens.unheld("表彰大会于11月24日在北京举行。", PASSAGE)).isEmpty();
        assertThat(MeaningTokens.unheld("党委书记李文红表示新增藏书8万册，占百分之三十。", PASSAGE)).isEmpty();
    }

    @Test
    void aNumberIsComparedByValueWhateverItsScript() {
        assertThat(MeaningTokens.unheld("全国劳模共有十三位。", PASSAGE)).isEmpty();
        assertThat(MeaningTokens.unheld("全国劳模共有13名。", PASSAGE)).as("位 and 名 both count people").isEmpty();
        assertThat(MeaningTokens.unheld("新增藏书80000册。", PASSAGE)).isEmpty();
        assertThat(MeaningTokens.chineseValue("一百零五")).isEqualByComparingTo(BigDecimal.valueOf(105));
        assertThat(MeaningTokens.chineseValue("二〇二〇")).isEqualByComparingTo(BigDecimal.valueOf(2020));
        assertThat(MeaningTokens.chineseValue("两万三千")).isEqualByComparingTo(BigDecimal.valueOf(23_000));
    }

    @Test
    void aSwappedNumberDateOrUnitIsNotHeld() {
        assertThat(MeaningTokens.unheld("上汽在职的全国劳模共有31位。", PASSAGE)).containsExactly("31位");
        assertThat(MeaningTokens.unheld("表彰大会于11月25日在北京举行。", PASSAGE)).containsExactly("25日");
        assertThat(MeaningTokens.unheld("表彰大会于2019年在北京举行。", PASSAGE)).containsExactly("2019年");
        assertThat(MeaningTokens.unheld("全国劳模共有13年。", PASSAGE)).containsExactly("13年");
        assertThat(MeaningTokens.unheld("占比三成，即40%。", PASSAGE)).containsExactly("40%");
    }

    @Test
    void aNegationThePassageDoesNotHaveIsNotHeld() {
        assertThat(MeaningTokens.unheld("上汽在职的全国劳模并非共有13位，实际上没有劳模。", PASSAGE)).containsExactly("并非", "没有");
        assertThat(MeaningTokens.unheld("仇杰未获评全国劳动模范。", PASSAGE)).containsExactly("未获");
        assertThat(MeaningTokens.unheld("仇杰不是全国劳动模范。", PASSAGE)).containsExactly("不是");
    }

    @Test
    void wordsWithNegationCharactersThatDenyNothingAreNotNegations() {
        assertThat(MeaningTokens.unheld("上汽不断涌现全国劳模，不仅有仇杰。", PASSAGE)).isEmpty();
        assertThat(MeaningTokens.unheld("未来上汽的全国劳模共有13位。", PASSAGE)).isEmpty();
    }

    @Test
    void aPersonOrOrganisationNameThePassageDoesNotHaveIsNotHeld() {
        assertThat(MeaningTokens.unheld("上汽销售党委书记王大明表示新增藏书。", PASSAGE)).containsExactly("王大");
        assertThat(MeaningTokens.unheld("赵小龙表示公司新增藏书。", PASSAGE)).containsExactly("赵小龙");
        assertThat(MeaningTokens.unheld("大众集团仇杰获评全国劳动模范。", PASSAGE)).containsExactly("大众集团");
        assertThat(MeaningTokens.unheld("SAIC的仇杰获评全国劳动模范。", PASSAGE)).containsExactly("SAIC");
        assertThat(MeaningTokens.unheld("该公司的仇杰获评全国劳动模范。", PASSAGE)).as("a reference, not a name").isEmpty();
        assertThat(MeaningTokens.unheld("党委书记李文红表示，上汽集团仇杰获评劳模。", PASSAGE)).isEmpty();
    }

    @Test
    void traditionalAndFullWidthTextIsComparedAsSimplifiedHalfWidth() {
        assertThat(MeaningTokens.unheld("上汽在職的全國勞模共有１３位。", PASSAGE)).isEmpty();
        assertThat(MeaningTokens.unheld("上汽在職的全國勞模共有３１位。", PASSAGE)).hasSize(1);
    }
}
