package com.newsbot.retrieval.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises who wrote a piece: byline lines ({@code 本报记者 林芸}, {@code 首席记者 阮希琼},
 * {@code 记者 张三 通讯员 李四}, {@code 本报讯}), the {@code 本报讯（记者 张三）} opening of a lead, trailing author
 * marks ({@code …前行。（杨淑媛）}) and sidebar signatures ({@code （上汽销售党委书记 李文红）}).
 * Bylines and marks yield the person names without role words; a signature is kept as printed.
 */
final class BylineParser {
    /** Role words, longest first so that {@code 本报记者林芸} loses the whole role. */
    private static final List<String> ROLES = List.of(
            "本报特约通讯员", "本报特约记者", "本报首席记者", "本报特派记者", "本报实习记者", "本报见习记者", "本报摄影记者",
            "特约通讯员", "本报通讯员", "本报记者", "首席记者", "特约记者", "特派记者", "实习记者", "见习记者", "摄影记者",
            "本刊记者", "实习生", "见习生", "通讯员", "记者", "摄影报道", "图片", "视频", "摄影", "撰稿", "撰文", "作者", "本报讯", "本刊讯", "文/图", "文／图", "图/文",
            "图／文", "文", "图");
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{1,4}[·•]\\p{IsHan}{1,6}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,：:；;]+");
    private static final int MAX_BYLINE = 40;
    private static final int MAX_SIGNATURE = 40;
    private static final Pattern LEAD = Pattern.compile("^(本报讯|本刊讯)\\s*(?:[（(]([^）)]{1,40})[）)])?\\s*");
    private static final Pattern TRAILING_MARK = Pattern.compile("[（(]([^（）()]{2,30})[）)]$");

    /** The names in a byline line, or null when the line is not a byline. {@code 本报讯} alone gives "". */
    String bylineNames(String line) {
        if (line.isEmpty() || line.length() > MAX_BYLINE) {
            return null;
        }
        return names(line, true);
    }

    /**
     * Names in {@code text} made only of role words and names ({@code 记者 张三 李四}); with {@code needRole} at
     * least one role word must be present. Null when anything else is there.
     */
    private static String names(String text, boolean needRole) {
        List<String> names = new ArrayList<>();
        boolean sawRole = false;
        for (String token : SEPARATORS.split(text.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            String rest = token;
            String role = roleAtStart(rest);
            if (role != null) {
                sawRole = true;
                rest = rest.substring(role.length());
                if (!rest.isEmpty() && role.length() == 1) {
                    return null;
                }
            }
            if (rest.isEmpty()) {
                continue;
            }
            if (!NAME.matcher(rest).matches() || roleAtStart(rest) != null && roleAtStart(rest).length() > 1) {
                return null;
            }
            names.add(rest);
        }
        if (needRole && !sawRole) {
            return null;
        }
        if (!needRole && names.isEmpty()) {
            return null;
        }
        return String.join(" ", names);
    }

    private static String roleAtStart(String token) {
        for (String role : ROLES) {
            if (token.startsWith(role)) {
                return role;
            }
        }
        return null;
    }

    /**
     * The signature printed in brackets on a line of its own ({@code （上汽销售党委书记 李文红）} →
     * {@code 上汽销售党委书记 李文红}), or null when the line is not one.
     */
    String signature(String line) {
        if (line.length() < 3 || line.length() > MAX_SIGNATURE + 2) {
            return null;
        }
        char open = line.charAt(0);
        char close = line.charAt(line.length() - 1);
        if (!((open == '（' && close == '）') || (open == '(' && close == ')'))) {
            return null;
        }
        String inner = line.substring(1, line.length() - 1).strip();
        if (inner.isEmpty() || containsAny(inner, "。！？；，!?;,（）()“”\"")) {
            return null;
        }
        return inner;
    }

    /** A trailing author mark at the end of a paragraph. */
    record TrailingMark(String author, String remainder) {
    }

    /**
     * The author mark that ends {@code paragraph} after its last sentence ({@code …前行。（杨淑媛）}), or null.
     * The mark must hold only names (role words allowed); {@code remainder} is the paragraph without it.
     */
    TrailingMark trailingMark(String paragraph) {
        Matcher m = TRAILING_MARK.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String author = names(m.group(1), false);
        if (author == null) {
            return null;
        }
        String remainder = paragraph.substring(0, m.start()).strip();
        if (!remainder.isEmpty() && !ParagraphJoiner.endsSentence(remainder)) {
            return null;
        }
        return new TrailingMark(author, remainder);
    }

    /** A lead opening with {@code 本报讯（记者 张三）}: the names in it (maybe "") and the paragraph without it. */
    record LeadByline(String author, String remainder) {
    }

    LeadByline leadByline(String paragraph) {
        Matcher m = LEAD.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String author = "";
        if (m.group(2) != null) {
            String names = names(m.group(2), false);
            author = names == null ? m.group(2).strip() : names;
        }
        return new LeadByline(author, paragraph.substring(m.end()).strip());
    }

    static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
