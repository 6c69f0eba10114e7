package com.newsbot.bot.cli;

import com.newsbot.bot.console.ConsoleChat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code newsbot chat} (the default): the console chat, interactive on a terminal, line by line from a pipe. */
@Command(name = "chat", description = "Chat in the terminal (the default): questions, /latest, /search, /source, /help.")
final class ChatCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        try (BotServices services = BotServices.open(options, context).prepareAnswers()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
            return new ConsoleChat(services.recordedConversation(context), services.prompts()).run(in, context.out());
        }
    }
}
