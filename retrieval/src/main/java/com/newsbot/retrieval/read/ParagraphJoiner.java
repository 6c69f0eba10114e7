package com.newsbot.retrieval.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs paragraphs broken by page layout: a line that does not end a sentence ({@code …是中} / {@code 国汽车品牌…},
 * {@code …包括100} / {@code 多家…}) continues on the next line, and so does one that leaves a quotation open which the
 * next line closes. A line that ends a sentence (。！？… or a closing quote/bracket right after one, or a colon)
 * ends its paragraph, and so does a bracketed mark after the last sentence ({@code …回收。（周丽）}); a line opening with “ after one that ends a sentence is a new paragraph even inside a
 * quotation running over several paragraphs.
 */
final class ParagraphJoiner {

    List<String> join(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (current == null) {
                current = new StringBuilder(line);
            } else if (continues(current, line)) {
                char last = current.charAt(current.length() - 1);
                if (isAsciiLetter(last) && isAsciiLetter(line.charAt(0))) {
                    current.append(' ');
                }
                current.append(line);
            } else {
                paragraphs.add(current.toString());
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /** Whether {@code next} continues the paragraph {@code text}, which page layout cut. */
    static boolean continues(CharSequence text, String next) {
        if (!endsSentence(text)) {
            return true;
        }
        return opensMoreThanCloses(text) && closesBeforeOpening(next);
    }

    /** Whether {@code text} ends a sentence: 。！？… ; a colon; a closing quote or bracket right after one of those. */
    static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char last = text.charAt(i);
        if (isFinal(last) || last == '：' || last == ':') {
            return true;
        }
        if (last == '）' || last == ')') {
            int open = matchingOpen(text, i);
            if (open == 0 || open > 0 && (isFinal(text.charAt(open - 1)) || isCloser(text.charAt(open - 1))
                    && open > 1 && isFinal(text.charAt(open - 2)))) {
                return true; // a mark after the last sentence: （杨淑媛）, （完）
            }
        }
        if (isCloser(last)) {
            int j = i - 1;
            while (j >= 0 && isCloser(text.charAt(j))) {
                j--;
            }
            return j >= 0 && isFinal(text.charAt(j));
        }
        if (last == '.') {
            return i > 0 && Character.isLetter(text.charAt(i - 1)) && !Character.isDigit(text.charAt(i - 1));
        }
        return false;
    }

    /** The index of the bracket that {@code close} closes, or -1. */
    private static int matchingOpen(CharSequence text, int close) {
        int depth = 0;
        for (int k = close; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '）' || c == ')') {
                depth++;
            } else if ((c == '（' || c == '(') && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isFinal(char c) {
        return c == '。' || c == '！' || c == '？' || c == '…' || c == '!' || c == '?' || c == '；' || c == ';' || c == '｡';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '」' || c == '』' || c == '’' || c == '）' || c == ')' || c == '"';
    }

    private static boolean opensMoreThanCloses(CharSequence text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '「') {
                depth++;
            } else if ((c == '”' || c == '」') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static boolean closesBeforeOpening(String next) {
        if (next.startsWith("“") || next.startsWith("「")) {
            return false;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c == '”' || c == '」') {
                return true;
            }
            if (c == '“' || c == '「') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
