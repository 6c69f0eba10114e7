package com.newsbot.bot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newsbot source [--json] ARTICLE_ID}: the whole cleaned article. */
@Command(name = "source", description = "Print a whole article: title, subtitle, author, issue, date and text.")
final class SourceCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "write one JSON object")
    boolean json;

    @Parameters(paramLabel = "ARTICLE_ID", description = "an id from search, ask or summary")
    String articleId;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        try (NewsIndex index = IndexOpener.openUpToDate(options, context, IndexProgress.NONE)) {
            Optional<Article> found = index.article(articleId.strip());
            if (found.isEmpty()) {
                throw new BadInputException("no article with id " + articleId.strip()
                        + " (ids are listed by: newsbot search QUERY, newsbot summary)");
            }
            Article article = found.get();
            Issue issue = new IssueDirectory(index).issue(article.issueId());
            PrintStream out = context.out();
            if (json) {
                ObjectNode node = Json.article(article, issue);
                node.put("kicker", article.kicker());
                node.put("column", article.column());
                node.put("text", article.text());
                out.println(Json.line(node));
            } else {
                if (!article.kicker().isEmpty()) {
                    out.println(article.kicker());
                }
                out.println(article.title());
                if (!article.subtitle().isEmpty()) {
                    out.println(article.subtitle());
                }
                StringBuilder meta = new StringBuilder();
                if (!article.author().isEmpty()) {
                    meta.append(article.author()).append(" · ");
                }
                meta.append(issue == null ? article.issueId() : TextFormat.issueLabel(issue));
                out.println(meta);
                out.println();
                out.println(article.text());
            }
        }
        return Cli.OK;
    }
}
