package com.newsbot.bot.cli;

import com.newsbot.bot.console.ConsoleChat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code newsbot chat} (the default): the console chat, interactive on a terminal, line by line from a pipe. On a
 * terminal it answers from the index at once while new or changed issues are read in the background (answers say
 * so until the reading ends); from a pipe it answers once the reading is done.
 */
@Command(name = "chat", description = "Chat in the terminal (the default): questions, /latest, /search, /source, /help.")
final class ChatCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        // answers at once from what is indexed; new or changed issues are read in the background, progress on stderr
        try (BotServices services = BotServices.openAnsweringAtOnce(options, context, context.err()::println)
                .prepareAnswers()) {
            boolean interactive = System.console() != null;
            if (!interactive && services.backgroundIndexing().isPresent()) {
                // a pipe is a script: nobody waits at a terminal, and its answers should not depend on timing
                services.backgroundIndexing().get().await(Duration.ofDays(1));
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
            return new ConsoleChat(services.recordedConversation(context), services.prompts()).run(in, context.out(), interactive);
        }
    }
}
