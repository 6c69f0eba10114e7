package com.newsbot.bot.chat;

import com.newsbot.retrieval.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;

/** Opens an article by its id: the whole cleaned article, or a polite message when it is unknown or the lookup fails. */
final class ArticlePages {
    private static final Logger log = LoggerFactory.getLogger(ArticlePages.class);

    private final ArticleSource articles;
    private final ReplyRenderer render;

    ArticlePages(ArticleSource articles, ReplyRenderer render) {
        this.articles = java.util.Objects.requireNonNull(articles, "articles");
        this.render = java.util.Objects.requireNonNull(render, "render");
    }

    Reply open(String articleId) {
        Optional<Article> found;
        try {
            found = articles.article(articleId);
        } catch (IOException | RuntimeException e) {
            log.error("Looking up article {} failed", articleId, e);
            return render.apology();
        }
        return found.map(render::article).orElseGet(() -> render.sourceNotFound(articleId));
    }
}
