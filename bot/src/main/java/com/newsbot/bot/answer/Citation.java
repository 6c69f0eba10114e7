package com.newsbot.bot.answer;

import java.time.LocalDate;

/**
 * One numbered source of an answer: the article and the exact text quoted from it.
 *
 * @param n         the number used in the answer text ({@code [1]})
 * @param date      issue date, or null when unknown
 * @param quote     exactly {@code article.text().substring(start, end)}
 * @param source    the seeds file, e.g. {@code seeds/000_ca8ae608e85ef6a0.txt}
 */
public record Citation(int n, String issueId, String issueName, LocalDate date, String articleId, String title,
                       String author, String quote, int start, int end, String source) {
}
