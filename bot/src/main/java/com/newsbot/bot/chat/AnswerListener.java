package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;

/** Told the {@link Answer} behind a reply, for what is recorded around answering (the question log, votes). */
@FunctionalInterface
public interface AnswerListener {
    AnswerListener NONE = answer -> { };

    void answered(Answer answer);
}
