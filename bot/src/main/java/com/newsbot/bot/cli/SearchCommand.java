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

import com.newsbot.bot.chat.DateSpan;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsbot search [--json] [--from DATE] [--to DATE] QUERY}: the best matching articles, each with its issue and date. */
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

    @Option(names = "--from", paramLabel = "DATE",
            description = "only issues from this day on (2020-04-02; a month 2020-04 starts on its first day)")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "only issues up to this day (2020-04-04; a month 2020-04 ends on its last day)")
    String to;

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
            List<Issue> headers = index.issueHeaders();
            LocalDate latest = headers.isEmpty() ? null : headers.get(0).date();
            LocalDate fromDay = from == null ? null : day("--from", from, latest).from();
            LocalDate toDay = to == null ? null : day("--to", to, latest).to();
            if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
                throw new BadInputException("--to " + to + " is before --from " + from);
            }
            List<ArticleHit> hits = index.searchArticles(query, limit, fromDay, toDay);
            IssueDirectory issues = new IssueDirectory(headers);
            PrintStream out = context.out();
            if (json) {
                out.println(Json.line(Json.searchResult(query, fromDay, toDay, hits, issues)));
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

    private static DateSpan day(String option, String value, LocalDate latestIssue) {
        return DateSpan.parse(value, latestIssue).orElseThrow(() -> new BadInputException(option + " " + value
                + " is not a date (2020-04-02, 2020-04, 4月2日)"));
    }
}
