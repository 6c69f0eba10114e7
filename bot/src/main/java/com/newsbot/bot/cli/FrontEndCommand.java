package com.newsbot.bot.cli;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.frontend.FrontEndException;
import com.newsbot.bot.frontend.FrontEndRuntime;
import com.newsbot.bot.frontend.SeedWatcher;
import com.newsbot.bot.ops.LeaderOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The command of one chat front end ({@code newsbot telegram}, {@code newsbot feishu}): reads the front end's settings
 * from the environment (bad ones are bad usage), opens the paper answering at once (the index brought up to date in
 * the background), the state and the {@link SeedWatcher}, serves {@code /healthz}, {@code /readyz} and {@code /metrics}
 * when asked to ({@link OpsEndpoint}), and runs the front end until SIGTERM or Ctrl-C — on replicas sharing the state,
 * in every replica or only in the one holding the front end's lease ({@link Replicas}). A front end that cannot start
 * says why in one line and the command fails.
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

    /** How replicas sharing the state on PostgreSQL run a front end. */
    enum Replicas {
        /** every replica runs it (Feishu: each event is claimed once in the database) */
        ALL,
        /**
         * only the replica holding the front end's lease runs it; the others stand by and take over within
         * {@code ttl + renew} when it dies (Telegram allows one long poll per bot)
         */
        LEASE_HOLDER
    }

    private final String name;
    private final Settings<S> settings;
    private final FrontEnd<S> frontEnd;
    private final Replicas replicas;
    private final String notConnected;

    /**
     * @param name         the front end's name: its folder beside the index ({@code index-telegram}), its lease and the
     *                     line saying it runs
     * @param notConnected what {@code /readyz} says while the front end is not connected
     */
    FrontEndCommand(String name, Settings<S> settings, FrontEnd<S> frontEnd, Replicas replicas, String notConnected) {
        this.name = name;
        this.settings = settings;
        this.frontEnd = frontEnd;
        this.replicas = replicas;
        this.notConnected = notConnected;
    }

    @Override
    public final Integer call() throws Exception {
        CliContext context = parent.context;
        Path indexDir = options.indexDir(context.env());
        S read;
        try {
            read = settings.fromEnvironment(context.env(),
                    indexDir.resolveSibling(indexDir.getFileName() + "-" + name.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        try (BotServices services = BotServices.openAnsweringAtOnce(options, context, line -> log.info("{}", line))
                .prepareAnswers()) {
            RecordedConversation conversation = ReplicaState.required(context, services.recordedConversation(context));
            if (replicas == Replicas.LEASE_HOLDER && conversation.state().shared()) {
                return runWhileLeader(context, services, conversation, read);
            }
            try (FrontEndRuntime bot = frontEnd.create(read, conversation, services.prompts());
                 AutoCloseable ops = OpsEndpoint.start(context, services.index(), conversation.state(),
                         () -> bot.connected() ? Optional.empty() : Optional.of(notConnected))) {
                services.watchSeeds(SeedWatcher.DEFAULT_PERIOD);
                context.err().println("newsbot: " + name + " bot running (Ctrl-C to stop)");
                bot.runUntilShutdown();
                return Cli.OK;
            }
        } catch (FrontEndException e) {
            context.err().println("newsbot: " + e.getMessage());
            return Cli.FAILURE;
        }
    }

    /** Replicas sharing the state: the front end runs in the replica that holds its lease; the others stand by. */
    private Integer runWhileLeader(CliContext context, BotServices services, RecordedConversation conversation, S read)
            throws Exception {
        try (LeaderOnly leader = new LeaderOnly(conversation.state().leases(), name.toLowerCase(Locale.ROOT),
                LeaderOnly.processHolder(), LeaderOnly.DEFAULT_TTL, LeaderOnly.DEFAULT_RENEW, () -> {
                    FrontEndRuntime bot = frontEnd.create(read, conversation, services.prompts());
                    try {
                        bot.start();
                    } catch (FrontEndException | RuntimeException e) {
                        bot.close();
                        throw e;
                    }
                    return bot;
                });
             AutoCloseable ops = OpsEndpoint.start(context, services.index(), conversation.state(),
                     () -> leader.status().filter(status -> !status.startsWith("standby")))) {
            services.watchSeeds(SeedWatcher.DEFAULT_PERIOD);
            context.err().println("newsbot: " + name + " bot running in the replica that holds the lease (Ctrl-C to stop)");
            leader.runUntilShutdown();
            return Cli.OK;
        }
    }
}
