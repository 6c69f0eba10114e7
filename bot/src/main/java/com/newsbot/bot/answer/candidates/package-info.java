/**
 * The candidates stage: the typed question and the retrieved passages in, candidate answers out, each with what scored
 * it.
 *
 * <p>Two readers propose. {@link SpanPicker} picks the clause of a passage that answers ({@link SpanPicker.Pick}; with
 * {@link PickerTerms}, {@link HeadCues} and {@link QuoteShaping}): strong on questions that copy the paper's words.
 * {@link ArticleReader} reads the first articles whole ({@link ArticleReader.Reading}, with its best sentence), each
 * sentence scored by {@link UnitFeatures} as {@link UnitFeatureReader} reads them (with {@link UnitCues},
 * {@link WordHits}, {@link PassageMeaning} and {@link SentenceMeaning}): strong on questions in readers' own words.
 * {@link UnitChoice} chooses an article's sentence, tagging names (HanLP) only in the sentences that could still win. Both
 * find answer-shaped spans (a number with its unit, a date, a name) with {@link AnswerSpans}. {@link ReaderTraining}
 * learns the reader's weights from labelled questions ({@code newsbot train}). The articles, and the picker beside them,
 * are read at once on the machine's cores
 * ({@link com.newsbot.retrieval.concurrent.OnCores}); what is read does not depend on which thread read it.
 *
 * <p>In: {@code question.Asked}, {@code retrieve.Evidence}, the paper. Out: the picker's clause (before the evidence
 * gate) and the readings, best first.
 */
package com.newsbot.bot.answer.candidates;
