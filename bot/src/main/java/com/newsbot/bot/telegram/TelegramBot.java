package com.newsbot.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.frontend.ChatQueues;
import com.newsbot.bot.frontend.OrderedOutbox;
import com.newsbot.bot.frontend.RateLimiter;
import com.newsbot.bot.frontend.StrangerRefusals;
import com.newsbot.bot.state.BotState;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Telegram front end ({@code newsbot telegram}): long polling with TelegramBots 9, replies from
 * the shared {@link ConversationHandler}. {@link #start()} checks the token (getMe), registers the
 * commands and starts polling; {@link #close()} stops polling, lets the replies being composed
 * finish (within a bound), confirms the handled updates to Telegram and releases every thread.
 * {@link #runUntilShutdown()} does both around a JVM shutdown hook (SIGTERM, Ctrl-C).
 */
public final class TelegramBot implements AutoCloseable {
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");
    private static final int MAX_PENDING_PER_CHAT = 20;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    private final TelegramSettings settings;
    private final RecordedConversation conversation;
    private final Prompts prompts;
    private final Duration firstRetry;
    private final Duration announcePace;
    private final Duration announceCheck;
    private final CountDownLatch closed = new CountDownLatch(1);

    private OkHttpClient sendingHttp;
    private StoppablePolling stoppablePolling;
    private ScheduledExecutorService pollingThread;
    private TelegramCalls calls;
    private TypingIndicator typing;
    private ChatQueues queues;
    private OrderedOutbox<Long> outbox;
    private StrangerRefusals refusals;
    private HandledUpdates offsets;
    private TelegramAnnouncer announcer;
    private TelegramUpdates updates;
    private TelegramBotsLongPollingApplication polling;
    private boolean started;
    private boolean closing;

    /** A bot without state: no votes, question log or announcements; the last handled update kept in a file. */
    public TelegramBot(TelegramSettings settings, ConversationHandler handler, Prompts prompts) {
        this(settings, handler, prompts, FIRST_RETRY);
    }

    TelegramBot(TelegramSettings settings, ConversationHandler handler, Prompts prompts, Duration firstRetry) {
        this(settings, new RecordedConversation(handler, RecordedConversation.NO_SUMMARIES, BotState.off("no state database"), prompts),
                prompts, firstRetry, TelegramAnnouncer.DEFAULT_PACE, TelegramAnnouncer.DEFAULT_CHECK);
    }

    /** A bot whose state (votes, question log, subscriptions, update offset) is the conversation's. */
    public TelegramBot(TelegramSettings settings, RecordedConversation conversation, Prompts prompts) {
        this(settings, conversation, prompts, FIRST_RETRY, TelegramAnnouncer.DEFAULT_PACE, TelegramAnnouncer.DEFAULT_CHECK);
    }

    TelegramBot(TelegramSettings settings, RecordedConversation conversation, Prompts prompts, Duration firstRetry,
                Duration announcePace, Duration announceCheck) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.firstRetry = Objects.requireNonNull(firstRetry, "firstRetry");
        this.announcePace = Objects.requireNonNull(announcePace, "announcePace");
        this.announceCheck = Objects.requireNonNull(announceCheck, "announceCheck");
    }

    /**
     * Connects and starts answering.
     *
     * @throws TelegramBotException when the state directory cannot be used, Telegram cannot be
     *                              reached or refuses the token; the message never contains the token
     */
    public synchronized void start() throws TelegramBotException {
        if (started) {
            throw new IllegalStateException("the Telegram bot was already started");
        }
        started = true;
        String token = settings.token();
        TelegramUrl url = settings.telegramUrl();
        sendingHttp = new OkHttpClient.Builder().connectTimeout(CONNECT_TIMEOUT).readTimeout(SEND_TIMEOUT)
                .writeTimeout(SEND_TIMEOUT).callTimeout(SEND_TIMEOUT.multipliedBy(2)).build();
        stoppablePolling = new StoppablePolling(new OkHttpClient.Builder().connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(settings.pollTimeout().plusSeconds(15)).writeTimeout(SEND_TIMEOUT).build());
        calls = new TelegramCalls(new OkHttpTelegramClient(sendingHttp, token, url), token, firstRetry,
                duration -> Thread.sleep(duration.toMillis()));
        BotIdentity identity = whoAmI();
        offsets = openOffsets(identity);
        registerCommands();
        typing = new TypingIndicator(calls.client(), token, TypingIndicator.REFRESH);
        queues = new ChatQueues("newsbot-telegram-worker", settings.workers(), MAX_PENDING_PER_CHAT);
        outbox = new OrderedOutbox<>("telegram", settings.workers(), MAX_PENDING_PER_CHAT);
        refusals = new StrangerRefusals(TelegramUpdates.FRONT_END);
        TelegramReplies replies = new TelegramReplies(calls, token, outbox, prompts);
        updates = new TelegramUpdates(identity, conversation, replies, typing, queues, offsets,
                settings.allowed(), new RateLimiter(settings.messagesPerMinute()), refusals, prompts);
        pollingThread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "newsbot-telegram-polling");
            thread.setDaemon(true);
            return thread;
        });
        OkHttpClient pollingClient = stoppablePolling.client();
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollingClient, () -> pollingThread,
                BoundedBackOff::new);
        int pollSeconds = (int) settings.pollTimeout().toSeconds();
        try {
            polling.registerBot(token, () -> url, lastReceived -> GetUpdates.builder()
                    .offset((int) Math.max(lastReceived, offsets.lastHandled()) + 1)
                    .limit(100)
                    .timeout(pollSeconds)
                    .allowedUpdates(ALLOWED_UPDATES)
                    .build(), updates);
        } catch (TelegramApiException e) {
            throw new TelegramBotException("cannot start long polling: " + Secrets.describe(e, token), e);
        }
        if (conversation.state().available()) {
            announcer = new TelegramAnnouncer(conversation, replies, announcePace, announceCheck,
                    duration -> Thread.sleep(duration.toMillis()), token);
            announcer.start();
        }
        log.info("Telegram bot @{} is answering (API {}, allowed chats {}, last handled update {})", identity.username(),
                settings.apiUrl(), settings.allowedChats(), offsets.lastHandled());
    }

    /** Whether the bot was started and is not stopping (for {@code /readyz}). */
    public synchronized boolean running() {
        return started && !closing && polling != null;
    }

    /** Starts, then blocks until the JVM is asked to stop (SIGTERM, Ctrl-C) or {@link #close()} is called. */
    public void runUntilShutdown() throws TelegramBotException, InterruptedException {
        Thread hook = new Thread(this::close, "newsbot-telegram-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            start();
            closed.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down and runs the hook
            }
            close();
        }
    }

    /** Stops polling, waits (bounded) for replies in progress, confirms handled updates, releases threads. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        try {
            if (updates != null) {
                updates.stopAccepting();
            }
            if (stoppablePolling != null) {
                stoppablePolling.stop();
            }
            if (polling != null) {
                try {
                    polling.close();
                } catch (Exception e) {
                    log.warn("Stopping long polling failed: {}", Secrets.describe(e, settings.token()));
                }
            }
            if (pollingThread != null) {
                pollingThread.shutdown();
                awaitQuietly(pollingThread, Duration.ofSeconds(2));
            }
            if (announcer != null) {
                announcer.close();
            }
            long graceEnds = System.nanoTime() + settings.shutdownGrace().toNanos();
            if (queues != null) {
                queues.close(settings.shutdownGrace());
            }
            if (outbox != null) {
                outbox.close(Duration.ofNanos(Math.max(0, graceEnds - System.nanoTime())).plusMillis(500));
            }
            if (refusals != null) {
                refusals.close();
            }
            if (typing != null) {
                typing.close();
            }
            if (polling != null) {
                confirmHandledUpdates();
                log.info("Telegram bot stopped");
            }
            if (stoppablePolling != null) {
                release(stoppablePolling.inner());
            }
            release(sendingHttp);
        } finally {
            closed.countDown();
        }
    }

    /**
     * The last handled update: in the state database when there is one (a file store left by an older version is
     * read once), else in a file in the state folder.
     */
    private HandledUpdates openOffsets(BotIdentity identity) throws TelegramBotException {
        try {
            if (conversation.state().available()) {
                return DatabaseOffsets.open(conversation.state().offsets(), identity.id(), settings.stateDir());
            }
            return OffsetStore.open(settings.stateDir());
        } catch (IOException e) {
            release(sendingHttp);
            throw new TelegramBotException("cannot keep the Telegram state in " + settings.stateDir() + ": " + e.getMessage(), e);
        }
    }

    private BotIdentity whoAmI() throws TelegramBotException {
        try {
            User me = calls.execute(new GetMe());
            return new BotIdentity(me.getId(), me.getUserName());
        } catch (TelegramApiException e) {
            release(sendingHttp);
            TelegramApiRequestException apiError = TelegramCalls.apiError(e);
            if (apiError != null && Integer.valueOf(401).equals(apiError.getErrorCode())) {
                throw new TelegramBotException("Telegram refused the bot token (401 Unauthorized): check "
                        + TelegramSettings.TOKEN_VARIABLE, e);
            }
            throw new TelegramBotException("cannot reach the Telegram Bot API at " + settings.apiUrl() + ": "
                    + Secrets.describe(e, settings.token()), e);
        }
    }

    private void registerCommands() {
        List<BotCommand> commands = new ArrayList<>();
        for (String line : prompts.text("telegram-commands.zh.txt").split("\n")) {
            int dash = line.indexOf(" - ");
            if (dash > 0) {
                commands.add(new BotCommand(line.substring(0, dash).strip(), line.substring(dash + 3).strip()));
            }
        }
        try {
            calls.execute(SetMyCommands.builder().commands(commands).build());
        } catch (TelegramApiException e) {
            log.warn("Registering the bot's commands failed (they still work when typed): {}",
                    Secrets.describe(e, settings.token()));
        }
    }

    /** Tells Telegram every update up to the last handled one is done, so they are not delivered again. */
    private void confirmHandledUpdates() {
        if (offsets == null || calls == null || offsets.lastHandled() <= 0) {
            return;
        }
        try {
            calls.client().execute(GetUpdates.builder().offset((int) offsets.lastHandled() + 1).limit(1).timeout(0)
                    .allowedUpdates(ALLOWED_UPDATES).build());
        } catch (TelegramApiException e) {
            log.warn("Confirming the handled updates failed (they are skipped on the next start anyway): {}",
                    Secrets.describe(e, settings.token()));
        }
    }

    private static void awaitQuietly(ScheduledExecutorService executor, Duration bound) {
        try {
            if (!executor.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }

    private static void release(OkHttpClient http) {
        if (http == null) {
            return;
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        try {
            http.dispatcher().executorService().awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
