package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.Citation;

import java.util.Optional;

/**
 * One turn of a conversation as remembered: what was asked, the question as answered once the conversation's context
 * was read into it (the standalone question), the answer, and whether it was a whole issue's summary (its citations are
 * the articles, in the order listed).
 */
record Said(String asked, String standalone, Answer answer, boolean summary) {

    /** Whether this turn's answer came from articles of the paper (a summary's articles count too). */
    boolean found() {
        return answer != null && answer.found() && !answer.citations().isEmpty();
    }

    /** The article this turn's answer used first, if it used any (a summary's: none). */
    Optional<Citation> cited() {
        return found() && !summary ? Optional.of(answer.citations().get(0)) : Optional.empty();
    }
}
