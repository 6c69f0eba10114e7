/**
 * The render stage: what the decide stage chose in, an {@code Answer} with its {@code Citation}s out.
 *
 * <p>{@link ReadingComposer} composes the answer from a reading (the quote gathered around its best sentence, the date
 * of the report and what an earlier one said, when the latest is asked for); {@link DirectAnswers} puts the short
 * answer first (13位, a date, a name, 是的 — and "no" only where {@link Polarity} reads the paper saying the contrary);
 * {@link ArticleFacts} answers about an article itself (the N-th story, who wrote it). Every word comes from the paper
 * or from a template in {@code prompts/}.
 *
 * <p>In: the reading or clause chosen, {@code question.Asked}. Out: the {@code Answer}, which the front end's
 * {@code chat.ReplyRenderer} turns into a reply.
 */
package com.newsbot.bot.answer.render;
