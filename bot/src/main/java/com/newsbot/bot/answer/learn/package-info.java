/**
 * Learned weights, no stage of their own: fitting them ({@link ConditionalLogit}, a conditional logit) and reading their
 * files ({@link NamedNumbers}: "name value" lines). The reader's weights ({@code candidates.ReaderTraining}) and the
 * not-found verdict ({@code decide.VerdictTraining}) are fit and read with them.
 */
package com.newsbot.bot.answer.learn;
