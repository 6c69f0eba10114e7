package com.newsbot.bot.answer.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the answerer finds a question's word in a passage. */
class TextsTest {
    @Test
    void aWordIsFoundAsWrittenOrAsTheFullFormItAbbreviates() {
        assertThat(Texts.holdsWord("荣获全国劳模称号", "劳模")).isTrue();
        assertThat(Texts.holdsWord("荣获“全国劳动模范”称号", "劳模")).isTrue();
        assertThat(Texts.holdsWord("上海汽车集团股份有限公司", "上汽")).isTrue();
        assertThat(Texts.holdsWord("北京大学的学生", "北大")).isTrue();
    }

    @Test
    void anAbbreviationNeedsItsCharactersInOrderCloseTogetherWithinOneRunOfChinese() {
        assertThat(Texts.holdsWord("模范劳动者", "劳模")).isFalse();
        assertThat(Texts.holdsWord("劳动者是社会的模范", "劳模")).isFalse();
        assertThat(Texts.holdsWord("劳动，模范", "劳模")).isFalse();
        assertThat(Texts.holdsWord("劳动者", "劳模")).isFalse();
    }

    @Test
    void onlyShortChineseWordsAreReadAsAbbreviations() {
        assertThat(Texts.holdsWord("a big car", "ac")).isFalse();
        assertThat(Texts.holdsWord("全国劳动模范", "动范")).isTrue();
        assertThat(Texts.holdsWord("全国劳动模范", "国范")).isFalse();
        assertThat(Texts.holdsWord("中华人民共和国成立", "中华人民国")).isFalse();
    }
}
