package com.newsbot.bot.telegram;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.Answerer;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Newspaper;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** A bot in its own JVM, for the test that stops it with SIGTERM: {@code TelegramBotProcess API_URL STATE_DIR}. */
final class TelegramBotProcess {
    private TelegramBotProcess() {
    }

    public static void main(String[] args) throws Exception {
        Newspaper paper = new Newspaper();
        Answerer sleepy = (question, history) -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return paper.answer(question, history);
        };
        Prompts prompts = new Prompts();
        TelegramSettings settings = new TelegramSettings(FakeTelegramServer.TOKEN, URI.create(args[0]), "*", Path.of(args[1]),
                Duration.ofSeconds(1), 2, 60, Duration.ofSeconds(10));
        new TelegramBot(settings, new ConversationHandler(sleepy, paper, paper, prompts), prompts).runUntilShutdown();
    }
}
