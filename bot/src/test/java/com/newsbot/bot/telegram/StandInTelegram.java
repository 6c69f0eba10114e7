package com.newsbot.bot.telegram;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.IssueSummaries;
import com.newsbot.bot.chat.Newspaper;
import com.newsbot.bot.frontend.FrontEndException;
import com.newsbot.bot.frontend.FrontEndRuntime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in Bot API on loopback ({@link FakeTelegramServer}) and the Telegram bots a test makes against it, each
 * answering from the test's stand-in {@link Newspaper} without a state database. {@link #start} starts the server; the
 * test holds this fixture in an {@code @AutoClose} field (one per test). Closing it releases the newspaper's slow
 * answers (so that no bot waits on one), closes every bot made here, then the server. The newspaper and the bots'
 * state directory stay the test's.
 */
final class StandInTelegram implements AutoCloseable {
    private final FakeTelegramServer server;
    private final Newspaper paper;
    private final Prompts prompts;
    private final List<TelegramBot> bots = new ArrayList<>();

    private StandInTelegram(FakeTelegramServer server, Newspaper paper, Prompts prompts) {
        this.server = server;
        this.paper = paper;
        this.prompts = prompts;
    }

    /** Starts the stand-in server, for bots answering from {@code paper}. */
    static StandInTelegram start(Newspaper paper) {
        try {
            return new StandInTelegram(FakeTelegramServer.start(), paper, new Prompts());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the stand-in Bot API", e);
        }
    }

    FakeTelegramServer server() {
        return server;
    }

    /** The prompts the bots reply with. */
    Prompts prompts() {
        return prompts;
    }

    /** Settings for a bot against this server, polling for a second at most and keeping its offset in {@code stateDir}. */
    TelegramSettings settings(String allowedChats, Path stateDir, int workers, int messagesPerMinute, Duration shutdownGrace) {
        return new TelegramSettings(FakeTelegramServer.TOKEN, URI.create(server.url()), allowedChats, stateDir,
                Duration.ofSeconds(1), workers, messagesPerMinute, shutdownGrace);
    }

    /** A bot answering from the newspaper, not started (the test starts it or runs it); closed with this fixture. */
    TelegramBot bot(TelegramSettings settings, FrontEndRuntime.Timing timing) {
        return bot(settings, paper, timing);
    }

    /** A bot answering from the newspaper but listing {@code issues}, not started; closed with this fixture. */
    TelegramBot bot(TelegramSettings settings, IssueSummaries issues, FrontEndRuntime.Timing timing) {
        ConversationHandler handler = new ConversationHandler(paper, issues, paper, prompts);
        TelegramBot bot = new TelegramBot(settings, FrontEndRuntime.withoutState(handler, prompts), prompts, timing);
        bots.add(bot);
        return bot;
    }

    /** A started bot answering from the newspaper; closed with this fixture. */
    TelegramBot startBot(TelegramSettings settings, FrontEndRuntime.Timing timing) throws FrontEndException {
        TelegramBot bot = bot(settings, timing);
        bot.start();
        return bot;
    }

    @Override
    public void close() {
        paper.releaseSlow();
        try {
            bots.forEach(TelegramBot::close);
        } finally {
            server.close();
        }
    }
}
