package com.newsbot.bot.cli;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.frontend.FrontEndRuntime;
import com.newsbot.bot.telegram.TelegramBot;
import com.newsbot.bot.telegram.TelegramSettings;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.Map;

/** {@code newsbot telegram}: the Telegram bot (long polling) until SIGTERM or Ctrl-C. */
@Command(name = "telegram", description = "Run the Telegram bot (long polling); configured by environment variables.")
final class TelegramCommand extends FrontEndCommand<TelegramSettings> {
    @Override
    String name() {
        return "Telegram";
    }

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
    TelegramSettings settings(Map<String, String> env, Path stateDir) {
        return TelegramSettings.fromEnvironment(env, stateDir);
    }

    @Override
    FrontEndRuntime frontEnd(TelegramSettings settings, RecordedConversation conversation, Prompts prompts) {
        return new TelegramBot(settings, conversation, prompts);
    }
}
