package com.newsbot.bot.feishu;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.Answerer;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Newspaper;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** A Feishu bot in its own JVM, for the test that stops it with SIGTERM: {@code FeishuBotProcess BASE_URL STATE_DIR}. */
final class FeishuBotProcess {
    private FeishuBotProcess() {
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
        FeishuSettings settings = new FeishuSettings(FakeFeishuServer.APP_ID, FakeFeishuServer.APP_SECRET, URI.create(args[0]), "*",
                Path.of(args[1]), 2, 60, Duration.ofSeconds(10));
        new FeishuBot(settings, new ConversationHandler(sleepy, paper, paper, prompts), prompts).runUntilShutdown();
        System.exit(0);
    }
}
