package com.newsbot.bot.cli;

import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code newsbot issues [--json]}: the indexed issues, newest first, with name, number, date and article count. */
@Command(name = "issues", description = "List the indexed issues, newest first: id, name, number, date, articles.")
final class IssuesCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Option(names = "--json", description = "write one JSON object: {\"issues\":[{\"id\",\"name\",\"number\",\"date\",\"articles\"}]}")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        try (NewsIndex index = IndexOpener.openUpToDate(options, context, IndexProgress.NONE)) {
            List<Issue> issues = index.issueHeaders();
            Map<String, Integer> counts = index.articleCounts();
            PrintStream out = context.out();
            if (json) {
                out.println(Json.line(Json.issues(issues, counts)));
            } else if (issues.isEmpty()) {
                out.println("还没有收录任何一期报纸（seeds: " + options.seedsDir() + "）。");
            } else {
                for (Issue issue : issues) {
                    out.printf("%s  %s  %s  %d篇  id: %s%n", issue.date() == null ? "----------" : issue.date(),
                            issue.number().isEmpty() ? "-" : issue.number(), issue.name().isEmpty() ? issue.id() : issue.name(),
                            counts.getOrDefault(issue.id(), 0), issue.id());
                }
            }
        }
        return Cli.OK;
    }
}
