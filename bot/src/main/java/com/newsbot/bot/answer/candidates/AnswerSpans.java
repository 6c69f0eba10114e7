package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.language.Entities;
import com.newsbot.bot.answer.language.Measures;
import com.newsbot.bot.answer.question.Asked;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence holds the kind of thing a question asks for: a number with its unit (15万只, 5厘米, 33亿元), a sum of
 * money, a date or a year, a person, a place, a quoted or named thing. A span the question itself states is not an
 * answer to it.
 */
public final class AnswerSpans {
    private static final String NUMERAL = "(?:\\d+(?:[.,．]\\d+)*|[零〇一二两三四五六七八九十百千万亿]+)";
    private static final String MAGNITUDE = "(?:余|多|近)?(?:十|百|千|万|亿|万亿)?(?:余|多)?";
    private static final String UNIT = "(?:万?(?:平方)?(?:公里|千米|厘米|毫米|公尺|公分|米)|(?:km|cm|mm|kg|m)(?![A-Za-z])|立方米|平方米|公顷|亩|(?:万|亿)?(?:美元|欧元|英镑|日元|港元|卢布|兰特|元|块)"
            + "|(?:公斤|千克|克|吨|斤)|[%％‰]|个百分点|℃|°|摄氏度|倍|人次|例|名|位|人|个|只|头|座|家|所|辆|台|架|艘|条|项|件|次|场|批|岁|年|天|日|小时|分钟|秒|周|个月|月"
            + "|[" + Measures.ALL + "])";
    private static final Pattern QUANTITY = Pattern.compile(NUMERAL + MAGNITUDE + UNIT);
    private static final Pattern ASKS_NAME = Pattern.compile("叫什么|什么名字|叫啥|名字|姓名|姓什么");
    private static final Pattern PROPORTION = Pattern.compile("(?:绝大多数|大多数|绝大部分|大部分|一半|半数|过半|大半|多数|少数)(?:以上|以下|左右)?"
            + "|[\\d零〇一二两三四五六七八九十]*[百千万]?分之[\\d零〇一二两三四五六七八九十]+(?:点[\\d零〇一二三四五六七八九]+)?(?:以上|以下|左右)?"); // 三分之一, 百分之六十
    private static final Pattern MONEY = Pattern.compile(NUMERAL + MAGNITUDE + "(?:美元|欧元|英镑|日元|港元|卢布|兰特|澳元|加元|新西兰元|新加坡元|新台币|韩元|泰铢|卢比|瑞郎|元|块钱|块)"
            + "|(?<=罚款?|罚金|赔偿?|补助|补贴|捐款?|投资|花费?)" + NUMERAL + "(?:余|多)?(?:万|亿)"); // 被罚75.5万
    private static final Pattern DATE = Pattern.compile(
            "\\d{1,2}\\s?[点时](?:\\d{1,2}分|半)?|(?:\\d{4}\\s?年\\s?)?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?[日号](?:\\d{1,2}时)?|\\d{1,2}\\s?月(?:底|初|中旬|上旬|下旬|中|末)?|\\d{4}\\s?年(?:底|初|末)?"
                    + "|\\d{1,2}\\s?[日号]|[今明去前]年|年底|年初|月底|月初|下周|本周|近日|日前|目前|明天|今天|昨天");
    /** A year and no day in it (2019年, 2019年底, 去年): no answer to a question for a day. */
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:\\d{4}\\s?年|[今明去前]年)(?:底|初|末)?|年底|年初");
    /** A question for a day (哪天, 哪一天, 几号, 几月几日), not for an hour. */
    private static final Pattern ASKS_DAY = Pattern.compile("哪一?天|哪日|几号|几月几[日号]|什么日子|哪一?日");
    /** A question for an hour of the day (几点, 几点钟, 几时几分). */
    private static final Pattern ASKS_CLOCK = Pattern.compile("几点|几时几分");
    /** An hour (10时, 8点半, 9时18分) with nothing of the day. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}\\s?[点时](?:\\d{1,2}分|半)?");
    /** A day of the month (2日, 3号) or a month's name (4月): a place in the calendar, not a quantity. */
    private static final Pattern CALENDAR = Pattern.compile("(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s?[日号月]");
    /** A question that counts in days or months (几日, 多少个月 is a quantity in 个月 and stays). */
    private static final Pattern ASKS_IN_DAYS_OR_MONTHS = Pattern.compile("(?:几|多少)\\s?[日号月]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}\\s?年|\\d{2}世纪|[一二三四五六七八九零〇]{4}年");
    private static final Pattern QUOTED = Pattern.compile("[“\"「《]([^”\"」》]{1,20})[”\"」》]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9\\-·. ]{1,30}[A-Za-z0-9]");

    /**
     * A percentage (57%, 3.5％): a share of a whole, like 一半 or 三分之一 — 57%的德国人 answers 多少人.
     */
    private static final Pattern PERCENT = Pattern.compile("\\d+(?:[.．]\\d+)?\\s?[%％]");
    /**
     * A figure whose unit the noun before it states (在线观摩人数超过了100万, 参观人次达3万余): a count of people, households,
     * times or things written as X数 (the character X is the measure word, 人数 counts 人), then the figure without a unit
     * of its own in the same clause. The grammar of Chinese counting nouns (人数, 户数, 次数, 台数); no question set.
     */
    private static final Pattern COUNTED = Pattern.compile(
            "([人户次台辆家件个只头例所座位名])数[^，,。；;！!？?\\d]{0,8}?(\\d+(?:[.．]\\d+)?(?:万|亿)?(?:余|多)?)(?![\\d.．%％])");
    /**
     * A time counted in halves (半个月, 一个半月, 半年, 两个半小时): 半 is a numeral of time the digits of {@link #QUANTITY}
     * do not read. Not 半天, which says "a long while" as often as "half a day"; not 上半年, a part of the calendar.
     */
    private static final Pattern HALF = Pattern.compile(
            "(?<![上下前后])(?:[\\d零〇一二两三四五六七八九十]+个?)?半(?:个)?(?:月|年|小时|钟头)|[\\d零〇一二两三四五六七八九十]+个半(?:月|小时|钟头)");

    /** A span of a sentence: {@code [start, end)}. */
    public record Span(int start, int end, String text) {
    }

    private AnswerSpans() {
    }

    /**
     * A news dateline or byline at the start of a sentence (新华社北京4月2日电（记者丁静）, 中新网北海4月1日电(郑相元 罗道宇),
     * 本报讯（记者 肖扬）): who filed the story and when, never the answer to a question about it.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\u4e00-\\u9fff]{0,12}?(?:社|网|报|台|讯)[\\u4e00-\\u9fff]{0,8}?(?:\\d{1,2}月\\d{1,2}日)?电\\s*(?:[(（][^)）]{0,30}[)）])?|^本报讯\\s*(?:[(（][^)）]{0,30}[)）])?");

    /** {@code sentence} with its dateline blanked (same length, so offsets hold). */
    static String withoutDateline(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        if (m.find() && m.end() > 0 && (m.group().contains("电") || m.group().startsWith("本报讯"))) {
            return " ".repeat(m.end()) + sentence.substring(m.end());
        }
        return sentence;
    }

    /** Every span of {@code shape} in {@code sentence} that {@code question} does not already state. */
    public static List<Span> find(Asked.Shape shape, String sentence, String question) {
        return find(shape, sentence, question, true);
    }

    /**
     * Whether the spans of {@code shape} are names HanLP tags (people, places, organisations, titles): finding them tags
     * the sentence, the reader's largest cost.
     */
    static boolean namesTagged(Asked.Shape shape) {
        return shape == Asked.Shape.PERSON || shape == Asked.Shape.PLACE || shape == Asked.Shape.NAMED;
    }

    /** As {@link #find(Asked.Shape, String, String)}, leaving out the names HanLP tags unless {@code tagged}. */
    static List<Span> find(Asked.Shape shape, String sentence, String question, boolean tagged) {
        List<Span> out = new ArrayList<>();
        sentence = withoutDateline(sentence);
        switch (shape) {
            case MONEY -> add(MONEY, sentence, question, out);
            case NUMBER -> {
                add(QUANTITY, sentence, question, out);
                if (!ASKS_IN_DAYS_OR_MONTHS.matcher(question).find()) {
                    out.removeIf(s -> CALENDAR.matcher(s.text().strip()).matches()); // 11月24日's 24日 names a day, it counts nothing
                }
                String plain = sentence;
                out.removeIf(s -> isMinuteOfClock(plain, s)); // 13时45分's 45分 is a time of day, no length
                add(PROPORTION, sentence, question, out); // 一半以上员工 answers 多少员工
                add(HALF, sentence, question, out); // 历时半个月 answers 用了多长时间
                counted(sentence, question, out); // 人数超过了100万 answers 多少人 (as 100万人)
            }
            case DATE -> {
                add(DATE, sentence, question, out);
                if (ASKS_DAY.matcher(question).find()) {
                    out.removeIf(s -> CLOCK.matcher(s.text().strip()).matches()); // 哪天 asks a day, 10时 is an hour of one
                    out.removeIf(s -> YEAR_ONLY.matcher(s.text().strip()).matches()); // and 2019年 a year with many
                } else if (ASKS_CLOCK.matcher(question).find()) {
                    out.removeIf(s -> !CLOCK.matcher(s.text().strip()).matches()); // 几点 asks an hour, 2日 is no answer
                }
            }
            case YEAR -> add(YEAR, sentence, question, out);
            case PERSON -> {
                if (tagged) {
                    entities(Entities.Type.PERSON, sentence, question, out);
                    if (!ASKS_NAME.matcher(question).find()) {
                        entities(Entities.Type.TITLE, sentence, question, out); // 谁挂帅的 → 总经理, but 叫什么 asks a name
                    }
                }
            }
            case PLACE -> {
                if (tagged) {
                    entities(Entities.Type.PLACE, sentence, question, out);
                    entities(Entities.Type.ORGANIZATION, sentence, question, out);
                }
            }
            case NAMED -> {
                add(QUOTED, sentence, question, out);
                add(LATIN, sentence, question, out);
                if (tagged) {
                    entities(Entities.Type.ORGANIZATION, sentence, question, out);
                    entities(Entities.Type.PERSON, sentence, question, out);
                }
            }
            default -> {
            }
        }
        return out;
    }

    /** Whether {@code s} is the minutes of a time of day (45分 of 13时45分). */
    private static boolean isMinuteOfClock(String sentence, Span s) {
        return s.text().strip().endsWith("分") && s.start() > 0
                && CLOCK_HOUR_BEFORE.matcher(sentence.substring(Math.max(0, s.start() - 3), s.start())).find();
    }

    private static final Pattern CLOCK_HOUR_BEFORE = Pattern.compile("\\d[时点]$");

    /**
     * The figures of {@link #COUNTED} not already read as quantities, each with the unit its noun states after it (100万 of
     * 人数超过了100万 as 100万人), so that it answers a question counting in that unit.
     */
    private static void counted(String sentence, String question, List<Span> out) {
        Matcher m = COUNTED.matcher(sentence);
        while (m.find()) {
            int start = m.start(2);
            int end = m.end(2);
            boolean read = out.stream().anyMatch(s -> s.start() < end && start < s.end());
            if (!read && !question.contains(m.group(2)) && !isPartOfLongerNumber(sentence, start)) {
                out.add(new Span(start, end, m.group(2) + m.group(1)));
            }
        }
    }

    /** Whether {@code span} is a share of a whole (一半以上, 大多数) rather than a figure. */
    public static boolean isProportion(String span) {
        return PROPORTION.matcher(span).matches() || PERCENT.matcher(span).matches();
    }

    /** Whether {@code span} is a percentage (57%). */
    public static boolean isPercent(String span) {
        return PERCENT.matcher(span).matches();
    }

    /**
     * Whether {@code units} (as {@link Asked#unitsFor} spells them, the asked unit first) count people (多少人) or ask a
     * ratio: 57%的德国人 answers 多少人, but not 第几个项目, whose 个 only shares a group with 人.
     */
    public static boolean countsPeople(String units) {
        return units.startsWith("人") || units.indexOf('%') >= 0 || units.indexOf('％') >= 0;
    }

    /** Whether {@code units} counts people (多少人, 多少员工) or asks a ratio: a share (一半以上, 三分之一) answers too. */
    public static boolean takesShare(String units) {
        return units.indexOf('人') >= 0 || units.indexOf('%') >= 0; // a ratio asked (比例, …率) is a share too: 三分之一
    }

    /** The first quantity in {@code sentence} whose unit is one of {@code units}' characters (any unit when ""). */
    public static Optional<Span> quantityWith(String sentence, String question, String units) {
        for (Span s : find(Asked.Shape.NUMBER, sentence, question)) {
            if (units.isEmpty() || units.indexOf(s.text().charAt(s.text().length() - 1)) >= 0
                    || (takesShare(units) && isProportion(s.text()) && (!isPercent(s.text()) || countsPeople(units)))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static void add(Pattern p, String sentence, String question, List<Span> out) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            String found = m.group().strip();
            if (!found.isEmpty() && !question.contains(found) && !isPartOfLongerNumber(sentence, m.start())
                    && !countsNothing(sentence, m.end(), found) && !wordOfZero(found)) {
                out.add(new Span(m.start(), m.end(), m.group()));
            }
        }
    }

    /**
     * Whether {@code found} is 零 and the character after it making a word that is no number (零件, 零售, 零部): HanLP's
     * core dictionary knows the word and tags it neither m (numeral) nor q (measure word).
     */
    static boolean wordOfZero(String found) {
        if (found.length() != 2 || found.charAt(0) != '零') {
            return false;
        }
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(found);
        return a != null && !a.hasNatureStartsWith("m") && !a.hasNatureStartsWith("q");
    }

    /**
     * Whether {@code found} is 一名/一位/一个 before a word: 一名学生, 一位无所不能的大神 say "a student", "a genius"; they
     * count nothing (那个学生一共坑了多少人 is not answered by 一名).
     */
    private static boolean countsNothing(String sentence, int end, String found) {
        if (VAGUE.matcher(found).lookingAt()) {
            return true; // 一两只东方白鹳飞来: a handful, not how many
        }
        return ONE_OF.matcher(found).matches() && end < sentence.length()
                && Character.UnicodeScript.of(sentence.charAt(end)) == Character.UnicodeScript.HAN;
    }

    private static final Pattern VAGUE = Pattern.compile("(?:一两|两三|三两|三四|三五|四五|五六|六七|七八|八九)(?![十百千万亿])");

    private static final Pattern ONE_OF = Pattern.compile("一[名位个家所座]");

    private static boolean isPartOfLongerNumber(String sentence, int start) {
        return start > 0 && (Character.isDigit(sentence.charAt(start - 1)) || sentence.charAt(start - 1) == '.');
    }

    private static void entities(Entities.Type type, String sentence, String question, List<Span> out) {
        for (Entities.Entity e : Entities.of(sentence)) {
            if (e.type() == type && !question.contains(e.text())) {
                out.add(new Span(e.start(), e.end(), e.text()));
            }
        }
    }
}
