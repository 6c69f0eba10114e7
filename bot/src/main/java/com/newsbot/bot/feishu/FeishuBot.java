package com.newsbot.bot.feishu;

import com.lark.oapi.Client;
import com.lark.oapi.event.EventDispatcher;
import com.lark.oapi.event.cardcallback.P2CardActionTriggerHandler;
import com.lark.oapi.event.cardcallback.model.P2CardActionTrigger;
import com.lark.oapi.event.cardcallback.model.P2CardActionTriggerResponse;
import com.lark.oapi.service.im.ImService;
import com.lark.oapi.service.im.v1.model.P2MessageReceiveV1;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.state.Delivery;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.frontend.Announcer;
import com.newsbot.bot.frontend.ChatQueues;
import com.newsbot.bot.frontend.FrontEndRuntime;
import com.newsbot.bot.frontend.RateLimiter;
import com.newsbot.bot.frontend.StrangerRefusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Feishu front end ({@code newsbot feishu}) in the {@link FrontEndRuntime}: the official SDK's long connection (a
 * WebSocket the bot opens to Feishu, so no public URL is needed) delivers events, replies go out as message cards
 * through the SDK's API client, composed by the shared {@link ConversationHandler}. Connecting checks the credentials
 * (a tenant access token), learns the bot's open_id and opens the long connection; stopping refuses events (they are
 * delivered again later); disconnecting lets the replies being composed finish (within a bound) and closes the
 * connection. Each announcement card carries a uuid made from the issue and the chat, so a send repeated after a
 * crash is dropped by Feishu instead of shown twice.
 */
public final class FeishuBot extends FrontEndRuntime {
    static final Timing TIMING = Timing.paced(Duration.ofMillis(100));
    private static final int MAX_PENDING_PER_CHAT = 20;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration FIRST_CONNECTION_WAIT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(FeishuBot.class);

    private final FeishuSettings settings;
    private final EventIdStore.Opener eventIds;

    public FeishuBot(FeishuSettings settings, RecordedConversation conversation, Prompts prompts) {
        this(settings, conversation, prompts, TIMING);
    }

    FeishuBot(FeishuSettings settings, RecordedConversation conversation, Prompts prompts, Timing timing) {
        // replicas sharing the state claim each event in the database; a single bot keeps the ids in a file
        this(settings, conversation, prompts, timing, stateDir -> conversation.state().shared()
                ? new ClaimedEventIds(conversation.state().eventClaims()) : FileEventIdStore.open(stateDir));
    }

    /** A bot whose handled event ids are kept by {@code eventIds} (a claim store shared by replicas, say). */
    public FeishuBot(FeishuSettings settings, RecordedConversation conversation, Prompts prompts, Timing timing,
                     EventIdStore.Opener eventIds) {
        super(FeishuEvents.FRONT_END, conversation, prompts, timing);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.eventIds = Objects.requireNonNull(eventIds, "eventIds");
    }

    // What connect() opens, in order; disconnect() closes what was opened.
    private EventIdStore seen;
    private ChatQueues queues;
    private StrangerRefusals refusals;
    private FeishuEvents events;
    private FeishuReplies replies;
    private volatile LongConnection longConnection;

    /**
     * Checks the credentials, learns the bot's open_id and opens the long connection.
     *
     * @throws FeishuBotException when the state directory cannot be used, Feishu cannot be reached or
     *                            refuses the credentials; the message never contains the app secret
     */
    @Override
    protected void connect() throws FeishuBotException {
        try {
            seen = eventIds.open(settings.stateDir());
        } catch (IOException e) {
            throw new FeishuBotException("cannot keep the Feishu state in " + settings.stateDir() + ": " + e.getMessage(), e);
        }
        FeishuCalls calls = new FeishuCalls(settings.appSecret(), firstRetry(), duration -> Thread.sleep(duration.toMillis()));
        Client client = Client.newBuilder(settings.appId(), settings.appSecret()).openBaseUrl(settings.baseUrlText())
                .requestTimeout(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS).build();
        FeishuApi api = new FeishuApi(client, calls);
        String botOpenId = whoAmI(api);
        queues = new ChatQueues("newsbot-feishu-worker", settings.workers(), MAX_PENDING_PER_CHAT);
        refusals = new StrangerRefusals(FeishuEvents.FRONT_END);
        replies = new FeishuReplies(api, calls, prompts());
        events = new FeishuEvents(botOpenId, conversation(), replies, api, calls, queues, seen,
                settings.allowed(), new RateLimiter(settings.messagesPerMinute()), refusals, prompts());
        EventDispatcher dispatcher = EventDispatcher.newBuilder("", "")
                .onP2MessageReceiveV1(new ImService.P2MessageReceiveV1Handler() {
                    @Override
                    public void handle(P2MessageReceiveV1 event) {
                        events.onMessage(event);
                    }
                })
                .onP2CardActionTrigger(new P2CardActionTriggerHandler() {
                    @Override
                    public P2CardActionTriggerResponse handle(P2CardActionTrigger event) {
                        return events.onCardAction(event);
                    }
                })
                .build();
        longConnection = new LongConnection(settings.appId(), settings.appSecret(), settings.baseUrlText(), dispatcher);
        CompletableFuture<Void> connecting = new CompletableFuture<>();
        Thread connector = new Thread(() -> connect(connecting), "newsbot-feishu-connect");
        connector.setDaemon(true);
        connector.start();
        awaitFirstConnection(connecting);
        log.info("Feishu bot {} is answering (open platform {}, allowed chats {})", botOpenId, settings.baseUrl(),
                settings.allowedChats());
    }

    /**
     * Opens the long connection. The SDK reconnects by itself when it drops, or when Feishu cannot be
     * reached at first (then {@code start()} blocks in its retry loop, on this thread); a refusal of the
     * connection itself ends the attempt.
     */
    private void connect(CompletableFuture<Void> connecting) {
        try {
            longConnection.open();
            connecting.complete(null);
        } catch (RuntimeException e) {
            connecting.completeExceptionally(e);
        }
    }

    /** Fails the start when Feishu refuses the long connection; goes on (the SDK retrying) when it is only slow or unreachable. */
    private void awaitFirstConnection(CompletableFuture<Void> connecting) throws FeishuBotException {
        try {
            connecting.get(FIRST_CONNECTION_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            longConnection.close();
            throw new FeishuBotException("Feishu refused the long connection (" + FeishuCalls.redact(String.valueOf(e.getCause()),
                    settings.appSecret()) + "): is the app published, and are its events set to use the long connection?", e);
        } catch (TimeoutException e) {
            log.warn("The Feishu long connection is not open yet; the SDK keeps trying in the background");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String whoAmI(FeishuApi api) throws FeishuBotException {
        try {
            api.checkCredentials(settings.appId(), settings.appSecret());
        } catch (FeishuCalls.FeishuApiException e) {
            if (e.serverError() || e.code() <= 0) {
                throw unreachable(e);
            }
            throw new FeishuBotException("Feishu refused the app credentials (" + e.getMessage() + "): check "
                    + FeishuSettings.APP_ID_VARIABLE + " and " + FeishuSettings.APP_SECRET_VARIABLE, e);
        }
        try {
            return api.botOpenId();
        } catch (FeishuCalls.FeishuApiException e) {
            if (e.serverError() || e.httpStatus() == 0) {
                throw unreachable(e);
            }
            throw new FeishuBotException("cannot read the bot's identity from Feishu (" + e.getMessage()
                    + "); is the app's bot capability enabled?", e);
        }
    }

    /** A start-up call that failed on Feishu's side (a server error) or never got an answer, named as such. */
    private FeishuBotException unreachable(FeishuCalls.FeishuApiException e) {
        if (e.serverError()) {
            return new FeishuBotException("the Feishu open platform at " + settings.baseUrl() + " answered with a server error (HTTP "
                    + e.httpStatus() + ") " + (FeishuCalls.MAX_NETWORK_RETRIES + 1) + " times: " + e.getMessage()
                    + "; this is on Feishu's side, try again later", e);
        }
        return new FeishuBotException("cannot reach the Feishu open platform at " + settings.baseUrl() + ": " + e.getMessage(), e);
    }

    /** Connected, and the long connection to Feishu open now (for {@code /readyz}). */
    @Override
    public boolean connected() {
        LongConnection connection = longConnection;
        return super.connected() && connection != null && connection.isOpen();
    }

    @Override
    protected void stopAccepting() {
        if (events != null) {
            events.stopAccepting();
        }
    }

    /** Waits (bounded) for replies in progress, closes the connection. */
    @Override
    protected void disconnect() {
        if (queues != null) {
            queues.close(settings.shutdownGrace());
        }
        if (refusals != null) {
            refusals.close();
        }
        if (longConnection != null) {
            longConnection.close();
            log.info("Feishu bot stopped");
        }
        if (seen != null) {
            seen.close();
        }
    }

    /** Sends one announcement card; rate limits and server errors are waited out by {@link FeishuCalls}. */
    @Override
    protected Announcer.Outcome announce(Delivery delivery, Reply text) {
        boolean delivered = replies.send(new FeishuReplies.Target(delivery.chatId(), null), text,
                "announce:" + delivery.issueId() + ":" + delivery.chatId());
        return delivered ? Announcer.Outcome.SENT : Announcer.Outcome.TRY_LATER;
    }
}
