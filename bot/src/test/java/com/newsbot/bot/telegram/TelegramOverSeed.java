package com.newsbot.bot.telegram;

import com.newsbot.bot.SeedPaper;
import com.newsbot.bot.frontend.FrontEndRuntime;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A started Telegram bot over the seed paper ({@link SeedPaper}, no state) against a started stand-in Bot API, for the
 * tests that ask it real questions. Owns all three and closes them; a test opens one with try-with-resources.
 */
final class TelegramOverSeed implements AutoCloseable {
    private final SeedPaper paper;
    private final FakeTelegramServer telegram;
    private final TelegramBot bot;

    private TelegramOverSeed(SeedPaper paper, FakeTelegramServer telegram, TelegramBot bot) {
        this.paper = paper;
        this.telegram = telegram;
        this.bot = bot;
    }

    /** The bot serving {@code allowed} with {@code workers} workers and {@code perMinute} messages a minute per person. */
    static TelegramOverSeed start(Path dir, String allowed, int workers, int perMinute) throws Exception {
        SeedPaper paper = SeedPaper.open();
        FakeTelegramServer telegram = FakeTelegramServer.start();
        TelegramBot bot = new TelegramBot(new TelegramSettings(FakeTelegramServer.TOKEN, URI.create(telegram.url()), allowed,
                dir.resolve("state"), Duration.ofSeconds(1), workers, perMinute, Duration.ofSeconds(5)),
                FrontEndRuntime.withoutState(paper.handler(), paper.prompts()), paper.prompts());
        bot.start();
        return new TelegramOverSeed(paper, telegram, bot);
    }

    SeedPaper paper() {
        return paper;
    }

    FakeTelegramServer telegram() {
        return telegram;
    }

    @Override
    public void close() throws Exception {
        bot.close();
        telegram.close();
        paper.close();
    }
}
