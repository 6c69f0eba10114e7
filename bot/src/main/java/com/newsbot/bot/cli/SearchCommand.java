package com.newsbot.bot.cli;

import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.NewsIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsbot search [--json] QUERY}: the best matching articles. */
@Command(name = "search", description = "List the articles that best match a query.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "write one JSON object")
    boolean json;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "how many articles (default: 5)")
    int limit = 5;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "words to look for")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        String query = String.join(" ", words).strip();
        if (query.isEmpty()) {
            throw new BadInputException("search needs a query");
        }
        if (limit < 1 || limit > 100) {
            throw new BadInputException("--limit must be between 1 and 100");
        }
        CliContext context = parent.context;
        try (NewsIndex index = IndexOpener.openUpToDate(options, context, IndexProgress.NONE)) {
            List<ArticleHit> hits = index.searchArticles(query, limit);
            IssueDirectory issues = new IssueDirectory(index);
            PrintStream out = context.out();
            if (json) {
                out.println(Json.line(Json.searchResult(query, hits, issues)));
            } else if (hits.isEmpty()) {
                out.println("没有找到相关文章。");
            } else {
                int n = 1;
                for (ArticleHit hit : hits) {
                    Issue issue = issues.issue(hit.article().issueId());
                    out.printf("%d. %s%s%n   %s  id: %s%n", n++, hit.article().title(),
                            hit.article().author().isEmpty() ? "" : " — " + hit.article().author(),
                            issue == null ? hit.article().issueId() : TextFormat.issueLabel(issue), hit.article().id());
                    if (hit.bestPassage() != null) {
                        out.println("   " + TextFormat.snippet(hit.bestPassage().text(), 80));
                    }
                }
            }
        }
        return Cli.OK;
    }
}
