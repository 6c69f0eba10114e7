/**
 * What every stage knows of Chinese text, no stage of its own: characters, bigrams, sentences and clauses
 * ({@link Texts}), smartcn's words ({@link Words}), HanLP's tagged words and named entities ({@link Entities}), measure
 * words ({@link Measures}), chat words and the paper's words for them ({@link Colloquial}), words
 * of one meaning from the extended Cilin HanLP ships ({@link Synonyms}), and the word lists kept as
 * data under {@code resources/lexicon/}, all read by one loader ({@link Lexicon}).
 */
package com.newsbot.bot.answer.language;
