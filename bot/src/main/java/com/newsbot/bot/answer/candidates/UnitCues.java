package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.language.Colloquial;
import com.newsbot.bot.answer.language.Entities;
import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.question.Asked;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sentence says that the reader looks for, apart from how it weighs it ({@link ArticleReader}): whether an answer
 * of the asked kind stands by the asked noun, whether the sentence lists, says why, only echoes the question, and how
 * well it holds a question word (itself, the paper's word for it, a mistyped character). Stateless.
 */
public final class UnitCues {
    /** A question word the paper says otherwise (a synonym) earns this share of its weight. */
    static final double ALTERNATIVE_CREDIT = 0.7;
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’'《》「」『』]");
    private static final Pattern CAUSE = Pattern.compile(
            "因为|由于|原因[是在为]|导致|因此|所以|之所以|是因|受到?.{0,12}(?:影响|冲击)|为了|以便|旨在|源于|随着|缘于|归因于");
    private static final Pattern ENUMERATION = Pattern.compile("[^，。、；：\\s]{1,16}、[^，。、；：\\s]{1,16}(?:、|和|及|与|以及)[^，。、；：\\s]{1,16}");
    /** Letters (characters, Latin letters) a unit must hold beyond the question's to say something. */
    static final int LEAST_NEW = 2;

    private UnitCues() {
    }

    /**
     * Whether an answer of the asked kind in {@code text} touches what is asked: the asked noun (法官吴德植, 挪威Nordlaks公司)
     * or, for 哪个港, a place of that kind (大榭港).
     */
    static boolean touches(Asked asked, String text, List<AnswerSpans.Span> spans) {
        if (spans.stream().anyMatch(sp -> asked.ofAskedKind(sp.text()))) {
            return true;
        }
        return nextToAsked(asked, text, spans) == 4;
    }

    /** As {@link #touches(Asked, String, List)} over the spans of the asked kind that {@code text} holds. */
    public static boolean touches(Asked asked, String text) {
        return touches(asked, text, AnswerSpans.find(asked.shape(), text, asked.text()));
    }

    /**
     * How closely a span stands by what is asked: 4 when the asked noun touches it (法官吴德植), 1 when the asked noun or a
     * question word of two or more characters is within a few characters, 0 otherwise.
     */
    public static int nextToAsked(Asked asked, String text, List<AnswerSpans.Span> spans) {
        if (!asked.focus().isEmpty()) {
            for (AnswerSpans.Span s : spans) {
                String before = text.substring(Math.max(0, s.start() - asked.focus().length() - 1), s.start());
                String after = text.substring(s.end(), Math.min(text.length(), s.end() + asked.focus().length() + 1));
                if ((before.contains(asked.focus()) || after.contains(asked.focus())) && !s.text().contains(asked.focus())) {
                    return 4;
                }
            }
        }
        List<String> near = new ArrayList<>();
        if (!asked.focus().isEmpty()) {
            near.add(asked.focus());
        }
        for (String w : asked.words()) {
            if (w.length() >= 2) {
                near.add(w);
            }
        }
        for (AnswerSpans.Span s : spans) {
            String around = text.substring(Math.max(0, s.start() - 6), Math.min(text.length(), s.end() + 6));
            String clause = clauseAround(text, s);
            for (String w : near) {
                if ((around.contains(w) || clause.contains(w)) && !s.text().contains(w)) {
                    return 1; // 其中8人的新冠病毒检测呈阳性: the number and what it is of in one clause
                }
            }
        }
        return 0;
    }

    /**
     * Whether {@code text} lists what a list question asks: two people or more when people are asked (仇杰…张生春…黄元毅),
     * three things or more otherwise (铅、铟和锡).
     */
    public static boolean listsAsked(Asked asked, String text) {
        if (asked.shape() == Asked.Shape.PERSON) {
            return people(asked, text) >= 2;
        }
        return ENUMERATION.matcher(text).find();
    }

    /** How many people {@code text} names that the question does not. */
    static int people(Asked asked, String text) {
        return (int) Entities.people(text).stream().filter(p -> !asked.text().contains(p)).count();
    }

    /** Whether {@code text} lists three things or more (铅、铟和锡). */
    public static boolean lists(String text) {
        return ENUMERATION.matcher(text).find();
    }

    /** Whether {@code text} says why (因为, 由于, 受…冲击, 所以, 为了…). */
    public static boolean saysCause(String text) {
        return CAUSE.matcher(text).find();
    }

    private static final Pattern CHINESE_NUMERAL = Pattern.compile("^[零〇一二两三四五六七八九十百千]+");

    /** {@code word} with its leading Chinese numeral in figures (六十 → 60, 一百八十多万 → 180多万); "" when it has none. */
    static String inFigures(String word) {
        java.util.regex.Matcher m = CHINESE_NUMERAL.matcher(word);
        if (!m.find() || m.group().length() < 2) {
            return ""; // a single 一 or 三 is part of too many words
        }
        java.util.OptionalInt n = com.newsbot.retrieval.IssueRefs.chineseNumber(m.group());
        return n.isPresent() ? n.getAsInt() + word.substring(m.end()) : "";
    }

    /** Whether {@code unit} says next to nothing the question does not: fewer than {@value #LEAST_NEW} letters of its own. */
    static boolean echoes(String unit, String question) {
        int own = 0;
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            if (Character.isLetter(c) && question.indexOf(c) < 0 && ++own >= LEAST_NEW) {
                return false;
            }
        }
        return true;
    }

    /** The clause (between commas, semicolons or sentence ends) that holds span {@code s} of {@code text}. */
    public static String clauseAround(String text, AnswerSpans.Span s) {
        int from = s.start();
        while (from > 0 && com.newsbot.retrieval.ChineseText.CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = s.end();
        while (to < text.length() && com.newsbot.retrieval.ChineseText.CLAUSE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    /**
     * How well {@code text} holds {@code word}: 1 when it does (or its full form, 劳模 in 劳动模范), {@value #ALTERNATIVE_CREDIT}
     * when it holds a word the paper uses for it, the share of its character pairs otherwise (a mistyped character).
     */
    static double match(String text, String word) {
        if (Texts.holdsWord(text, word)) {
            return 1;
        }
        if (QUOTES.matcher(text).find() && Texts.holdsWord(QUOTES.matcher(text).replaceAll(""), word)) {
            return 1; // 赞丹号 in “赞丹”号
        }
        for (String alt : Colloquial.get().alternatives(word)) {
            if (text.contains(alt)) {
                return ALTERNATIVE_CREDIT;
            }
        }
        String figures = inFigures(word);
        if (!figures.isEmpty() && text.contains(figures)) {
            return 1; // 六十家 in 60家, 一百八十多万 in 180多万
        }
        Set<String> pairs = Texts.terms(word);
        pairs.remove(word);
        if (word.length() < 3 || pairs.isEmpty()) {
            return 0;
        }
        int in = 0;
        for (String p : pairs) {
            if (text.contains(p)) {
                in++;
            }
        }
        return 0.5 * in / pairs.size();
    }
}
