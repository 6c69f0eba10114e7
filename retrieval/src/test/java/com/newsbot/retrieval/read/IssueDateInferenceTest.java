package com.newsbot.retrieval.read;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IssueDateInferenceTest {
    private final IssueDateInference inference = new IssueDateInference();

    @Test
    void latestMonthDayTakesTheNearestStatedYear() {
        assertThat(inference.infer("11月24日，2020年全国劳动模范表彰大会举行。另讯：11月23日，双方签约。"))
                .isEqualTo(LocalDate.of(2020, 11, 24));
    }

    @Test
    void eachDateTakesItsOwnNearestYear() {
        String text = "2019年3月1日项目立项。" + "中间的文字。".repeat(40) + "2021年的新车型于5月6日上市。";

        assertThat(inference.infer(text)).isEqualTo(LocalDate.of(2021, 5, 6));
    }

    @Test
    void fullWidthDigitsAndExplicitYearsCount() {
        assertThat(inference.infer("２０２２年１２月３１日，年终总结会召开。")).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void noYearOrNoDayMeansNoDate() {
        assertThat(inference.infer("11月24日，表彰大会举行。")).isNull();
        assertThat(inference.infer("2020年是不平凡的一年。")).isNull();
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertThat(inference.infer("2020年2月30日是笔误，2月28日才对。")).isEqualTo(LocalDate.of(2020, 2, 28));
    }
}
