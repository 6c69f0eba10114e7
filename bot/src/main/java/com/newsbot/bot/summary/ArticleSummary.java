package com.newsbot.bot.summary;

import com.newsbot.retrieval.ArticleKind;

/** One article of an issue summary: its title, author and a one- or two-sentence summary. */
public record ArticleSummary(String articleId, ArticleKind kind, String title, String author, String summary) {
}
