package com.newsbot.bot.cli;

import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.ops.LeaderOnly;
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
import java.util.Optional;
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

    /**
     * Replicas sharing the state on PostgreSQL: Telegram allows one long poll per bot, so it runs in the replica that
     * holds the {@code telegram} lease; the others stand by and take over within {@code ttl + renew} when it dies.
     */
    private static Integer pollWhileLeader(CliContext context, BotServices services, RecordedConversation conversation,
                                           TelegramSettings settings) throws Exception {
        try (LeaderOnly leader = new LeaderOnly(conversation.state().leases(), "telegram", LeaderOnly.processHolder(),
                LeaderOnly.DEFAULT_TTL, LeaderOnly.DEFAULT_RENEW, () -> {
                    TelegramBot bot = new TelegramBot(settings, conversation, services.prompts());
                    try {
                        bot.start();
                    } catch (TelegramBotException | RuntimeException e) {
                        bot.close();
                        throw e;
                    }
                    return bot;
                });
             AutoCloseable ops = OpsEndpoint.start(context, services.index(), conversation.state(),
                     () -> leader.status().filter(status -> !status.startsWith("standby")))) {
            services.watchSeeds(SEED_CHECK);
            context.err().println("newsbot: Telegram bot running in the replica that holds the lease (Ctrl-C to stop)");
            leader.runUntilShutdown();
            return Cli.OK;
        }
    }

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
                .prepareAnswers()) {
            RecordedConversation conversation = ReplicaState.required(context, services.recordedConversation(context));
            if (conversation.state().shared()) {
                return pollWhileLeader(context, services, conversation, settings);
            }
            try (TelegramBot bot = new TelegramBot(settings, conversation, services.prompts());
                 AutoCloseable ops = OpsEndpoint.start(context, services.index(), conversation.state(),
                         () -> bot.running() ? Optional.empty() : Optional.of("not polling Telegram"))) {
                services.watchSeeds(SEED_CHECK);
                context.err().println("newsbot: Telegram bot running (Ctrl-C to stop)");
                bot.runUntilShutdown();
                return Cli.OK;
            }
        } catch (TelegramBotException e) {
            context.err().println("newsbot: " + e.getMessage());
            return Cli.FAILURE;
        }
    }
}
