package com.newsbot.bot.cli;

import com.newsbot.bot.summary.ArticleSummary;
import com.newsbot.bot.summary.IssueSummary;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.IssueMatch;
import com.newsbot.retrieval.IssueRefs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.util.List;
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

    @Option(names = "--issue", paramLabel = "ID|DATE|NUMBER",
            description = "the issue: its id, its date (2020-04-02, 4月2日) or its number (3, 第3期); default: the latest")
    String issueId;

    /** The id of the issue {@code --issue} names; bad input saying so (and the nearest issues) when there is none. */
    private String namedIssue(List<Issue> issues) {
        IssueMatch match = IssueRefs.resolveArgument(issueId, issues);
        if (match.status() == IssueMatch.Status.RESOLVED) {
            return match.issue().id();
        }
        if (match.status() == IssueMatch.Status.NOT_NAMED) {
            throw new BadInputException("no issue " + issueId.strip()
                    + " (give an issue id, a date such as 2020-04-02 or a number; newsbot issues lists them)");
        }
        StringBuilder message = new StringBuilder("no issue " + issueId.strip());
        if (!match.nearest().isEmpty()) {
            message.append("; nearest: ");
            message.append(String.join(", ", match.nearest().stream().map(TextFormat::issueLabel).toList()));
        }
        throw new BadInputException(message.toString());
    }

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        try (BotServices services = BotServices.open(options, context)) {
            Optional<IssueSummary> found = issueId == null
                    ? services.summaries().latest()
                    : services.summaries().of(namedIssue(services.index().issueHeaders()));
            if (found.isEmpty()) {
                throw new BadInputException(issueId == null
                        ? "no issue to summarize: the seeds folder holds no readable issue"
                        : "no issue " + issueId.strip());
            }
            IssueSummary summary = found.get();
            Issue issue = new IssueDirectory(services.index()).issue(summary.issueId());
            PrintStream out = context.out();
            if (json) {
                out.println(Json.line(AnswerJson.summary(summary, issue)));
                return Cli.OK;
            }
            String name = summary.name().isEmpty() ? summary.issueId() : summary.name();
            String number = issue == null || issue.number().isEmpty() ? "" : " · " + issue.number();
            out.println(name + number + (summary.date() == null ? "" : " · " + summary.date()));
            if (issue != null && !issue.url().isEmpty()) {
                out.println(issue.url());
            }
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
