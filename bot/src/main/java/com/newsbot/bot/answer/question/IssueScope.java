package com.newsbot.bot.answer.question;

import com.newsbot.retrieval.IssueRef;
import com.newsbot.retrieval.IssueRefs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question scoped to one issue (11月24号那期说…, 第3期里…, 最新那期…) is retrieved in that issue (the index reads the
 * phrase and filters), but read without it: the phrase names where to look, not what is asked, and its words (那期, 说)
 * are none of the article's.
 */
public final class IssueScope {
    /**
     * What follows a phrase naming an issue and only says "in it, it said": a place word (里, 上, 中) and a verb of
     * reporting (说, 讲, 报, 提到, 登, 写, 刊) with its particle. A fact of Chinese grammar, not of any question.
     */
    private static final Pattern REPORTED = Pattern.compile(
            "^[\\s，,]*的?(?:里面|里头|里|上面|上|中)?(?:有篇|有一篇|有条|有一条)?(?:讲的|讲|说的|说|报的|报道的|报道|报|提到的|提到|登的|登|写的|写|刊的|刊登的|刊登|刊)?(?:了|过)?的?[\\s，,：:]*");

    private IssueScope() {
    }

    /** {@code question} without the phrase naming an issue and the reporting words after it; itself when it names none. */
    public static String unscoped(String question) {
        Optional<IssueRef> ref = IssueRefs.find(question);
        if (ref.isEmpty()) {
            return question;
        }
        String before = question.substring(0, ref.get().start());
        String after = question.substring(ref.get().end());
        Matcher m = REPORTED.matcher(after);
        if (m.find()) {
            after = after.substring(m.end());
        }
        String rest = (before.strip() + after).strip();
        return rest.isEmpty() ? question : rest;
    }
}
