package com.newsbot.retrieval.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts raw text into non-blank lines, normalises their whitespace (runs of spaces, ideographic and no-break spaces
 * become one space; a space next to Chinese punctuation goes) and tells what each looks like, from its own
 * characters only: length, punctuation, quote balance, byline and signature patterns, sidebar labels.
 */
final class LineClassifier {
    static final int MAX_HEADLINE = 40;
    /** A headline may carry a comma only when this short. */
    static final int MAX_HEADLINE_WITH_COMMA = 24;
    /** Generic sidebar labels (not in {@link SidebarLabels}) are at most this many Han characters. */
    static final int MAX_GENERIC_LABEL = 4;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0\\u2002-\\u200B\\uFEFF]+");
    private static final Pattern SPACE_NEAR_PUNCT =
            Pattern.compile(" ?([，。、；：！？“”‘’（）《》【】「」『』…—]) ?");
    private static final Pattern GENERIC_LABEL = Pattern.compile("\\p{IsHan}{2," + MAX_GENERIC_LABEL + "}");

    private final BylineParser bylines;

    LineClassifier(BylineParser bylines) {
        this.bylines = bylines;
    }

    List<RawLine> classify(String text) {
        List<RawLine> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = normalise(text.substring(start, end));
            if (!line.isEmpty()) {
                lines.add(classifyLine(line));
            }
            start = end + 1;
        }
        return lines;
    }

    static String normalise(String raw) {
        String line = SPACES.matcher(raw).replaceAll(" ").strip();
        if (line.indexOf(' ') >= 0) {
            line = SPACE_NEAR_PUNCT.matcher(line).replaceAll("$1");
        }
        return line;
    }

    RawLine classifyLine(String line) {
        if (SidebarLabels.isKnownLabel(line) && line.length() <= 20) {
            return new RawLine(line, RawLine.Kind.LABEL, "");
        }
        String names = bylines.bylineNames(line);
        if (names != null) {
            return new RawLine(line, RawLine.Kind.BYLINE, names);
        }
        String signature = bylines.signature(line);
        if (signature != null) {
            return new RawLine(line, RawLine.Kind.SIGNATURE, signature);
        }
        if ((line.startsWith("——") || line.startsWith("—") || line.startsWith("--")) && line.length() <= 60
                && !BylineParser.containsAny(line, "。；")) {
            return new RawLine(line, RawLine.Kind.SUBTITLE, "");
        }
        if (looksLikeHeadline(line)) {
            return new RawLine(line, RawLine.Kind.HEADLINE, "");
        }
        return new RawLine(line, RawLine.Kind.BODY, "");
    }

    /** A label that is not in the known list but may open a sidebar if a signature follows. */
    static boolean mayBeGenericLabel(RawLine line) {
        return line.kind() == RawLine.Kind.HEADLINE && GENERIC_LABEL.matcher(line.text()).matches();
    }

    static boolean looksLikeHeadline(String line) {
        int length = line.codePointCount(0, line.length());
        if (length < 2 || length > MAX_HEADLINE) {
            return false;
        }
        if (BylineParser.containsAny(line, "。；;") || line.startsWith("本报讯")) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if ("，、：,:…—".indexOf(last) >= 0) {
            return false;
        }
        boolean hasComma = BylineParser.containsAny(line, "，,");
        if (hasComma && length > MAX_HEADLINE_WITH_COMMA) {
            return false;
        }
        if ("！？!?".indexOf(last) >= 0 && hasComma) {
            return false;
        }
        if (isCloser(line.charAt(0))) {
            return false;
        }
        return balanced(line, '“', '”') && balanced(line, '‘', '’') && balanced(line, '（', '）')
                && balanced(line, '(', ')') && balanced(line, '《', '》') && balanced(line, '「', '」')
                && balanced(line, '【', '】') && count(line, '"') % 2 == 0;
    }

    private static boolean isCloser(char c) {
        return "”’）)》」』】".indexOf(c) >= 0;
    }

    private static boolean balanced(String line, char open, char close) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close) {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static int count(String line, char c) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                count++;
            }
        }
        return count;
    }
}
