package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.FrontEndRuntime;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Newspaper;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.ops.LeaderOnly;
import com.newsbot.bot.state.BotState;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One replica of the Telegram bot in its own JVM, on state shared in PostgreSQL, polling only while it holds the lease
 * (the production lease times), as {@code newsbot telegram} runs it:
 * {@code TelegramReplicaProcess API_URL JDBC_URL STATE_DIR HOLDER}. The test kills it with SIGKILL.
 */
final class TelegramReplicaProcess {
    private TelegramReplicaProcess() {
    }

    public static void main(String[] args) throws Exception {
        Newspaper paper = new Newspaper();
        Prompts prompts = new Prompts();
        BotState state = BotState.openConfigured(Map.of(BotState.DB_VARIABLE, args[1], BotState.DB_USER_VARIABLE, "postgres"),
                Path.of(args[2]), true);
        if (!state.available()) {
            throw new IllegalStateException(state.problem().orElse("no state"));
        }
        RecordedConversation conversation = new RecordedConversation(new ConversationHandler(paper, paper, paper, prompts),
                paper, state, prompts);
        TelegramSettings settings = new TelegramSettings(FakeTelegramServer.TOKEN, URI.create(args[0]), "*", Path.of(args[2]),
                Duration.ofSeconds(1), 2, 600, Duration.ofSeconds(5));
        new LeaderOnly(state.leases(), "telegram", args[3], LeaderOnly.DEFAULT_TTL, LeaderOnly.DEFAULT_RENEW, () -> {
            TelegramBot bot = new TelegramBot(settings, conversation, prompts,
                    new FrontEndRuntime.Timing(Duration.ofMillis(10), Duration.ofMillis(1), Duration.ofMillis(200)));
            bot.start();
            return bot;
        }).runUntilShutdown();
        System.exit(0);
    }
}
