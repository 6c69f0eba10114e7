package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;

import java.util.List;

/** What the bot says to a message that is not a command: as a chat reply and as an answer (for {@code ask} and eval). */
record Response(Reply reply, Answer answer) {

    /** {@code reply} with an answer of its text, for replies that do not come from the paper's articles. */
    static Response plain(String question, boolean found, Reply reply, long startNanos) {
        return new Response(reply, new Answer(question, found, reply.plainText(), AnswerMode.EXTRACTIVE, List.of(),
                List.of(), (System.nanoTime() - startNanos) / 1_000_000));
    }
}
