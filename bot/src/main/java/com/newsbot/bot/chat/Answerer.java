package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.Turn;

import java.util.List;

/** Answers one question given the conversation so far (oldest turn first); {@code AnswerComposer::answer}. */
@FunctionalInterface
public interface Answerer {
    Answer answer(String question, List<Turn> history);
}
