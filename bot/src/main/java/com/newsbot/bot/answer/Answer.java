package com.newsbot.bot.answer;

import com.newsbot.retrieval.ArticleHit;

import java.util.List;

/**
 * What the bot answers to one question.
 *
 * @param found     false when the paper does not cover the question; then {@code text} says so and
 *                  {@code related} lists the closest articles instead
 * @param text      the answer text, citing sources as {@code [n]}
 * @param citations the sources, numbered as in {@code text}; the first is the main source
 * @param related   closest articles when nothing was found (may be empty)
 * @param latencyMs time spent answering, measured inside the process
 * @param shortAnswer the direct answer alone (4人, 是的, 4月28日), "" when there is none
 */
public record Answer(String question, boolean found, String text, AnswerMode mode, List<Citation> citations,
                     List<ArticleHit> related, long latencyMs, String shortAnswer) {
    public Answer {
        citations = List.copyOf(citations);
        related = List.copyOf(related);
        shortAnswer = shortAnswer == null ? "" : shortAnswer;
    }

    /** An answer with no direct answer before its quote. */
    public Answer(String question, boolean found, String text, AnswerMode mode, List<Citation> citations,
                  List<ArticleHit> related, long latencyMs) {
        this(question, found, text, mode, citations, related, latencyMs, "");
    }
}
