package com.newsbot.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One home for handling Chinese text, for the reader, the index, the answerer and the summarizer alike: sentence
 * ends, openers and closers (quotes and brackets), sentences, character pairs and script folding. Offsets always
 * point into the text given; folding keeps the length.
 */
public final class ChineseText {

    /** Where a sentence ends: 。！？ (and their ASCII forms), the semicolons, and a line break. */
    public static final String SENTENCE_ENDS = "。！？!?；;\n";
    /** Where a clause ends as well: commas and colons (and the sentence ends). */
    public static final String CLAUSE_ENDS = SENTENCE_ENDS + "，,：:";
    /** Opening quotes and brackets. */
    public static final String OPENERS = "“「『（(《【‘〈[";
    /** Closing quotes and brackets, full-width and ASCII. */
    public static final String CLOSERS = "”」』）)》】’〉]";
    /** Closers that stay with the sentence they end, ASCII quotes included (a quote closes with its sentence). */
    public static final String SENTENCE_CLOSERS = "”’」』）)\"'";

    /** A range of a text, {@code start} inclusive, {@code end} exclusive. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }

        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private ChineseText() {
    }

    public static boolean isSentenceEnd(char c) {
        return SENTENCE_ENDS.indexOf(c) >= 0;
    }

    public static boolean isOpener(char c) {
        return OPENERS.indexOf(c) >= 0;
    }

    public static boolean isCloser(char c) {
        return CLOSERS.indexOf(c) >= 0;
    }

    /**
     * The sentences of {@code text}: cut after each of {@link #SENTENCE_ENDS}, the {@link #SENTENCE_CLOSERS} that
     * follow kept with their sentence, blanks at either end left out, empty ones dropped.
     */
    public static List<Span> sentences(String text) {
        return split(text, SENTENCE_ENDS);
    }

    /** The clauses of {@code text}: cut after each of {@link #CLAUSE_ENDS}, like {@link #sentences}. */
    public static List<Span> clauses(String text) {
        return split(text, CLAUSE_ENDS);
    }

    private static List<Span> split(String text, String stops) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < n && SENTENCE_CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(text, start, end, out);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }

    /** Adjacent pairs of letters or digits (Chinese characters among them); no pair across punctuation or space. */
    public static Set<String> pairs(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
                out.add(text.substring(i, i + 2));
            }
        }
        return out;
    }

    /** {@code text} in simplified characters, one for one (same length, so offsets hold); see {@link ChineseScript}. */
    public static String simplified(String text) {
        return ChineseScript.toSimplified(text);
    }

    /** One character in its simplified form (itself when it has none). */
    public static char simplified(char c) {
        return ChineseScript.toSimplified(c);
    }

    /** The value of one digit, Arabic or Chinese (7, 七, 两, 〇); -1 when {@code c} is none. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
