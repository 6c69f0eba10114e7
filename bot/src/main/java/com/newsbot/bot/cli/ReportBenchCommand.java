package com.newsbot.bot.cli;

import com.newsbot.bot.bench.ReportBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newsbot bench-report}: times {@code report} on a generated question log (hidden; for the figures in docs/performance.md). */
@Command(name = "bench-report", hidden = true, description = "Time `newsbot report` on a generated question log.")
final class ReportBenchCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Option(names = "--questions", paramLabel = "N", description = "questions in the generated log (default: 10000)")
    int questions = 10_000;

    @Option(names = "--runs", paramLabel = "N", description = "timed runs of each report form (default: 3)")
    int runs = 3;

    @Option(names = "--embeddings", paramLabel = "on|off", description = "group with bge-small-zh (on, default) or bigrams")
    String embeddings = "on";

    @Option(names = "--work", paramLabel = "DIR", description = "where the database and report go (default: a temp folder)")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (questions < 1 || runs < 1) {
            throw new BadInputException("--questions and --runs must be at least 1");
        }
        if (!embeddings.equals("on") && !embeddings.equals("off")) {
            throw new BadInputException("--embeddings must be on or off, not " + embeddings);
        }
        Path dir = work != null ? work : Files.createTempDirectory("newsbot-report-bench");
        new ReportBench(parent.context.out()).run(questions, runs, embeddings.equals("on"), dir);
        return Cli.OK;
    }
}
