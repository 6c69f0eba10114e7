package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.Turn;

import java.util.List;
import java.util.Set;

/**
 * Answers one question given the conversation so far (oldest turn first); {@code AnswerComposer::answer}. A
 * conversation going on about some articles asks within them first ({@link #answer(String, List, Set)}).
 */
@FunctionalInterface
public interface Answerer {
    Answer answer(String question, List<Turn> history);

    /**
     * Answers from the articles {@code scope} names only (when not empty). An answerer that cannot scope answers from
     * the whole paper.
     */
    default Answer answer(String question, List<Turn> history, Set<String> scope) {
        return answer(question, history);
    }

    /**
     * As {@link #answer(String, List, Set)}, reading the question as about {@code topic} (the headline of the story a
     * conversation is about) the way a follow-up is read.
     */
    default Answer answer(String question, List<Turn> history, Set<String> scope, String topic) {
        return answer(question, history, scope);
    }

    /**
     * The weighted share of the question's content terms the articles hold (1: it names nothing they lack). An
     * answerer that cannot tell says 1.
     */
    default double coverage(String question, Set<String> articleIds) {
        return coverage(question, List.of(articleIds))[0];
    }

    /** {@link #coverage(String, Set)} for each set of articles, the question read once. An answerer that cannot tell says 1. */
    default double[] coverage(String question, List<Set<String>> articleSets) {
        double[] out = new double[articleSets.size()];
        java.util.Arrays.fill(out, 1.0);
        return out;
    }

    /** Whether {@link #answer(String, List, Set)} keeps to the scope (an answerer that cannot answers from the paper). */
    default boolean scopes() {
        return false;
    }

    /** The composer's answers, scoped when asked to be. */
    static Answerer of(com.newsbot.bot.answer.AnswerComposer composer) {
        return new Answerer() {
            @Override
            public Answer answer(String question, List<Turn> history) {
                return composer.answer(question, history);
            }

            @Override
            public Answer answer(String question, List<Turn> history, Set<String> scope) {
                return composer.answer(question, history, scope);
            }

            @Override
            public Answer answer(String question, List<Turn> history, Set<String> scope, String topic) {
                return composer.answer(question, history, scope, topic);
            }

            @Override
            public double[] coverage(String question, List<Set<String>> articleSets) {
                return composer.coverage(question, articleSets);
            }

            @Override
            public boolean scopes() {
                return true;
            }
        };
    }
}
