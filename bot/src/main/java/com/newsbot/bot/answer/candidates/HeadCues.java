package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.question.Question;

/**
 * Whether a window of a passage names what a question asks for ({@link SpanPicker}): the asked noun with a name before
 * it, a quoted name, the question's own words echoed, a number with the asked unit. Stateless.
 */
final class HeadCues {
    /** Quoted text before the asked noun made of at least this share of the question's characters restates the question. */
    private static final double ECHO_SHARE = 0.5;
    private HeadCues() {
    }

    /**
     * Whether the window names something new right before the noun an entity question asks for
     * (哪个应用 → “安心码”应用): the characters before the noun are not all from the question.
     */
    static boolean namesHead(Question q, String window) {
        if (q.head().isEmpty()) {
            return false;
        }
        int at = window.indexOf(q.head());
        while (at >= 0) {
            int novel = 0;
            int seen = 0;
            for (int i = at - 1; i >= 0 && seen < 3; i--) {
                char c = window.charAt(i);
                if ("“”\"《》「」'‘’".indexOf(c) >= 0) {
                    continue;
                }
                if (!Texts.isWordChar(c) || Texts.isFunctionChar(c)) {
                    break;
                }
                seen++;
                if (q.text().indexOf(c) < 0) {
                    novel++;
                }
            }
            if (novel >= 2) {
                return true;
            }
            at = window.indexOf(q.head(), at + 1);
        }
        return false;
    }

    /**
     * Whether an occurrence of the asked noun in the window follows a restatement of the question: the (quoted) name
     * right before it is mostly the question's own characters. Called for windows where no occurrence names something
     * new ({@link #namesHead}), so the noun is there only as the question's echo.
     */
    static boolean echoedHead(Question q, String window) {
        int at = window.indexOf(q.head());
        while (at >= 0) {
            StringBuilder named = new StringBuilder();
            for (int i = at - 1; i >= 0 && named.length() < 12; i--) {
                char c = window.charAt(i);
                if ("“”\"《》「」'‘’".indexOf(c) >= 0) {
                    continue;
                }
                if (!Texts.isWordChar(c)) {
                    break;
                }
                named.append(c);
            }
            if (named.length() >= 2 && echoes(q, named.toString())) {
                return true;
            }
            at = window.indexOf(q.head(), at + 1);
        }
        return false;
    }

    /** Whether {@code named} (the text before the asked noun) is mostly made of the question's own characters. */
    static boolean echoes(Question q, String named) {
        int all = 0;
        int fromQuestion = 0;
        for (int i = 0; i < named.length(); i++) {
            char c = named.charAt(i);
            if (Texts.isWordChar(c)) {
                all++;
                if (q.text().indexOf(c) >= 0) {
                    fromQuestion++;
                }
            }
        }
        return all == 0 || fromQuestion >= ECHO_SHARE * all;
    }

    /** Whether the asked noun follows a closing quote or title mark whose content is not from the question. */
    static boolean quotedHead(Question q, String window) {
        int at = window.indexOf(q.head());
        while (at > 0) {
            char before = window.charAt(at - 1);
            if (before == '”' || before == '》' || before == '」') {
                int open = window.lastIndexOf(before == '”' ? '“' : before == '》' ? '《' : '「', at - 1);
                if (open >= 0 && !echoes(q, window.substring(open + 1, at - 1))) {
                    return true;
                }
            }
            at = window.indexOf(q.head(), at + 1);
        }
        return false;
    }

    /** Whether a number is followed (after 余/多/万/亿) by one of the unit characters in {@code units}. */
    static boolean holdsNumberWith(String window, String units) {
        for (int at = 1; at < window.length(); at++) {
            if (units.indexOf(window.charAt(at)) < 0) {
                continue;
            }
            int i = at - 1;
            while (i > 0 && "余多万亿平方千公厘毫".indexOf(window.charAt(i)) >= 0) {
                i--;
            }
            if (Character.isDigit(window.charAt(i)) || "零一二两三四五六七八九十百千".indexOf(window.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
