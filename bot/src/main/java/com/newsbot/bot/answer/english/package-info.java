/**
 * A question with no Chinese in it ({@link ForeignQuestions}): answered by the model when one is configured, otherwise
 * asked again in Chinese ({@link EnglishQuestions}, with {@link EnglishWords}, {@link EnglishQuestionForms}, the
 * glossary {@link EnglishChinese}, and {@link TranslationChoices} choosing the words the paper uses, by
 * {@link PaperUsage}) and answered through the same stages as a Chinese question.
 *
 * <p>In: the question. Out: an {@code Answer}, with an English lead-in, or one saying the paper is Chinese and what a
 * search for the question's names finds.
 */
package com.newsbot.bot.answer.english;
