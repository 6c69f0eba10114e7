package com.newsbot.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "summary", description = "Summarize the latest (or a named) issue.")
final class SummaryCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'summary' is not built yet");
    }
}
