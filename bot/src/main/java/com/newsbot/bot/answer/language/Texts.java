package com.newsbot.bot.answer.language;

import com.newsbot.retrieval.ChineseText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Character-level helpers for Chinese text: units (one CJK character, or one run of ASCII letters and
 * digits), bigrams of adjacent units, and sentence / clause boundaries with offsets.
 */
public final class Texts {
    /** Characters that carry no content; a bigram holding one of them is not a term. */
    private static final String FUNCTION_CHARS = "的了吗呢吧啊呀么是着过";

    private Texts() {
    }

    public static boolean isCjk(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf');
    }

    public static boolean isAsciiWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    public static boolean isWordChar(char c) {
        return isCjk(c) || isAsciiWord(c) || Character.isLetterOrDigit(c);
    }

    public static boolean isFunctionChar(char c) {
        return FUNCTION_CHARS.indexOf(c) >= 0;
    }

    /**
     * The units of {@code text} in order, with {@code null} between runs separated by punctuation or
     * space (so no bigram spans a boundary). ASCII runs are lower-cased; full-width ASCII is folded.
     */
    static List<String> units(String text) {
        List<String> out = new ArrayList<>(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = fold(text.charAt(i));
            if (isAsciiWord(c)) {
                int j = i;
                StringBuilder word = new StringBuilder();
                while (j < n && isAsciiWord(fold(text.charAt(j)))) {
                    word.append(Character.toLowerCase(fold(text.charAt(j))));
                    j++;
                }
                out.add(word.toString());
                i = j;
            } else if (isWordChar(c)) {
                out.add(String.valueOf(c));
                i++;
            } else {
                if (!out.isEmpty() && out.get(out.size() - 1) != null) {
                    out.add(null);
                }
                i++;
            }
        }
        return out;
    }

    /** Content bigrams of {@code text} (adjacent units, none holding a function character), plus lone ASCII words. */
    public static Set<String> terms(String text) {
        List<String> units = units(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            String a = units.get(i);
            if (a == null) {
                continue;
            }
            if (a.length() > 1 || isAsciiWord(a.charAt(0))) {
                out.add(a);
            }
            if (i + 1 < units.size()) {
                String b = units.get(i + 1);
                if (b != null && !isFunction(a) && !isFunction(b) && isCjk(a.charAt(0)) == isCjk(b.charAt(0))) {
                    out.add(a + b);
                }
            }
        }
        return out;
    }

    /** Content characters of {@code text} (CJK characters that are not function characters). */
    public static Set<Character> chars(String text) {
        Set<Character> out = new HashSet<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isCjk(c) && !isFunctionChar(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isFunction(String unit) {
        return unit.length() == 1 && isFunctionChar(unit.charAt(0));
    }

    /**
     * Whether {@code text} holds {@code word}, or, for a word of two to four Chinese characters, its full form as a
     * Chinese abbreviation shortens it (劳模 in 劳动模范, 上汽 in 上海汽车): its characters in order within a run of
     * Chinese characters at most twice its length that starts with its first character and ends with its last.
     */
    public static boolean holdsWord(String text, String word) {
        if (text.contains(word)) {
            return true;
        }
        int n = word.length();
        if (n < 2 || n > 4) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!isCjk(word.charAt(i))) {
                return false;
            }
        }
        char first = word.charAt(0);
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            int matched = 1;
            int limit = Math.min(text.length(), at + 2 * n);
            for (int i = at + 1; i < limit && matched < n; i++) {
                char c = text.charAt(i);
                if (!isCjk(c)) {
                    break;
                }
                if (c == word.charAt(matched)) {
                    matched++;
                }
            }
            if (matched == n) {
                return true;
            }
        }
        return false;
    }

    static char fold(char c) {
        if (c >= '\uff01' && c <= '\uff5e') {
            return (char) (c - 0xfee0);
        }
        return c;
    }

    /** A range {@code [start, end)} of some text. */
    public record Range(int start, int end) {
        public int length() {
            return end - start;
        }
    }

    /**
     * Sentences of {@code text}: cut after 。！？!? ； and line breaks, closing quotes kept with their
     * sentence; leading and trailing blanks left out. Offsets point into {@code text}.
     */
    public static List<Range> sentences(String text) {
        return ranges(ChineseText.sentences(text), 0);
    }

    /** Clauses of a sentence: cut after ，,：:；; as well. */
    public static List<Range> clauses(String text, Range sentence) {
        return ranges(ChineseText.clauses(text.substring(sentence.start(), sentence.end())), sentence.start());
    }

    /** {@link ChineseText}'s spans as ranges, moved by {@code offset}. */
    private static List<Range> ranges(List<ChineseText.Span> spans, int offset) {
        List<Range> out = new ArrayList<>(spans.size());
        for (ChineseText.Span s : spans) {
            out.add(new Range(s.start() + offset, s.end() + offset));
        }
        return out;
    }
}
