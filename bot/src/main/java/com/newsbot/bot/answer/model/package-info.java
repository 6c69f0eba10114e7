/**
 * A chat model beside the offline stages, when one is configured ({@link LlmConfig}).
 *
 * <p>{@link ModelAnswers} rewrites a follow-up as a question that stands alone and answers from the passages
 * {@link ModelPassages} picks (around the best-read sentences, then retrieval's), through {@link LlmAnswerer}, each
 * call under {@link ModelCalls}' deadline; {@link SupportCheck} holds the model's answer to its passages, with
 * {@link MeaningTokens} (numbers, names, negations a claim holds that the passage does not).
 *
 * <p>In: the offline answer, the question, the candidates' passages. Out: the model's answer, or the offline one on a
 * timeout, an error, a refusal or an unsupported answer.
 */
package com.newsbot.bot.answer.model;
