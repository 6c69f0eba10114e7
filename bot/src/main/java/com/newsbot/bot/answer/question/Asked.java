package com.newsbot.bot.answer.question;

import com.newsbot.bot.answer.candidates.AnswerSpans;
import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.language.Colloquial;
import com.newsbot.bot.answer.language.Entities;
import com.newsbot.bot.answer.language.Measures;
import com.newsbot.retrieval.ChineseScript;
import com.newsbot.retrieval.IssueRefs;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader's question asks, read the way colleagues write (啥, 咋, 多深, 是不是已经…): the question with its chat
 * words rewritten, the shape of the answer it wants (a number of some unit, a date, a person, a place, yes or no, a
 * list, a reason), the noun it asks about ({@link #focus()}: 票价 in 票价是多少, 酒店 in 哪家酒店) and whether it wants
 * the latest report.
 */
public final class Asked {
    /** What the answer must hold. */
    public enum Shape { NUMBER, MONEY, DATE, YEAR, PERSON, PLACE, NAMED, YESNO, REASON, MANNER, ISSUE_DATE, OTHER }

    private static final Pattern RECENT = Pattern.compile("最新|现在|目前|如今|最近|眼下|截至|累计|一共|加起来|至今|还[在是有]");
    /** 封到几号, 延到什么时候: the end of a period asked. */
    private static final Pattern UNTIL = Pattern.compile("(?:到|至)(?:几[日号]|什么时候|哪天|哪一天|几月)");

    private final String original;
    private final String text;
    private final Question question;
    private final Question literal;
    private final Shape shape;
    private final boolean list;
    private final boolean recent;
    private final String focus;
    private final String focusHead;
    /** The kind of place asked for (港 of 哪个港, 县 of 哪个县), 0 when none. */
    private final char placeKind;
    /** The question's content words (segmented once: the reader weighs them against every sentence it reads). */
    private final List<String> words;
    private final String units;
    private final boolean until;
    private final MonthDay day;
    /** The question's words with their parts of speech, as HanLP tags {@link #text()} (once). */
    private final List<Entities.Word> tagged;

    private Asked(String original, String text, Question question, Question literal, Shape shape, boolean list,
                  boolean recent, String focus, List<Entities.Word> tagged) {
        this.units = unitsFor(question.unit().isEmpty() && shape == Shape.NUMBER && !focus.isEmpty()
                && AskedShapes.namesPeople(focus) ? "人" : question.unit()); // 多少员工 counts people
        this.until = UNTIL.matcher(text).find();
        this.day = IssueRefs.dayNamed(text).orElse(null);
        this.original = original;
        this.text = text;
        this.question = question;
        this.literal = literal;
        this.shape = shape;
        this.list = list;
        this.recent = recent && day == null; // 截至4月2号, 4月2号那天…累计: the figure of the day named, not the latest
        this.focus = focus;
        this.focusHead = head(focus);
        this.words = AskedWords.of(question);
        this.placeKind = placeKind(text, shape);
        this.tagged = List.copyOf(tagged);
    }

    /** {@code read} as if it asked for the latest word or not ({@code recent}), nothing read again. */
    private Asked(Asked read, boolean recent) {
        this.units = read.units;
        this.until = read.until;
        this.day = read.day;
        this.original = read.original;
        this.text = read.text;
        this.question = read.question;
        this.literal = read.literal;
        this.shape = read.shape;
        this.list = read.list;
        this.recent = recent;
        this.focus = read.focus;
        this.focusHead = read.focusHead;
        this.words = read.words;
        this.placeKind = read.placeKind;
        this.tagged = read.tagged;
    }

    private static String head(String focus) {
        if (focus.length() < 3) {
            return focus; // no noun (most questions), or one too short to end in a word of two characters: not segmented
        }
        List<Entities.Word> words = Entities.words(focus);
        if (words.size() < 2) {
            return focus;
        }
        String last = words.get(words.size() - 1).text();
        return last.length() >= 2 ? last : focus;
    }

    public static Asked of(String question) {
        return of(question, "");
    }

    /** Whether {@code place} is of the kind of place asked for (大榭港 for 哪个港, 上蔡县 for 哪个县); never when none is. */
    public boolean ofAskedKind(String place) {
        return placeKind != 0 && !place.isEmpty() && place.charAt(place.length() - 1) == placeKind;
    }

    private static char placeKind(String text, Shape shape) {
        Matcher m = PLACE_KIND.matcher(text);
        return shape == Shape.PLACE && m.find() ? m.group(1).charAt(0) : 0;
    }

    private static final Pattern PLACE_KIND = Pattern.compile("哪(?:个|座|一个)?([港县市省区岛村镇州湖河山])");

    /** Whether the question asks which one of the asked noun (哪家配套工厂, 哪个救援队). */
    public boolean whichOfFocus() {
        return !focus.isEmpty() && Pattern.compile("哪[些几两三四五六七八九十]?[" + Measures.ALL + "]?" + Pattern.quote(focus))
                .matcher(text).find();
    }

    /** Whether the question names the unit it counts in (多少吨, 几家), not only a dimension (多大, 多远). */
    public boolean unitNamed() {
        String unit = question.unit();
        return !unit.isEmpty() && (text.contains("多少" + unit) || text.contains("几" + unit));
    }

    /** This question read as if it did not ask for the latest word (for measuring the recency rule). */
    public Asked anyDate() {
        return recent ? new Asked(this, false) : this;
    }

    /** {@code question} read with what a follow-up carries from earlier turns ({@code context}, "" when none). */
    public static Asked of(String question, String context) {
        return of(question, context, Question.of(question, context));
    }

    /**
     * As {@link #of(String, String)}, with {@code question} read already as {@code literal}, which must be
     * {@code Question.of(question, context)}: the one typed question of the answer path, every part read once.
     */
    static Asked of(String question, String context, Question literal) {
        String simplified = clean(ChineseScript.toSimplified(question.strip()));
        String text = Colloquial.get().rewrite(simplified);
        String readContext = ChineseScript.toSimplified(context); // as Question.of reads it
        String rewrittenContext = Colloquial.get().rewrite(readContext);
        // Question.of reads its text and context in simplified characters: when the rewritten ones read the same, the
        // question read is the literal one (the same text read again would give the same value)
        Question q = ChineseScript.toSimplified(text.strip()).equals(literal.text())
                && ChineseScript.toSimplified(rewrittenContext).equals(readContext)
                ? literal : Question.of(text, rewrittenContext);
        boolean list = AskedShapes.lists(text);
        List<Entities.Word> tagged = Entities.words(text);
        String focus = AskedNoun.focus(tagged);
        Shape shape = AskedShapes.of(text, q.kind(), focus);
        return new Asked(question, text, q, literal, shape, list, RECENT.matcher(text).find(), focus, tagged);
    }

    /** Measure words that count the same things: a question asking 多少人 is answered by 85名 or 117710例. */
    private static final List<String> SAME_COUNT = List.of("人名位个例口员", "只头匹条尾", "家所个座间", "座个处栋幢",
            "辆台部架个", "艘条只", "件个项", "次场轮回", "吨公斤千克斤克g", "米公里千米厘米毫米公尺公分m", "元块");

    static String unitsFor(String asked) {
        if (asked.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(asked);
        for (String group : SAME_COUNT) {
            for (int i = 0; i < asked.length(); i++) {
                if (group.indexOf(asked.charAt(i)) >= 0) {
                    out.append(group);
                }
            }
        }
        return out.toString();
    }

    /** Whether the number span {@code text} ends in one of the asked units (any unit when none is asked). */
    public boolean hasAskedUnit(String span) {
        return units.isEmpty() || units.indexOf(span.charAt(span.length() - 1)) >= 0
                || (AnswerSpans.takesShare(units) && AnswerSpans.isProportion(span)
                    && (!AnswerSpans.isPercent(span) || AnswerSpans.countsPeople(units)));
    }

    /**
     * {@code text} without what a chat app or a search habit wraps around a question: a Markdown link's address, a URL,
     * HTML tags, terminal escapes, search operators and field prefixes.
     */
    static String clean(String text) {
        return text.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("(?i)https?://\\S+", " ")
                .replaceAll("<[^>]{0,40}>", " ")
                .replaceAll("\\p{Cc}\\[[0-9;]*[A-Za-z]?|\\p{Cc}", " ")
                .replaceAll("\\b(?:AND|OR|NOT|TO)\\b", " ")
                .replaceAll("\\b[A-Za-z]+:", " ")
                .replaceAll("[\\\\*~^\"(){}\\[\\]:+!/]|(?<![A-Za-z0-9])-|-(?![A-Za-z0-9])", " ")
                .replaceAll("(?<=\\p{IsHan})[那这]边(?=\\p{IsHan})", "") // 荷兰那边关店: 那边 points, it says nothing (边关 is a word)
                .replaceAll("\\s+", " ").strip();
    }

    /** The question as it was asked. */
    String original() {
        return original;
    }

    /** The question with its chat words rewritten ({@link Colloquial}): what the reader reads. */
    public String text() {
        return text;
    }

    /** {@link #text()} read for its kind, unit and content terms, with what a follow-up carries. */
    public Question question() {
        return question;
    }

    /**
     * The question as it was written (in simplified characters, its chat words not rewritten), read with the same
     * context: what the lexical picker reads ({@link SpanPicker}). The same value as {@link #question()} when the rewrite
     * changed nothing that is read.
     */
    public Question literal() {
        return literal;
    }

    public Shape shape() {
        return shape;
    }

    /** Whether it asks for several things (分别, 哪些, 都有谁). */
    public boolean list() {
        return list;
    }

    /** Whether it asks for the latest report. */
    public boolean recent() {
        return recent;
    }

    /** The noun it asks about (票价 in 票价是多少, 配套工厂 in 哪家配套工厂), "" when none. */
    public String focus() {
        return focus;
    }

    /** The last word of {@link #focus()} (工厂 of 配套工厂), which an article may hold alone. */
    public String focusHead() {
        return focusHead;
    }

    /** The characters any of which may end a number answering this question (多少人 → 人名位个例), "" for any unit. */
    public String units() {
        return units;
    }

    /** 封到几号 / 延到什么时候: the end of a period is asked, the date after 至/到. */
    public boolean until() {
        return until;
    }

    /** The calendar day the question names (4月2号那天…, 截至4月2日…), null when none: reported that day or the next. */
    public MonthDay day() {
        return day;
    }

    /** The question's words with their parts of speech (HanLP's tags, as {@link Entities#words} gives them). */
    public List<Entities.Word> tagged() {
        return tagged;
    }

    /** The question's content words that say what it is about (its own and what a follow-up carried), fillers left out. */
    public List<String> words() {
        return words;
    }

    /** Whether an answer of this shape needs a typed span (a number, a date, a name) to exist at all. */
    public boolean typed() {
        return switch (shape) {
            case NUMBER, MONEY, DATE, YEAR, PERSON, PLACE -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add(shape.name());
        if (list) {
            parts.add("list");
        }
        if (recent) {
            parts.add("recent");
        }
        if (!focus.isEmpty()) {
            parts.add("focus=" + focus);
        }
        parts.add("words=" + words());
        return String.join(" ", parts);
    }
}
