package com.newsbot.bot.chat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of days a reader gives to search in: a day ({@code 4月2日}, {@code 2020-04-02}), a month ({@code 4月},
 * {@code 2020-04}, {@code 2020年4月}), a year ({@code 2020年}) or a range of them ({@code 4月1日-4月3日},
 * {@code 2020-03-30至2020-04-01}). A date without a year is in the year of the paper's latest issue, or the year
 * before when that would put it after the latest issue.
 *
 * @param from the first day, included
 * @param to   the last day, included
 */
public record DateSpan(LocalDate from, LocalDate to) {

    private static final Pattern ISO = Pattern.compile("([0-9]{4})[-/.]([0-9]{1,2})(?:[-/.]([0-9]{1,2}))?");
    private static final Pattern CHINESE = Pattern.compile("(?:([0-9]{4})年)?([0-9]{1,2})月(?:([0-9]{1,2})[日号])?");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})年");
    private static final String RANGE_SEPARATORS = "-~～—至到";

    public DateSpan {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("bad date span " + from + ".." + to);
        }
    }

    /**
     * {@code text} (all of it) as a span of days, if it is one.
     *
     * @param latestIssue the date of the paper's latest issue, for dates given without a year; null: today
     */
    public static Optional<DateSpan> parse(String text, LocalDate latestIssue) {
        String given = text.strip().replace('／', '/').replace('－', '-');
        LocalDate anchor = latestIssue == null ? LocalDate.now() : latestIssue;
        Optional<DateSpan> single = single(given, anchor);
        if (single.isPresent()) {
            return single;
        }
        for (int i = 1; i < given.length() - 1; i++) { // a range: split where both sides are dates (2020-03-30至2020-04-01)
            if (RANGE_SEPARATORS.indexOf(given.charAt(i)) < 0) {
                continue;
            }
            Optional<DateSpan> first = single(given.substring(0, i).strip(), anchor);
            Optional<DateSpan> last = single(given.substring(i + 1).strip(), anchor);
            if (first.isPresent() && last.isPresent() && !last.get().to().isBefore(first.get().from())) {
                return Optional.of(new DateSpan(first.get().from(), last.get().to()));
            }
        }
        return Optional.empty();
    }

    private static Optional<DateSpan> single(String text, LocalDate anchor) {
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return Optional.of(span(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), iso.group(3)));
            }
            Matcher chinese = CHINESE.matcher(text);
            if (chinese.matches()) {
                int month = Integer.parseInt(chinese.group(2));
                if (chinese.group(1) != null) {
                    return Optional.of(span(Integer.parseInt(chinese.group(1)), month, chinese.group(3)));
                }
                DateSpan thisYear = span(anchor.getYear(), month, chinese.group(3));
                return Optional.of(thisYear.from().isAfter(anchor) ? span(anchor.getYear() - 1, month, chinese.group(3))
                        : thisYear);
            }
            Matcher year = YEAR.matcher(text);
            if (year.matches()) {
                int y = Integer.parseInt(year.group(1));
                return Optional.of(new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 13月, 2月30日: not a date
        }
        return Optional.empty();
    }

    private static DateSpan span(int year, int month, String day) {
        if (day == null) {
            YearMonth ym = YearMonth.of(year, month);
            return new DateSpan(ym.atDay(1), ym.atEndOfMonth());
        }
        LocalDate date = LocalDate.of(year, month, Integer.parseInt(day));
        return new DateSpan(date, date);
    }

    /** Whether the span is one day. */
    public boolean oneDay() {
        return from.equals(to);
    }
}
