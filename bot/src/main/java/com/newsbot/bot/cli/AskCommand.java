package com.newsbot.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "ask", description = "Answer one question, or one a line from stdin.")
final class AskCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'ask' is not built yet");
    }
}
