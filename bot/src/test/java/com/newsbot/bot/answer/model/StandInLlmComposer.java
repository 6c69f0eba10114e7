package com.newsbot.bot.answer.model;

import com.newsbot.bot.StandInLlm;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The stand-in model on loopback ({@link StandInLlm}) and an answer composer over an index that asks it through the real
 * OpenAiChatModel, for the tests of the LLM path. {@link #start} starts the server and opens the composer; the test class
 * holds this fixture in a static {@code @AutoClose} field, or closes it in its {@code @AfterAll} where it opened it there.
 * Closing it closes the composer, then the server. The index stays the caller's.
 */
final class StandInLlmComposer implements AutoCloseable {
    private final StandInLlm llm;
    private final AnswerComposer composer;

    private StandInLlmComposer(StandInLlm llm, AnswerComposer composer) {
        this.llm = llm;
        this.composer = composer;
    }

    /**
     * Starts the stand-in server and opens a composer over {@code index} that sends it {@code apiKey} ({@code ""} for none)
     * and waits {@code timeoutSeconds} (as NEWSBOT_LLM_TIMEOUT reads it) for an answer.
     */
    static StandInLlmComposer start(NewsIndex index, String apiKey, String timeoutSeconds) {
        StandInLlm llm;
        try {
            llm = new StandInLlm();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the stand-in model", e);
        }
        try {
            return new StandInLlmComposer(llm, AnswerComposer.of(index, config(llm.baseUrl(), apiKey, timeoutSeconds)));
        } catch (RuntimeException e) {
            llm.close();
            throw e;
        }
    }

    /**
     * The model configuration as read from the environment for an OpenAI-protocol model named "stand-in" at
     * {@code baseUrl}, sent {@code apiKey} ({@code ""} for none), waited for {@code timeoutSeconds}.
     */
    static LlmConfig config(String baseUrl, String apiKey, String timeoutSeconds) {
        return LlmConfig.fromEnvironment(Map.of("NEWSBOT_LLM", "openai", "NEWSBOT_LLM_BASE_URL", baseUrl,
                "NEWSBOT_LLM_MODEL", "stand-in", "NEWSBOT_LLM_API_KEY", apiKey, "NEWSBOT_LLM_TIMEOUT", timeoutSeconds));
    }

    /** The stand-in server: what it answers, what it was asked. */
    StandInLlm llm() {
        return llm;
    }

    /** The composer asking the stand-in model; closed with this fixture. */
    AnswerComposer composer() {
        return composer;
    }

    @Override
    public void close() {
        try {
            composer.close();
        } finally {
            llm.close();
        }
    }
}
