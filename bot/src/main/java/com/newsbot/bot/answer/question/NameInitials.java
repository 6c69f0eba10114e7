package com.newsbot.bot.answer.question;

import com.hankcs.hanlp.HanLP;
import com.newsbot.bot.answer.language.Entities;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person written by the initials of their name in pinyin, as people do in chats (zns for 钟南山, lyh for 罗永浩): the
 * rest of the question finds the articles, and a person named in them whose initials match takes the initials' place.
 */
final class NameInitials {
    /** Two to four lower-case Latin letters standing alone in a Chinese question. */
    private static final Pattern INITIALS = Pattern.compile("(?<![A-Za-z0-9])[a-z]{2,4}(?![A-Za-z0-9])");
    /** Articles whose people are tried. */
    static final int ARTICLES = 8;

    private NameInitials() {
    }

    /**
     * {@code question} with each run of initials replaced by the name it stands for, found among the people named in the
     * headlines and passages that {@code search} returns for the rest of the question; unchanged when none matches.
     *
     * @param search the rest of the question → the texts to look for names in (headline and passage), best first
     */
    static String expand(String question, Function<String, List<String>> search) {
        if (!QuestionRouter.hasChinese(question)) {
            return question;
        }
        Matcher m = INITIALS.matcher(question);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean changed = false;
        while (m.find()) {
            String initials = m.group();
            String rest = (question.substring(0, m.start()) + " " + question.substring(m.end())).strip();
            String name = nameFor(initials, search.apply(rest));
            out.append(question, last, m.start()).append(name.isEmpty() ? initials : name);
            last = m.end();
            changed |= !name.isEmpty();
        }
        if (!changed) {
            return question;
        }
        out.append(question.substring(last));
        return out.toString();
    }

    private static String nameFor(String initials, List<String> texts) {
        for (String text : texts) {
            for (Entities.Entity e : Entities.of(text)) {
                if (e.type() == Entities.Type.PERSON && e.text().length() == initials.length()
                        && initialsOf(e.text()).equals(initials.toLowerCase(Locale.ROOT))) {
                    return e.text();
                }
            }
        }
        return "";
    }

    static String initialsOf(String name) {
        try {
            return HanLP.convertToPinyinFirstCharString(name, "", false).toLowerCase(Locale.ROOT);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
