/**
 * The decide stage: the candidates in, one decision out: which of them answers, or "not covered".
 *
 * <p>{@link ExtractiveAnswerer} holds the evidence gate (whether the picker's passage covers the question);
 * {@link OfflineDecision} says whether the picker's clause answers or the reader knows better (its named vetoes);
 * {@link ReadingAnswers} whether a reading answers and which report answers when the latest is asked for (by
 * {@link SameStory}); {@link OfflineAnswers} takes the first of its strategies that answers (the picker's clause, the
 * reader's reading, "not covered"), and when the learned verdict is in use lets {@link NotFoundVerdict} settle "not
 * covered" ({@link VerdictTraining} fits it).
 *
 * <p>In: the picker's clause, the readings, {@code question.Asked}. Out: the {@code Answer} for what was chosen, built
 * by the render stage ({@code render.ReadingComposer}, {@code render.DirectAnswers}) or, for the picker's clause and
 * "not covered", by {@link ExtractiveAnswerer}.
 */
package com.newsbot.bot.answer.decide;
