package com.newsbot.bot.chat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateSpanTest {
    private static final LocalDate LATEST = LocalDate.of(2020, 4, 4);

    @ParameterizedTest
    @CsvSource({
            "4月2日, 2020-04-02, 2020-04-02",
            "4月2号, 2020-04-02, 2020-04-02",
            "4月, 2020-04-01, 2020-04-30",
            "3月, 2020-03-01, 2020-03-31",
            "11月, 2019-11-01, 2019-11-30",
            "2020年2月, 2020-02-01, 2020-02-29",
            "2020-04-02, 2020-04-02, 2020-04-02",
            "2020/4/2, 2020-04-02, 2020-04-02",
            "2020-04, 2020-04-01, 2020-04-30",
            "2019年, 2019-01-01, 2019-12-31",
            "4月1日-4月3日, 2020-04-01, 2020-04-03",
            "2020-03-30至2020-04-01, 2020-03-30, 2020-04-01",
    })
    void aDayAMonthAYearOrARangeIsASpanOfDays(String text, LocalDate from, LocalDate to) {
        assertThat(DateSpan.parse(text, LATEST)).contains(new DateSpan(from, to));
    }

    @ParameterizedTest
    @ValueSource(strings = {"食堂", "13月", "2月30日", "4月3日-4月1日", "2020", "3.2"})
    void otherWordsAreNoSpan(String text) {
        assertThat(DateSpan.parse(text, LATEST)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "食堂 4月, 食堂, 2020-04-01",
            "西班牙 确诊 4月2日, 西班牙 确诊, 2020-04-02",
            "食堂, 食堂, ",
            "4月, 4月, ",
    })
    void searchTakesTheLastWordAsItsDaysWhenItIsADate(String argument, String query, LocalDate from) {
        SearchRequest request = SearchRequest.parse(argument, LATEST);

        assertThat(request.query()).isEqualTo(query);
        assertThat(request.span() == null ? null : request.span().from()).isEqualTo(from);
    }
}
