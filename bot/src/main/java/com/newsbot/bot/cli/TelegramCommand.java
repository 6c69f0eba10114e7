package com.newsbot.bot.cli;

import com.newsbot.bot.telegram.TelegramBot;
import com.newsbot.bot.telegram.TelegramBotException;
import com.newsbot.bot.telegram.TelegramSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code newsbot telegram}: the Telegram bot (long polling) until SIGTERM or Ctrl-C. */
@Command(name = "telegram", description = "Run the Telegram bot (long polling); configured by environment variables.")
final class TelegramCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(TelegramCommand.class);
    /** How often the running bot looks for new or changed issues in the seeds folder. */
    private static final Duration SEED_CHECK = Duration.ofSeconds(60);

    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        Path indexDir = options.indexDir(context.env());
        TelegramSettings settings;
        try {
            settings = TelegramSettings.fromEnvironment(context.env(), indexDir.resolveSibling(indexDir.getFileName() + "-telegram"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        try (BotServices services = BotServices.openAnsweringAtOnce(options, context, line -> log.info("{}", line))
                .prepareAnswers();
             TelegramBot bot = new TelegramBot(settings, services.recordedConversation(context), services.prompts())) {
            services.watchSeeds(SEED_CHECK);
            context.err().println("newsbot: Telegram bot running (Ctrl-C to stop)");
            bot.runUntilShutdown();
            return Cli.OK;
        } catch (TelegramBotException e) {
            context.err().println("newsbot: " + e.getMessage());
            return Cli.FAILURE;
        }
    }
}
