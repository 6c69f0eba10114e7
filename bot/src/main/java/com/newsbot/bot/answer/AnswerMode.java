package com.newsbot.bot.answer;

import java.util.Locale;

/** Which path produced an answer: the offline extractive composer or a language model. */
public enum AnswerMode {
    EXTRACTIVE,
    LLM;

    /** The value of {@code mode} in JSON output: {@code extractive} or {@code llm}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
