package com.newsbot.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code newsbot}: with no subcommand, the console chat on {@code ./seeds}. */
@Command(name = "newsbot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Answers questions about the company newspaper, with the article each answer comes from.",
        subcommands = {ChatCommand.class, TelegramCommand.class, FeishuCommand.class, AskCommand.class, SummaryCommand.class,
                SearchCommand.class, SourceCommand.class, IssuesCommand.class, IndexCommand.class, ReportCommand.class,
                EvalCommand.class, TrainCommand.class, ReportBenchCommand.class, BenchCommand.class})
final class NewsbotCommand implements Callable<Integer> {
    final CliContext context;

    @Spec
    CommandSpec spec;

    NewsbotCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        return spec.commandLine().execute("chat");
    }
}
