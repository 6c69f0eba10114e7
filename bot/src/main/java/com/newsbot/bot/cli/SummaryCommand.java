package com.newsbot.bot.cli;

import com.newsbot.bot.summary.ArticleSummary;
import com.newsbot.bot.summary.IssueSummary;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newsbot summary [--json] [--issue ID]}: the latest (or named) issue, one or two sentences per article. */
@Command(name = "summary", description = "Summarize the latest (or a named) issue.")
final class SummaryCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "write one JSON object")
    boolean json;

    @Option(names = "--issue", paramLabel = "ID", description = "the issue (default: the latest)")
    String issueId;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        try (BotServices services = BotServices.open(options, context)) {
            Optional<IssueSummary> found = issueId == null
                    ? services.summaries().latest()
                    : services.summaries().of(issueId.strip());
            if (found.isEmpty()) {
                throw new BadInputException(issueId == null
                        ? "no issue to summarize: the seeds folder holds no readable issue"
                        : "no issue with id " + issueId.strip());
            }
            IssueSummary summary = found.get();
            Issue issue = new IssueDirectory(services.index()).issue(summary.issueId());
            PrintStream out = context.out();
            if (json) {
                out.println(Json.line(AnswerJson.summary(summary, issue == null ? null : issue.source())));
                return Cli.OK;
            }
            String name = summary.name().isEmpty() ? summary.issueId() : summary.name();
            out.println(name + (summary.date() == null ? "" : " · " + summary.date()));
            out.println();
            int n = 1;
            for (ArticleSummary article : summary.articles()) {
                String label = article.kind() == ArticleKind.SIDEBAR ? "  ·" : String.format("%2d.", n++);
                out.printf("%s %s%s%n", label, article.title(), article.author().isEmpty() ? "" : " — " + article.author());
                out.println("    " + article.summary());
                out.println("    → newsbot source " + article.articleId());
            }
            return Cli.OK;
        }
    }
}
