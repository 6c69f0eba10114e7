package com.newsbot.bot.feishu;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.RecordedConversation;
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
 * A stand-in Feishu open platform on loopback ({@link FakeFeishuServer}) and the Feishu bots a test makes against it, each
 * answering from the conversation the test gives it. {@link #start} starts the server; the test holds this fixture in an
 * {@code @AutoClose} field, or closes it in its {@code @AfterEach} where something the bots use (a state database, a seed
 * paper) must close after them. Closing it closes every bot made here, then the server. The conversations, what they
 * answer from and the bots' state directories stay the test's.
 */
final class StandInFeishu implements AutoCloseable {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    private static final Duration CONNECTING = Duration.ofSeconds(20);

    private final FakeFeishuServer server;
    private final List<FeishuBot> bots = new ArrayList<>();

    private StandInFeishu(FakeFeishuServer server) {
        this.server = server;
    }

    /** Starts the stand-in server. */
    static StandInFeishu start() {
        try {
            return new StandInFeishu(FakeFeishuServer.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the stand-in Feishu open platform", e);
        }
    }

    FakeFeishuServer server() {
        return server;
    }

    /** Settings for a bot against this server with the right app secret, a 5 s shutdown grace, its state in {@code stateDir}. */
    FeishuSettings settings(String allowedChats, Path stateDir, int workers, int messagesPerMinute) {
        return settings(FakeFeishuServer.APP_SECRET, allowedChats, stateDir, workers, messagesPerMinute);
    }

    /** Settings for a bot against this server with {@code appSecret} (right or wrong), as {@link #settings(String, Path, int, int)}. */
    FeishuSettings settings(String appSecret, String allowedChats, Path stateDir, int workers, int messagesPerMinute) {
        return new FeishuSettings(FakeFeishuServer.APP_ID, appSecret, URI.create(server.url()), allowedChats, stateDir, workers,
                messagesPerMinute, SHUTDOWN_GRACE);
    }

    /** A bot answering from {@code conversation}, not started (the test starts it); closed with this fixture. */
    FeishuBot bot(FeishuSettings settings, RecordedConversation conversation, Prompts prompts, FrontEndRuntime.Timing timing) {
        FeishuBot bot = new FeishuBot(settings, conversation, prompts, timing);
        bots.add(bot);
        return bot;
    }

    /**
     * A started bot answering from {@code conversation}, once its long connection is open (one more than the server had
     * opened before, within 20 s); closed with this fixture.
     */
    FeishuBot startBot(FeishuSettings settings, RecordedConversation conversation, Prompts prompts, FrontEndRuntime.Timing timing)
            throws FrontEndException, InterruptedException {
        int opened = server.connections();
        FeishuBot bot = bot(settings, conversation, prompts, timing);
        bot.start();
        server.awaitConnections(opened + 1, CONNECTING);
        return bot;
    }

    @Override
    public void close() {
        try {
            bots.forEach(FeishuBot::close);
        } finally {
            server.close();
        }
    }
}
