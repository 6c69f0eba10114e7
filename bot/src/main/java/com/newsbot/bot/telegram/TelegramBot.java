package com.newsbot.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.frontend.Announcer;
import com.newsbot.bot.frontend.ChatQueues;
import com.newsbot.bot.frontend.FrontEndRuntime;
import com.newsbot.bot.frontend.OrderedOutbox;
import com.newsbot.bot.frontend.RateLimiter;
import com.newsbot.bot.frontend.StrangerRefusals;
import com.newsbot.bot.state.Delivery;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Telegram front end ({@code newsbot telegram}) in the {@link FrontEndRuntime}: long polling with TelegramBots 9,
 * replies from the shared {@link ConversationHandler}. Connecting checks the token (getMe), registers the commands and
 * starts polling; stopping stops polling; disconnecting lets the replies being composed finish (within a bound),
 * confirms the handled updates to Telegram and releases every thread. Announcements are paced under Telegram's
 * broadcast limit, a 429 waits the {@code retry_after} Telegram asks for.
 */
public final class TelegramBot extends FrontEndRuntime {
    /** 20 messages a second: under Telegram's 30 for bots, leaving room for the answers being sent meanwhile. */
    static final Timing TIMING = Timing.paced(Duration.ofMillis(50));
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");
    private static final int MAX_PENDING_PER_CHAT = 20;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    private final TelegramSettings settings;

    private OkHttpClient sendingHttp;
    private StoppablePolling stoppablePolling;
    private ScheduledExecutorService pollingThread;
    private TelegramCalls calls;
    private TypingIndicator typing;
    private ChatQueues queues;
    private OrderedOutbox<Long> outbox;
    private StrangerRefusals refusals;
    private HandledUpdates offsets;
    private TelegramReplies replies;
    private TelegramUpdates updates;
    private TelegramBotsLongPollingApplication polling;

    public TelegramBot(TelegramSettings settings, RecordedConversation conversation, Prompts prompts) {
        this(settings, conversation, prompts, TIMING);
    }

    TelegramBot(TelegramSettings settings, RecordedConversation conversation, Prompts prompts, Timing timing) {
        super(TelegramUpdates.FRONT_END, conversation, prompts, timing);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Checks the token, registers the commands and starts polling.
     *
     * @throws TelegramBotException when the state directory cannot be used, Telegram cannot be
     *                              reached or refuses the token; the message never contains the token
     */
    @Override
    protected void connect() throws TelegramBotException {
        String token = settings.token();
        TelegramUrl url = settings.telegramUrl();
        sendingHttp = new OkHttpClient.Builder().connectTimeout(CONNECT_TIMEOUT).readTimeout(SEND_TIMEOUT)
                .writeTimeout(SEND_TIMEOUT).callTimeout(SEND_TIMEOUT.multipliedBy(2)).build();
        stoppablePolling = new StoppablePolling(new OkHttpClient.Builder().connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(settings.pollTimeout().plusSeconds(15)).writeTimeout(SEND_TIMEOUT).build());
        calls = new TelegramCalls(new OkHttpTelegramClient(sendingHttp, token, url), token, firstRetry(),
                duration -> Thread.sleep(duration.toMillis()));
        BotIdentity identity = whoAmI();
        offsets = openOffsets(identity);
        registerCommands();
        typing = new TypingIndicator(calls.client(), token, TypingIndicator.REFRESH);
        queues = new ChatQueues("newsbot-telegram-worker", settings.workers(), MAX_PENDING_PER_CHAT);
        outbox = new OrderedOutbox<>("telegram", settings.workers(), MAX_PENDING_PER_CHAT);
        refusals = new StrangerRefusals(TelegramUpdates.FRONT_END);
        replies = new TelegramReplies(calls, token, outbox, prompts());
        updates = new TelegramUpdates(identity, conversation(), replies, typing, queues, offsets,
                settings.allowed(), new RateLimiter(settings.messagesPerMinute()), refusals, prompts());
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
        log.info("Telegram bot @{} is answering (API {}, allowed chats {}, last handled update {})", identity.username(),
                settings.apiUrl(), settings.allowedChats(), offsets.lastHandled());
    }

    @Override
    protected void stopAccepting() {
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
    }

    /** Waits (bounded) for replies in progress, confirms handled updates, releases threads. */
    @Override
    protected void disconnect() {
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
    }

    /**
     * Sends one announcement; a 429 waits the {@code retry_after} Telegram asks for and sends it again; a chat that
     * blocked the bot or is gone (403, 400 chat not found) is reported blocked.
     */
    @Override
    protected Announcer.Outcome announce(Delivery delivery, Reply text) throws InterruptedException {
        long chatId;
        try {
            chatId = Long.parseLong(delivery.chatId());
        } catch (NumberFormatException e) {
            log.warn("Dropping the announcement for chat '{}': not a Telegram chat id", delivery.chatId());
            return Announcer.Outcome.BLOCKED;
        }
        while (!closing()) {
            try {
                replies.deliver(chatId, text);
                return Announcer.Outcome.SENT;
            } catch (TelegramApiException e) {
                TelegramApiRequestException api = TelegramCalls.apiError(e);
                Integer code = api == null ? null : api.getErrorCode();
                if (code != null && (code == 403 || (code == 400 && gone(api)))) {
                    log.info("Telegram chat {} cannot be written to: {}", chatId, api.getApiResponse());
                    return Announcer.Outcome.BLOCKED;
                }
                if (code != null && code == 429) {
                    Integer seconds = api.getParameters() == null ? null : api.getParameters().getRetryAfter();
                    Duration wait = Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds);
                    log.warn("Telegram asked to slow down while announcing issue {}: waiting {} s", delivery.issueId(),
                            wait.toSeconds());
                    Thread.sleep(wait.toMillis());
                    continue;
                }
                log.warn("Announcing issue {} in chat {} failed: {}", delivery.issueId(), chatId, Secrets.describe(e, settings.token()));
                return Announcer.Outcome.TRY_LATER;
            }
        }
        return Announcer.Outcome.TRY_LATER;
    }

    private static boolean gone(TelegramApiRequestException api) {
        String response = api.getApiResponse() == null ? "" : api.getApiResponse().toLowerCase(java.util.Locale.ROOT);
        return response.contains("chat not found") || response.contains("user is deactivated");
    }

    /**
     * The last handled update: in the state database when there is one (a file store left by an older version is
     * read once), else in a file in the state folder.
     */
    private HandledUpdates openOffsets(BotIdentity identity) throws TelegramBotException {
        try {
            if (conversation().state().available()) {
                return DatabaseOffsets.open(conversation().state().offsets(), identity.id(), settings.stateDir());
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
        for (String line : prompts().text("telegram-commands.zh.txt").split("\n")) {
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
