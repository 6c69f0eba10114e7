package com.newsbot.retrieval;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how a text names an issue of the paper, and which issue that is. A question names one with a phrase —
 * 最新一期/这期/本期/最近一期 (the latest), 上期/上一期/前一期/上一次的报纸/上上期 (issues before the latest),
 * 第N期 (the number in the issue's sidecar or front matter), a date followed by words for an issue or a paper
 * (4月2日那期, 4月2号的报纸, 4.2那期, 2020-04-02的报纸, 2020年4月2日那期), 最早那期/创刊号 (the earliest). A date on its
 * own in a question ({@code 4月2日举行了什么活动}) is part of what is asked, not an issue. A command's argument
 * ({@code /issue 4月2日}, {@code summary --issue 2020-04-02}) may also be a bare date, a bare number or an issue id.
 *
 * <p>Both scripts and full-width digits are understood; the span of the phrase is reported in the text as given.
 * Stateless and thread-safe.
 */
public final class IssueRefs {

    /** 期 as in 期间, 期末, 期货, 上期所, 二期工程: not an issue. */
    private static final String NOT_A_PERIOD = "(?!间|末|初|内|限|货|望|待|盼|刊|满|所|工程|项目|培训|学员|班|课程|研修|计划|学习|建设)";
    /** 报 as in 报道, 报告, 报名: not a paper. */
    private static final String PAPER = "(?:的?(?:一?[份张])?报纸|的?报(?!道|告|名|销|警|送|价|考|表|案|到|请))";
    /** What follows a date when it names an issue: 那期, 的报纸, 出版的那一期, 版. */
    private static final String DATE_NOUN = "\\s*(?:出版|刊登|发行|刊发|出)?\\s*的?\\s*(?:那|这)?\\s*(?:一期|期" + NOT_A_PERIOD
            + "|(?:一?[份张])?报纸|报(?!道|告|名|销|警|送|价|考|表|案|到|请)|刊(?!登|发|出|物)|版)";
    private static final String CN_NUMBER = "[0-9]{1,5}|[零〇一二两三四五六七八九十百千]{1,8}";
    private static final String MONTH = "[0-9]{1,2}|十[一二]?|[一二三四五六七八九]";
    private static final String DAY = "[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九]";

    private static final String CHINESE_DATE = "(?:([0-9]{4}|[零〇一二三四五六七八九]{4})\\s*年\\s*)?(" + MONTH
            + ")\\s*月\\s*(" + DAY + ")\\s*[日号]";
    private static final String ISO_DATE = "(?<![0-9])([0-9]{4})\\s*[-/.]\\s*([0-9]{1,2})\\s*[-/.]\\s*([0-9]{1,2})(?![0-9])\\s*日?";
    private static final String SHORT_DATE = "(?<![0-9.])([0-9]{1,2})\\s*[./]\\s*([0-9]{1,2})(?![0-9.])";

    private static final Pattern LATEST = Pattern.compile(
            "(?:(?:最新|最近)的?(?:那|一)?一?期|这一?期|本期)" + NOT_A_PERIOD + PAPER + "?"
                    + "|最新(?:的|一)?(?:一?[份张])?报纸|今天的报纸");
    private static final Pattern PREVIOUS = Pattern.compile(
            "(上上一?|上一|上|前一)期" + NOT_A_PERIOD + PAPER + "?|上一?次的?报纸|上一?[份张]报纸");
    private static final Pattern NUMBER = Pattern.compile(
            "总?第\\s*(" + CN_NUMBER + ")\\s*期" + NOT_A_PERIOD
                    + PAPER + "?");
    private static final Pattern EARLIEST = Pattern.compile(
            "(?:最早|最老|最初)的?(?:那|一)?一?期" + NOT_A_PERIOD + PAPER + "?|最早的?(?:一?[份张])?报纸|创刊号|首期");
    private static final List<Pattern> QUESTION_DATES = List.of(
            Pattern.compile(CHINESE_DATE + DATE_NOUN), Pattern.compile(ISO_DATE + DATE_NOUN),
            Pattern.compile(SHORT_DATE + DATE_NOUN));
    private static final List<Pattern> ARGUMENT_DATES = List.of(
            Pattern.compile("\\s*" + CHINESE_DATE + "(?:" + DATE_NOUN + ")?\\s*"),
            Pattern.compile("\\s*" + ISO_DATE + "(?:" + DATE_NOUN + ")?\\s*"),
            Pattern.compile("\\s*" + SHORT_DATE + "(?:" + DATE_NOUN + ")?\\s*"));
    private static final Pattern ARGUMENT_NUMBER = Pattern.compile("\\s*总?第?\\s*(" + CN_NUMBER + ")\\s*(?:期|号)?\\s*");
    private static final Pattern ISSUE_NUMBER = Pattern.compile(CN_NUMBER);
    /** Words around an issue phrase in a command's argument that say nothing more (/issue 最新一期的). */
    private static final Pattern ARGUMENT_FILLER = Pattern.compile("[\\s的那这。.？?！!，,]*");

    private static final Comparator<Issue> LATEST_FIRST = Comparator
            .comparing(Issue::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Issue::id, Comparator.reverseOrder());

    private IssueRefs() {
    }

    /**
     * The first phrase in {@code question} that names an issue, if any. A bare date or number is not one (see the
     * class comment).
     */
    public static Optional<IssueRef> find(String question) {
        Objects.requireNonNull(question, "question");
        String text = fold(question);
        IssueRef best = null;
        for (Pattern pattern : QUESTION_DATES) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Optional<IssueRef> date = dateRef(m, m.start(), m.end());
                if (date.isPresent()) {
                    best = earlier(best, date.get());
                    break;
                }
            }
        }
        best = earlier(best, firstRef(LATEST, text, IssueRef.Kind.LATEST));
        best = earlier(best, firstRef(EARLIEST, text, IssueRef.Kind.EARLIEST));
        Matcher previous = PREVIOUS.matcher(text);
        if (previous.find()) {
            int back = previous.group(1) != null && previous.group(1).startsWith("上上") ? 2 : 1;
            best = earlier(best, new IssueRef(IssueRef.Kind.PREVIOUS, back, 0, 0, 0, "", previous.start(), previous.end()));
        }
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            OptionalInt n = chineseNumber(number.group(1));
            if (n.isPresent() && n.getAsInt() > 0) {
                best = earlier(best, new IssueRef(IssueRef.Kind.NUMBER, n.getAsInt(), 0, 0, 0, "", number.start(),
                        number.end()));
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@code question} against {@code issues} (as {@link NewsIndex#issueHeaders()} lists them; any order): the issue
     * it names, a named issue the paper does not have (with the nearest ones), or none named.
     */
    public static IssueMatch resolve(String question, List<Issue> issues) {
        Objects.requireNonNull(issues, "issues");
        Optional<IssueRef> ref = find(question);
        return ref.isEmpty() ? IssueMatch.notNamed(question) : resolve(ref.get(), question, issues);
    }

    /**
     * The whole of a command's argument as an issue: an issue id, a number ({@code 12}, {@code 第12期}), a bare date
     * ({@code 4月2日}, {@code 4.2}, {@code 2020-04-02}, {@code 2020年4月2日}) or a phrase {@link #find} knows
     * ({@code 上期}). {@link IssueMatch.Status#NOT_NAMED} when the argument is something else.
     */
    public static IssueMatch resolveArgument(String argument, List<Issue> issues) {
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(issues, "issues");
        String given = argument.strip();
        for (Issue issue : issues) {
            if (issue.id().equals(given)) {
                return IssueMatch.resolved(new IssueRef(IssueRef.Kind.ID, 0, 0, 0, 0, given, 0, argument.length()),
                        issue, "");
            }
        }
        return parseArgument(argument)
                .map(ref -> resolve(ref, argument, issues))
                .orElseGet(() -> IssueMatch.notNamed(argument));
    }

    /** How a command's argument names an issue (all of it), without looking at the paper; ids are not recognized. */
    public static Optional<IssueRef> parseArgument(String argument) {
        Objects.requireNonNull(argument, "argument");
        String text = fold(argument);
        for (Pattern pattern : ARGUMENT_DATES) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                Optional<IssueRef> date = dateRef(m, 0, text.length());
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        Matcher number = ARGUMENT_NUMBER.matcher(text);
        if (number.matches()) {
            OptionalInt n = chineseNumber(number.group(1));
            if (n.isPresent() && n.getAsInt() > 0) {
                return Optional.of(new IssueRef(IssueRef.Kind.NUMBER, n.getAsInt(), 0, 0, 0, "", 0, text.length()));
            }
        }
        Optional<IssueRef> phrase = find(argument);
        if (phrase.isPresent()
                && ARGUMENT_FILLER.matcher(text.substring(0, phrase.get().start())).matches()
                && ARGUMENT_FILLER.matcher(text.substring(phrase.get().end())).matches()) {
            return phrase;
        }
        return Optional.empty();
    }

    /** {@code ref}, found in {@code text}, against {@code issues}. */
    public static IssueMatch resolve(IssueRef ref, String text, List<Issue> issues) {
        Objects.requireNonNull(ref, "ref");
        String rest = ref.end() <= text.length() ? ref.cutFrom(text) : text;
        List<Issue> ordered = ordered(issues);
        if (ordered.isEmpty()) {
            return IssueMatch.noSuchIssue(ref, List.of(), rest);
        }
        return switch (ref.kind()) {
            case LATEST -> IssueMatch.resolved(ref, ordered.get(0), rest);
            case EARLIEST -> IssueMatch.resolved(ref, ordered.get(ordered.size() - 1), rest);
            case PREVIOUS -> ref.number() < ordered.size()
                    ? IssueMatch.resolved(ref, ordered.get(ref.number()), rest)
                    : IssueMatch.noSuchIssue(ref, List.of(ordered.get(ordered.size() - 1)), rest);
            case NUMBER -> byNumber(ref, ordered, rest);
            case DATE -> byDate(ref, ordered, rest);
            case ID -> ordered.stream().filter(i -> i.id().equals(ref.id())).findFirst()
                    .map(i -> IssueMatch.resolved(ref, i, rest))
                    .orElseGet(() -> IssueMatch.noSuchIssue(ref, List.of(), rest));
        };
    }

    /**
     * The number printed on an issue ({@code 第12期}, {@code 总第1024期}, {@code 12}), if it has one: the first number in
     * its {@link Issue#number()}.
     */
    public static OptionalInt issueNumber(Issue issue) {
        Matcher m = ISSUE_NUMBER.matcher(fold(issue.number()));
        return m.find() ? chineseNumber(m.group()) : OptionalInt.empty();
    }

    // ------------------------------------------------------------------ resolving

    /** Dated issues latest first, or every issue when none is dated (relative references need an order). */
    private static List<Issue> ordered(List<Issue> issues) {
        List<Issue> dated = issues.stream().filter(i -> i.date() != null).sorted(LATEST_FIRST).toList();
        return dated.isEmpty() ? issues.stream().sorted(LATEST_FIRST).toList() : dated;
    }

    /**
     * 第N期: the issue numbered N. On a paper whose issues carry no numbers, the Nth issue from the earliest; otherwise
     * the issues with the nearest numbers are offered when there is none numbered N.
     */
    private static IssueMatch byNumber(IssueRef ref, List<Issue> ordered, String rest) {
        Issue below = null;
        Issue above = null;
        int belowNumber = Integer.MIN_VALUE;
        int aboveNumber = Integer.MAX_VALUE;
        boolean anyNumbered = false;
        for (Issue issue : ordered) {
            OptionalInt number = issueNumber(issue);
            if (number.isEmpty()) {
                continue;
            }
            anyNumbered = true;
            int n = number.getAsInt();
            if (n == ref.number()) {
                return IssueMatch.resolved(ref, issue, rest);
            }
            if (n < ref.number() && n > belowNumber) {
                below = issue;
                belowNumber = n;
            } else if (n > ref.number() && n < aboveNumber) {
                above = issue;
                aboveNumber = n;
            }
        }
        if (!anyNumbered && ref.number() <= ordered.size()) {
            return IssueMatch.resolved(ref, ordered.get(ordered.size() - ref.number()), rest);
        }
        List<Issue> nearest = new ArrayList<>();
        if (above != null) {
            nearest.add(above);
        }
        if (below != null) {
            nearest.add(below);
        }
        if (!anyNumbered) {
            nearest.add(ordered.get(0));
        }
        return IssueMatch.noSuchIssue(ref, nearest, rest);
    }

    /**
     * A date: the latest issue of that day (of any year when none is given). Without one, the nearest issue before
     * and after it; a date without a year is taken in the year that puts it at or before the latest issue.
     */
    private static IssueMatch byDate(IssueRef ref, List<Issue> ordered, String rest) {
        for (Issue issue : ordered) {
            LocalDate date = issue.date();
            if (date != null && date.getMonthValue() == ref.month() && date.getDayOfMonth() == ref.day()
                    && (ref.year() == 0 || date.getYear() == ref.year())) {
                return IssueMatch.resolved(ref, issue, rest);
            }
        }
        LocalDate latest = ordered.get(0).date();
        if (latest == null) {
            return IssueMatch.noSuchIssue(ref, List.of(), rest);
        }
        LocalDate target = date(ref.year() == 0 ? latest.getYear() : ref.year(), ref.month(), ref.day());
        if (target != null && ref.year() == 0 && target.isAfter(latest)) {
            target = date(latest.getYear() - 1, ref.month(), ref.day());
        }
        if (target == null) {
            return IssueMatch.noSuchIssue(ref, List.of(), rest);
        }
        Issue before = null;
        Issue after = null;
        for (Issue issue : ordered) {
            if (issue.date() == null) {
                continue;
            }
            if (issue.date().isBefore(target) && before == null) {
                before = issue; // ordered latest first: the first one before is the nearest
            }
            if (issue.date().isAfter(target)) {
                after = issue; // the last one after is the nearest
            }
        }
        List<Issue> nearest = new ArrayList<>();
        if (after != null) {
            nearest.add(after);
        }
        if (before != null) {
            nearest.add(before);
        }
        return IssueMatch.noSuchIssue(ref, nearest, rest);
    }

    // ------------------------------------------------------------------ parsing

    private static IssueRef firstRef(Pattern pattern, String text, IssueRef.Kind kind) {
        Matcher m = pattern.matcher(text);
        return m.find() ? new IssueRef(kind, 0, 0, 0, 0, "", m.start(), m.end()) : null;
    }

    private static IssueRef earlier(IssueRef best, IssueRef candidate) {
        if (candidate == null) {
            return best;
        }
        if (best == null || candidate.start() < best.start()
                || candidate.start() == best.start() && candidate.end() > best.end()) {
            return candidate;
        }
        return best;
    }

    /** A date match (groups: year or null, month, day, or month, day) as a reference, if it is a possible date. */
    private static Optional<IssueRef> dateRef(Matcher m, int start, int end) {
        int year = 0;
        int monthGroup = 1;
        if (m.groupCount() >= 3) {
            String y = m.group(1);
            year = y == null ? 0 : chineseDigits(y);
            monthGroup = 2;
        }
        OptionalInt month = chineseNumber(m.group(monthGroup));
        OptionalInt day = chineseNumber(m.group(monthGroup + 1));
        if (month.isEmpty() || day.isEmpty() || year < 0) {
            return Optional.empty();
        }
        if (date(year == 0 ? 2000 : year, month.getAsInt(), day.getAsInt()) == null) { // 2000 is a leap year: 2月29日 is a day
            return Optional.empty();
        }
        return Optional.of(new IssueRef(IssueRef.Kind.DATE, 0, year, month.getAsInt(), day.getAsInt(), "", start, end));
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A year written digit by digit (2020, 二〇二〇), or -1. */
    private static int chineseDigits(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            int d = ChineseText.digit(c);
            if (d < 0) {
                return -1;
            }
            digits.append(d);
        }
        return Integer.parseInt(digits.toString());
    }

    private static final Pattern ANY_CHINESE_DATE = Pattern.compile(CHINESE_DATE);

    /**
     * The first calendar day {@code text} names in Chinese (4月2日, 4月2号, 四月二日; a year before it is read and set
     * aside), whether or not it names an issue: a question about what happened on a day ({@code 4月2号那天通报了多少}).
     */
    public static Optional<MonthDay> dayNamed(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = ANY_CHINESE_DATE.matcher(fold(text));
        while (m.find()) {
            Optional<IssueRef> ref = dateRef(m, m.start(), m.end());
            if (ref.isPresent()) {
                return Optional.of(MonthDay.of(ref.get().month(), ref.get().day()));
            }
        }
        return Optional.empty();
    }

    /** 12, 十二, 二十一, 廿一, 一百零五, 两千 as a number; empty when it is not one. */
    public static OptionalInt chineseNumber(String text) {
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.isEmpty() || text.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
        }
        int total = 0;
        int pending = -1;
        for (char c : text.toCharArray()) {
            int d = ChineseText.digit(c);
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '廿' -> 20;
                case '卅' -> 30;
                default -> 0;
            };
            if (d >= 0) {
                pending = d;
            } else if (unit == 20 || unit == 30) {
                total += unit;
                pending = -1;
            } else if (unit > 0) {
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else {
                return OptionalInt.empty();
            }
        }
        if (pending > 0) {
            total += pending;
        }
        return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
    }

    /** Simplified script, full-width letters and digits as ASCII: same length, so offsets carry over. */
    private static String fold(String text) {
        char[] chars = ChineseScript.toSimplified(text).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
