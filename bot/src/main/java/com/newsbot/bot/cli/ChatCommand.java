package com.newsbot.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "chat", description = "Chat in the terminal (the default).")
final class ChatCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'chat' is not built yet");
    }
}
