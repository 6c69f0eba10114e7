package com.newsbot.bot.frontend;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.Answerer;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Newspaper;
import com.newsbot.bot.feishu.FakeFeishuServer;
import com.newsbot.bot.feishu.FeishuBot;
import com.newsbot.bot.feishu.FeishuSettings;
import com.newsbot.bot.telegram.FakeTelegramServer;
import com.newsbot.bot.telegram.TelegramBot;
import com.newsbot.bot.telegram.TelegramSettings;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A bot in its own JVM, for the tests that stop one with SIGTERM: {@code BotProcess telegram|feishu STAND_IN_URL
 * STATE_DIR}. Answers slowly (1.5 s a question), so a reply is in progress when the signal comes.
 */
public final class BotProcess {
    private BotProcess() {
    }

    /** Starts the bot of {@code frontEnd} against the stand-in at {@code url}, its state and {@code bot.log} in {@code state}. */
    public static Process start(String frontEnd, String url, Path state) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BotProcess.class.getName(), frontEnd, url,
                state.toString())
                .redirectErrorStream(true)
                .redirectOutput(state.resolve("bot.log").toFile())
                .start();
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
        ConversationHandler handler = new ConversationHandler(sleepy, paper, paper, prompts);
        URI url = URI.create(args[1]);
        Path state = Path.of(args[2]);
        FrontEndRuntime bot = switch (args[0]) {
            case "telegram" -> new TelegramBot(new TelegramSettings(FakeTelegramServer.TOKEN, url, "*", state, Duration.ofSeconds(1),
                    2, 60, Duration.ofSeconds(10)), FrontEndRuntime.withoutState(handler, prompts), prompts);
            case "feishu" -> new FeishuBot(new FeishuSettings(FakeFeishuServer.APP_ID, FakeFeishuServer.APP_SECRET, url, "*", state,
                    2, 60, Duration.ofSeconds(10)), FrontEndRuntime.withoutState(handler, prompts), prompts);
            default -> throw new IllegalArgumentException("not a front end: " + args[0]);
        };
        bot.runUntilShutdown();
        System.exit(0); // the Feishu SDK's ping thread idles on and is not a daemon
    }
}
