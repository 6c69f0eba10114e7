package com.newsbot.retrieval.read;

import com.newsbot.retrieval.ChineseText;

import com.newsbot.retrieval.Passage;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article body into passages for retrieval.
 *
 * <p>Sentences end at {@code 。！？；!?;}, at an ellipsis ({@code …}, {@code ……}) and at line ends, with any closing
 * quotes or brackets right after the terminator kept in the sentence. They never end inside a quotation
 * ({@code “…” 「…」 『…』 "…"}) or a bracket ({@code （…） (…) 《…》 【…】}) unless the quotation has run on for more than
 * {@value #LONG_QUOTE} characters; a full stop between digits ({@code 3.5}) or a comma ({@code 1,000}) never ends one.
 * A sentence longer than {@value #MAX_CHARS} characters is cut at a comma or pause mark (or, failing that, hard).
 *
 * <p>Sentences are packed into passages of about {@value #MIN_CHARS}–{@value #MAX_CHARS} characters; consecutive
 * passages share one sentence (the last of one is the first of the next). A body of at most {@value #MAX_CHARS}
 * characters is one passage. Offsets are exact: {@code passage.text() == text.substring(start, end)}.
 */
final class PassageSplitter {
    static final int MIN_CHARS = 200;
    static final int MAX_CHARS = 350;
    static final int LONG_QUOTE = 300;
    /** A cut of an overlong sentence leaves at least this much before it. */
    private static final int MIN_PIECE = 60;

    List<Passage> split(String articleId, String text) {
        List<int[]> sentences = sentences(text);
        List<Passage> passages = new ArrayList<>();
        int count = sentences.size();
        if (count == 0) {
            return passages;
        }
        int first = 0;
        while (true) {
            int last = first;
            if (span(sentences, first, count - 1) <= MAX_CHARS) {
                last = count - 1;
            } else {
                while (last + 1 < count && span(sentences, first, last) < MIN_CHARS
                        && span(sentences, first, last + 1) <= MAX_CHARS) {
                    last++;
                }
            }
            int start = sentences.get(first)[0];
            int end = sentences.get(last)[1];
            passages.add(new Passage(articleId, passages.size(), start, end, text.substring(start, end)));
            if (last == count - 1) {
                return passages;
            }
            first = last > first ? last : last + 1;
        }
    }

    private static int span(List<int[]> sentences, int first, int last) {
        return sentences.get(last)[1] - sentences.get(first)[0];
    }

    /** The sentences of {@code text} as {@code [start, end)} offsets, whitespace around them left out. */
    List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int depth = 0;
        int openedAt = -1;
        boolean asciiQuoteOpen = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                addSentence(text, start, i, out);
                start = i + 1;
                depth = 0;
                asciiQuoteOpen = false;
                continue;
            }
            if (c == '"') {
                asciiQuoteOpen = !asciiQuoteOpen;
                if (asciiQuoteOpen) {
                    if (depth++ == 0) {
                        openedAt = i;
                    }
                } else if (depth > 0) {
                    depth--;
                }
            } else if (isOpener(c)) {
                if (depth++ == 0) {
                    openedAt = i;
                }
            } else if (isCloser(c) && depth > 0) {
                depth--;
            }
            if (isTerminator(text, i) && (depth == 0 || i - openedAt > LONG_QUOTE)) {
                int j = i + 1;
                while (j < n) {
                    char next = text.charAt(j);
                    if (isTerminator(text, j) || (next == '…')) {
                        j++;
                    } else if (isCloser(next) && depth > 0) {
                        depth--;
                        j++;
                    } else if (next == '"' && asciiQuoteOpen) {
                        asciiQuoteOpen = false;
                        depth = Math.max(0, depth - 1);
                        j++;
                    } else {
                        break;
                    }
                }
                addSentence(text, start, j, out);
                start = j;
                i = j - 1;
            }
        }
        addSentence(text, start, n, out);
        return out;
    }

    private static void addSentence(String text, int from, int to, List<int[]> out) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_CHARS) {
            int cut = cutPoint(text, start, start + MAX_CHARS);
            addTrimmed(text, start, cut, out);
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        addTrimmed(text, start, end, out);
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> out) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new int[] {start, e});
        }
    }

    /** Where to cut an overlong sentence starting at {@code start}: after a pause mark, else before {@code limit}. */
    private static int cutPoint(String text, int start, int limit) {
        for (int i = limit - 1; i >= start + MIN_PIECE; i--) {
            char c = text.charAt(i);
            if (c == '，' || c == '、' || c == '：' || c == ':' || c == ' '
                    || (c == ',' && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))))) {
                return i + 1;
            }
        }
        int cut = limit;
        while (cut > start + 1 && (Character.isLowSurrogate(text.charAt(cut))
                || Character.isLetterOrDigit(text.charAt(cut)) && text.charAt(cut) < 0x80
                && Character.isLetterOrDigit(text.charAt(cut - 1)) && text.charAt(cut - 1) < 0x80)) {
            cut--;
        }
        return cut;
    }

    private static boolean isTerminator(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '。', '！', '？', '；', '!', '?', ';', '｡':
                return true;
            case '…':
                return i + 1 >= text.length() || text.charAt(i + 1) != '…';
            case '.':
                return i > 0 && Character.isLetter(text.charAt(i - 1))
                        && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
            default:
                return false;
        }
    }

    private static boolean isOpener(char c) {
        return ChineseText.isOpener(c);
    }

    private static boolean isCloser(char c) {
        return ChineseText.isCloser(c);
    }
}
