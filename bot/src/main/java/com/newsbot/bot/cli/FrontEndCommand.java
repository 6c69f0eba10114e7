package com.newsbot.bot.cli;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.frontend.FrontEndException;
import com.newsbot.bot.frontend.FrontEndRuntime;
import com.newsbot.bot.frontend.SeedWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The command of one chat front end ({@code newsbot telegram}, {@code newsbot feishu}): reads the front end's settings
 * from the environment (bad ones are bad usage), opens the paper answering at once (the index brought up to date in
 * the background), the state and the {@link SeedWatcher}, and runs the front end until SIGTERM or Ctrl-C. A front end
 * that cannot start says why in one line and the command fails.
 *
 * @param <S> the front end's settings
 */
abstract class FrontEndCommand<S> implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(FrontEndCommand.class);

    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    /** A front end's settings from the environment, its state kept in a folder; a bad one throws IllegalArgumentException. */
    @FunctionalInterface
    interface Settings<S> {
        S fromEnvironment(Map<String, String> env, Path stateDir);
    }

    /** A front end over its settings and the conversation, not yet started. */
    @FunctionalInterface
    interface FrontEnd<S> {
        FrontEndRuntime create(S settings, RecordedConversation conversation, Prompts prompts);
    }

    private final String name;
    private final Settings<S> settings;
    private final FrontEnd<S> frontEnd;

    /**
     * @param name the front end's name: its folder beside the index ({@code index-telegram}) and the line saying it runs
     */
    FrontEndCommand(String name, Settings<S> settings, FrontEnd<S> frontEnd) {
        this.name = name;
        this.settings = settings;
        this.frontEnd = frontEnd;
    }

    @Override
    public final Integer call() throws Exception {
        CliContext context = parent.context;
        Path indexDir = options.indexDir(context.env());
        S read;
        try {
            read = settings.fromEnvironment(context.env(),
                    indexDir.resolveSibling(indexDir.getFileName() + "-" + name.toLowerCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        try (BotServices services = BotServices.openAnsweringAtOnce(options, context, line -> log.info("{}", line))
                .prepareAnswers();
             FrontEndRuntime bot = frontEnd.create(read, services.recordedConversation(context), services.prompts())) {
            services.watchSeeds(SeedWatcher.DEFAULT_PERIOD);
            context.err().println("newsbot: " + name + " bot running (Ctrl-C to stop)");
            bot.runUntilShutdown();
            return Cli.OK;
        } catch (FrontEndException e) {
            context.err().println("newsbot: " + e.getMessage());
            return Cli.FAILURE;
        }
    }
}
