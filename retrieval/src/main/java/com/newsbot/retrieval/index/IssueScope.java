package com.newsbot.retrieval.index;

import com.newsbot.retrieval.Issue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which issue a question is about, when it says so: {@code 最新一期}/{@code 这期}/{@code 本期} is the
 * latest issue, {@code 上一期} the one before, and a date followed by words naming a paper or an
 * issue ({@code 11月24日的报纸}, {@code 2020年11月24日那期}) the issue of that date. A date on its own
 * ({@code 11月24日举行了什么活动}) is part of the question, not a filter.
 *
 * @param kind  what the question refers to
 * @param year  the year of a {@link Kind#DATE}, or 0 when not given
 * @param month the month of a {@link Kind#DATE}
 * @param day   the day of a {@link Kind#DATE}
 * @param rest  the question with the issue phrase taken out, to search with
 */
record IssueScope(Kind kind, int year, int month, int day, String rest) {

    enum Kind { ANY, LATEST, PREVIOUS, DATE }

    private static final Pattern LATEST = Pattern.compile(
            "(?:(?:最新|最近)(?:的)?一期|这一?期|本期)(?!间|末|初|内)(?:的?报纸|报)?|今天的报纸|最新的?报纸");
    private static final Pattern PREVIOUS = Pattern.compile("(?:上一期|上期|前一期)(?!间|末|初|内)(?:的?报纸|报)?");
    private static final String ISSUE_NOUN = "\\s*(?:出版|刊登|发行|出)?\\s*(?:的|那|这)?\\s*(?:一期|那期|这期|期|报纸|报|刊|版)";
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]" + ISSUE_NOUN);
    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + ISSUE_NOUN);

    static IssueScope parse(String question) {
        String text = Normalizer.normalize(question, Normalizer.Form.NFKC);
        for (Pattern datePattern : List.of(CHINESE_DATE, ISO_DATE)) {
            Matcher m = datePattern.matcher(text);
            if (m.find()) {
                int year = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                return new IssueScope(Kind.DATE, year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        cut(text, m));
            }
        }
        Matcher previous = PREVIOUS.matcher(text);
        if (previous.find()) {
            return new IssueScope(Kind.PREVIOUS, 0, 0, 0, cut(text, previous));
        }
        Matcher latest = LATEST.matcher(text);
        if (latest.find()) {
            return new IssueScope(Kind.LATEST, 0, 0, 0, cut(text, latest));
        }
        return new IssueScope(Kind.ANY, 0, 0, 0, question);
    }

    /**
     * The issue this scope names among {@code issues} (latest first); empty for {@link Kind#ANY}
     * and when no issue matches.
     */
    Optional<Issue> resolve(List<Issue> issues) {
        return switch (kind) {
            case ANY -> Optional.empty();
            case LATEST -> issues.stream().findFirst();
            case PREVIOUS -> issues.stream().skip(1).findFirst();
            case DATE -> issues.stream().filter(issue -> matches(issue.date())).findFirst();
        };
    }

    private boolean matches(LocalDate date) {
        return date != null && date.getMonthValue() == month && date.getDayOfMonth() == day
                && (year == 0 || date.getYear() == year);
    }

    private static String cut(String text, Matcher m) {
        return (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
    }
}
