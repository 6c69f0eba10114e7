package com.newsbot.bot.summary;

import java.time.LocalDate;
import java.util.List;

/** The summary of one issue: name, date and each article (stories first in print order, then sidebars). */
public record IssueSummary(String issueId, String name, LocalDate date, List<ArticleSummary> articles) {
    public IssueSummary {
        articles = List.copyOf(articles);
    }
}
