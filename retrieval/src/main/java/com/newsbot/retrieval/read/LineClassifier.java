package com.newsbot.retrieval.read;

import com.newsbot.retrieval.ChineseText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts raw text into non-blank lines, drops jump lines ({@code （下转第2版）}), normalises their whitespace (runs of spaces, ideographic and no-break spaces
 * become one space; a space next to Chinese punctuation goes) and tells what each looks like, from its own
 * characters only: length, punctuation, quote balance, byline and signature patterns, sidebar labels.
 */
final class LineClassifier {
    static final int MAX_HEADLINE = 40;
    /** Generic sidebar labels (not in {@link SidebarLabels}) are at most this many Han characters. */
    static final int MAX_GENERIC_LABEL = 4;
    /** A label line with a title after it ({@code 编者按：…}) is at most this long. */
    static final int MAX_LABEL_LINE = 20;
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}\\u3000\\u00A0\\u2002-\\u200B\\uFEFF]+");
    private static final Pattern SPACE_NEAR_PUNCT =
            Pattern.compile(" ?([，。、；：！？“”‘’（）《》【】「」『』…—]) ?");
    private static final Pattern GENERIC_LABEL = Pattern.compile("\\p{IsHan}{2," + MAX_GENERIC_LABEL + "}");

    private static final Pattern EDITOR_CREDIT = Pattern.compile(
            "(责任编辑|责编|本版编辑|值班编辑|美术编辑|美编|校对|版式设计|版式|组版|排版|审核|审校|监制|本版责编)[\\s：:]*\\p{IsHan}{2,4}([\\s、，,]+.*)?");
    private static final Pattern PAGE_NUMBER = Pattern.compile("第\\s*[0-9一二三四五六七八九十]+\\s*版|(?i:\\bpage\\s*\\d+)");
    private static final Pattern WEEKDAY_DATE = Pattern.compile("\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.*星期[一二三四五六日天]|星期[一二三四五六日天].*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final int MAX_FURNITURE = 50;
    /** Jump lines: {@code （上接第一版）}, {@code （下转第2版）}, {@code （转第4版）}. */
    private static final Pattern JUMP = Pattern.compile(
            "[（(]\\s*(上接|下转|接|转)(第|本报)?\\s*[0-9一二三四五六七八九十]+\\s*版[^）)]{0,10}[）)]");

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
        String text = raw.indexOf('版') >= 0 ? JUMP.matcher(raw).replaceAll("") : raw;
        if (!hasOddWhitespace(text)) {
            return text;
        }
        String line = SPACES.matcher(text).replaceAll(" ").strip();
        if (line.indexOf(' ') >= 0) {
            line = SPACE_NEAR_PUNCT.matcher(line).replaceAll("$1");
        }
        return line;
    }

    /** Whether the line has whitespace other than single inner ASCII spaces next to no punctuation (the common case). */
    private static boolean hasOddWhitespace(String raw) {
        int n = raw.length();
        if (n == 0) {
            return false;
        }
        if (Character.isWhitespace(raw.charAt(0)) || Character.isWhitespace(raw.charAt(n - 1))) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || (c >= '\u2002' && c <= '\u200B')
                    || c < ' ' || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    RawLine classifyLine(String line) {
        if (isFurniture(line)) {
            return new RawLine(line, RawLine.Kind.FURNITURE, "");
        }
        if (line.length() <= MAX_LABEL_LINE && SidebarLabels.isKnownLabel(line)) {
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

    /** Masthead or page credits: short, no sentence punctuation, a page number ({@code 第3版}), a date with its weekday, or an editor credit. */
    static boolean isFurniture(String line) {
        if (line.length() > MAX_FURNITURE || BylineParser.containsAny(line, "。！？；“”")) {
            return false;
        }
        if (EDITOR_CREDIT.matcher(line).matches()) {
            return true;
        }
        return !BylineParser.containsAny(line, "，")
                && (PAGE_NUMBER.matcher(line).find() || WEEKDAY_DATE.matcher(line).find());
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
        // printed headlines pause with spaces; a comma marks running text (often a fragment cut by layout)
        if (BylineParser.containsAny(line, "，,")) {
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
        return ChineseText.isCloser(c);
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
