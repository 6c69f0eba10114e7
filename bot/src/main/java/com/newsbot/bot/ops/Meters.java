package com.newsbot.bot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * The bot's own meters, named once here (Prometheus names in brackets): questions per front end and outcome
 * ({@code newsbot_questions_total}), answer time ({@code newsbot_answer_seconds}, a histogram), model calls
 * ({@code newsbot_model_calls_total}), replies ({@code newsbot_replies_total}). They are recorded in Micrometer's
 * global registry, so that the answer path and the front ends count with one line and no new constructor argument;
 * {@link OpsServer} adds the Prometheus registry to it. Without that server they cost a map lookup and count nothing.
 */
public final class Meters {
    /** What became of a question. */
    public enum Question {
        ANSWERED, NOT_FOUND, ERROR
    }

    /** What became of one reply (a retried reply counts once per retry, then once sent or failed). */
    public enum ReplyOutcome {
        SENT, RETRIED, FAILED
    }

    /** What became of one call to the chat model. */
    public enum ModelCall {
        OK, TIMEOUT, ERROR
    }

    static final String QUESTIONS = "newsbot.questions";
    static final String ANSWER_TIME = "newsbot.answer";
    static final String MODEL_CALLS = "newsbot.model.calls";
    static final String REPLIES = "newsbot.replies";

    private Meters() {
    }

    /** One question a front end answered, did not find, or failed on; {@code took}: from message to answer. */
    public static void question(String frontEnd, Question outcome, Duration took) {
        MeterRegistry registry = Metrics.globalRegistry;
        Counter.builder(QUESTIONS).description("Questions asked, per front end and outcome")
                .tag("frontend", frontEnd).tag("outcome", name(outcome)).register(registry).increment();
        Timer.builder(ANSWER_TIME).description("Time from a question to its answer").publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry).record(took);
    }

    /** One call to the chat model. */
    public static void modelCall(ModelCall outcome) {
        Counter.builder(MODEL_CALLS).description("Calls to the chat model, per outcome").tag("outcome", name(outcome))
                .register(Metrics.globalRegistry).increment();
    }

    /** One reply sent, retried or given up by a front end. */
    public static void reply(String frontEnd, ReplyOutcome outcome) {
        Counter.builder(REPLIES).description("Replies sent, retried and failed, per front end")
                .tag("frontend", frontEnd).tag("outcome", name(outcome)).register(Metrics.globalRegistry).increment();
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
