package com.newsbot.bot.answer.question;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 那/这 with any measure word says "that one", nothing of the subject: the measure words are HanLP's (tag q). */
class AskedFillerTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "那位, true", "这款, true", "那辆, true", "这架, true", "那艘, true", "这座, true", "那把, true", "那份, true",
            "那个, true", "这些, true",
            "那里, true", "这样, true", "那时, true", "那天, true", // deictic too: HanLP tags 里 样 时 天 q as well
            "这儿, false", "那么, false", "航天, false", "位置, false", "那, true", "马拉松, false"})
    void aDemonstrativeWithItsMeasureWordIsAFiller(String word, boolean filler) {
        assertThat(AskedNoun.isFiller(word)).isEqualTo(filler);
    }
}
