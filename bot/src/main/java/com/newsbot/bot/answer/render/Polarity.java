package com.newsbot.bot.answer.render;

import com.newsbot.bot.answer.language.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the paper says yes or no to a yes/no question: "no" when exactly one of the question and the answering text
 * is negated (是不是就不考核了 against 考核仍将照常进行), or when the question states a figure the text states
 * otherwise (5月6号 asked, 5月9日 printed). Negations are words of
 * {@code lexicon/negations.txt}, never the start of a word of {@code lexicon/not-negations.txt} (不断, 非洲, 无人机).
 */
final class Polarity {
    private static final List<String> NEGATIONS = byLength(Lexicon.words("negations.txt"));
    private static final List<String> NOT_NEGATIONS = byLength(Lexicon.words("not-negations.txt"));
    /** 是不是, 有没有, 能不能, 会不会, 可不可(以): the A-not-A form asks, it does not negate. */
    private static final Pattern A_NOT_A = Pattern.compile("(\\p{IsHan})[不没]\\1");
    /** 是否, 能否, 可否, 与否: asking words built on 否. */
    private static final Pattern ASKING_FOU = Pattern.compile("[是能可与]否");
    /** A question ending in 没, 没有, 不 or 否 (复工了没？, 还能参观不): the particle asks. */
    private static final Pattern ASKING_TAIL = Pattern.compile("(?:没有|没|不|否)[吗呢啊呀\\s？?。！!]*$");
    /** A figure with its unit: 5月6号, 36.5℃, 200台. */
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(月\\d+[日号]|[月日号年万亿元人个家例只倍%％℃度岁名位台辆吨米天])");

    private Polarity() {
    }

    /** Whether the answer to {@code question} from {@code text} is "no". */
    static boolean saysNo(String question, String text) {
        String asking = asking(question);
        if (contradictsFigure(asking, text)) {
            return true;
        }
        boolean questionNegated = !negations(asking).isEmpty();
        boolean textNegated = !negations(text).isEmpty();
        return questionNegated != textNegated;
    }

    /** The question without the words that only ask (是不是, 是否, a closing 没/不). */
    static String asking(String question) {
        String q = A_NOT_A.matcher(question).replaceAll("$1");
        q = ASKING_FOU.matcher(q).replaceAll("");
        return ASKING_TAIL.matcher(q).replaceAll("");
    }

    /** The negations {@code text} holds, each where it stands, longest first at each place. */
    static List<String> negations(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String not : NOT_NEGATIONS) {
                if (text.startsWith(not, i)) {
                    i += not.length();
                    continue outer;
                }
            }
            for (String n : NEGATIONS) {
                if (text.startsWith(n, i)) {
                    out.add(n);
                    i += n.length();
                    continue outer;
                }
            }
            i++;
        }
        return out;
    }

    /** The question states a figure that {@code text} states otherwise, in the same unit, and nowhere as asked. */
    static boolean contradictsFigure(String question, String text) {
        Matcher q = FIGURE.matcher(question);
        boolean other = false;
        while (q.find()) {
            String value = q.group(1);
            String unit = unit(q.group(2));
            boolean same = false;
            Matcher t = FIGURE.matcher(text);
            while (t.find()) {
                if (unit(t.group(2)).equals(unit)) {
                    if (t.group(1).equals(value) && normal(t.group(2)).equals(normal(q.group(2)))) {
                        same = true;
                    } else {
                        other = true;
                    }
                }
            }
            if (same) {
                return false;
            }
        }
        return other;
    }

    /** 号 is 日 in print. */
    private static String normal(String unit) {
        return unit.replace('号', '日');
    }

    /** The kind of a unit: a date's month for 4月7日, the unit itself otherwise. */
    private static String unit(String unit) {
        return unit.startsWith("月") ? "月" : normal(unit);
    }

    private static List<String> byLength(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }
}
