/**
 * The retrieve stage, and the index as the answer path sees it: a query in, typed passages out.
 *
 * <p>{@link Paper} is what answering needs of the index: passages for a query, articles by id, the issues and how rare
 * each term is ({@link TermWeights}); {@link IndexPaper} implements it over {@code NewsIndex}, with what it reads of the
 * whole paper saved by {@link PaperStatsCache}. {@link Retrieval} runs the searches of one question, each once (widened
 * for the latest report by the same search, within a conversation's articles when it has some); {@link Evidences} reads
 * what they found as {@link Evidence}, the preferred article's first, each titled with the headline a citation shows
 * ({@link Headlines}).
 *
 * <p>In: the query, whether the latest report is asked for, a conversation's scope. Out: {@link Evidence} in retrieval
 * order; the paper's articles and term weights for the stages after.
 */
package com.newsbot.bot.answer.retrieve;
