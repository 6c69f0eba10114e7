package com.newsbot.bot.answer.retrieve;

import com.newsbot.bot.Prompts;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleKind;

import java.util.Map;

/**
 * The headline a citation shows: the title with its kicker (引题) when it has one, and for a sidebar the
 * story it is printed in, so 微评 reads as the comment on that story.
 */
public final class Headlines {
    private final Prompts prompts;
    private final Paper paper;

    public Headlines(Prompts prompts, Paper paper) {
        this.prompts = prompts;
        this.paper = paper;
    }

    String of(String articleId, String fallback) {
        return paper.article(articleId).map(this::of).orElse(fallback);
    }

    public String of(Article a) {
        if (a.kind() == ArticleKind.SIDEBAR) {
            return paper.host(a.id())
                    .map(story -> prompts.render("headline-sidebar.zh.txt", Map.of("title", a.title(), "story", story.title())))
                    .orElse(a.title());
        }
        if (!a.kicker().isBlank()) {
            return prompts.render("headline-kicker.zh.txt", Map.of("title", a.title(), "kicker", a.kicker()));
        }
        return a.title();
    }
}
