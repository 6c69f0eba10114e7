package com.newsbot.bot.chat;

import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/** {@code /search 关键词 [日期|月份|范围]}: the best articles, each with its issue and date. */
final class SearchCommand implements SlashCommand {
    private static final Logger log = LoggerFactory.getLogger(SearchCommand.class);

    private final ArticleSource articles;
    private final IssueCatalog catalog;
    private final ReplyRenderer render;

    SearchCommand(ArticleSource articles, IssueCatalog catalog, ReplyRenderer render) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.render = Objects.requireNonNull(render, "render");
    }

    @Override
    public String name() {
        return "/search";
    }

    @Override
    public Reply run(Call call) {
        String argument = call.argument();
        if (argument.isEmpty()) {
            return render.text("chat-search-usage.zh.txt");
        }
        if (argument.length() > ConversationHandler.MAX_QUESTION_LENGTH) {
            return render.tooLong(argument);
        }
        List<ArticleHit> hits;
        SearchRequest request;
        try {
            List<Issue> issues = catalog.issues();
            request = SearchRequest.parse(argument, issues.isEmpty() ? null : issues.get(0).date());
            if (request.query().isEmpty()) {
                return render.text("chat-search-usage.zh.txt");
            }
            hits = request.span() == null
                    ? articles.search(request.query(), ConversationHandler.SEARCH_RESULTS)
                    : articles.search(request.query(), ConversationHandler.SEARCH_RESULTS, request.span().from(),
                            request.span().to());
        } catch (IOException | RuntimeException e) {
            log.error("Search failed ({} chars)", argument.length(), e);
            return render.apology();
        }
        return render.searchResults(request, hits);
    }
}
