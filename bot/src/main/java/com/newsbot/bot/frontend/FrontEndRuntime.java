package com.newsbot.bot.frontend;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * What every chat front end runs in: {@link #start()} connects the front end and, when the state database is on,
 * starts the {@link Announcer} of new issues; {@link #runUntilShutdown()} does that and waits for a JVM shutdown (SIGTERM,
 * Ctrl-C) or {@link #close()}; {@link #close()} stops taking messages, stops the announcer after the announcement being
 * sent, then lets the front end finish the replies in progress (within its grace) and release its connection and
 * threads. A front end (Telegram, Feishu) plugs in by implementing the four steps. {@link #connected()} tells whether
 * the front end is connected (for a readiness check).
 */
public abstract class FrontEndRuntime implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FrontEndRuntime.class);

    /** How a front end delivers one new-issue announcement: sent, the chat blocked the bot or is gone, or try later. */
    @FunctionalInterface
    public interface Delivering {
        Announcer.Outcome deliver(Delivery delivery, Reply text) throws InterruptedException;
    }

    /**
     * How long a front end waits: before retrying a failed call (then doubling), between two announcements, and between
     * two looks for announcements to send. Tests make them short.
     */
    public record Timing(Duration firstRetry, Duration announcePace, Duration announceCheck) {
        public Timing {
            Objects.requireNonNull(firstRetry, "firstRetry");
            Objects.requireNonNull(announcePace, "announcePace");
            Objects.requireNonNull(announceCheck, "announceCheck");
        }

        /** The defaults, with the front end's own pace of announcements. */
        public static Timing paced(Duration announcePace) {
            return new Timing(Duration.ofMillis(500), announcePace, Announcer.DEFAULT_CHECK);
        }

        public Timing retryingAfter(Duration first) {
            return new Timing(first, announcePace, announceCheck);
        }
    }

    private final String name;
    private final RecordedConversation conversation;
    private final Prompts prompts;
    private final Timing timing;
    private final CountDownLatch closed = new CountDownLatch(1);
    private Announcer announcer;
    private boolean started;
    private volatile boolean closing;
    private volatile boolean connected;

    protected FrontEndRuntime(String name, RecordedConversation conversation, Prompts prompts, Timing timing) {
        this.name = Objects.requireNonNull(name, "name");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.timing = Objects.requireNonNull(timing, "timing");
    }

    /** The conversation of a bot without state: no question log, votes or announcements. */
    public static RecordedConversation withoutState(ConversationHandler handler, Prompts prompts) {
        return new RecordedConversation(handler, RecordedConversation.NO_SUMMARIES, BotState.off("no state database"), prompts);
    }

    /** The conversation every message goes to, with its state. */
    protected final RecordedConversation conversation() {
        return conversation;
    }

    protected final Prompts prompts() {
        return prompts;
    }

    /** How long to wait before retrying a failed call the first time. */
    protected final Duration firstRetry() {
        return timing.firstRetry();
    }

    /** Whether {@link #close()} was called: a front end's long waits (a rate limit) end early. */
    protected final boolean closing() {
        return closing;
    }

    /**
     * Connects and starts answering, and announcing when the state is on.
     *
     * @throws FrontEndException when the front end cannot start; the message never contains a secret
     */
    public final synchronized void start() throws FrontEndException {
        if (started) {
            throw new IllegalStateException("the " + name + " bot was already started");
        }
        started = true;
        connect();
        connected = true;
        if (conversation.state().available()) {
            announcer = new Announcer(name, conversation, this::announce, timing.announcePace(), timing.announceCheck());
            announcer.start();
        }
    }

    /** Whether the front end is connected and answering (between a successful start and close; for {@code /readyz}). */
    public boolean connected() {
        return connected && !closing;
    }

    /** Starts, then blocks until the JVM is asked to stop (SIGTERM, Ctrl-C) or {@link #close()} is called. */
    public final void runUntilShutdown() throws FrontEndException, InterruptedException {
        Thread hook = new Thread(this::close, "newsbot-" + name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            start();
            closed.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                log.debug("the JVM is already shutting down and runs the hook");
            }
            close();
        }
    }

    /** Stops taking messages, stops announcing, waits (bounded) for replies in progress, releases everything. Idempotent. */
    @Override
    public final void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        try {
            stopAccepting();
            if (announcer != null) {
                announcer.close();
            }
            disconnect();
        } finally {
            closed.countDown();
        }
    }

    /** Checks the credentials, opens the connection and starts taking messages. */
    protected abstract void connect() throws FrontEndException;

    /** Delivers one announcement to its chat. */
    protected abstract Announcer.Outcome announce(Delivery delivery, Reply text) throws InterruptedException;

    /** Stops taking messages: those arriving from now on are left for the next start. Called before {@link #disconnect()}. */
    protected abstract void stopAccepting();

    /** Lets the replies in progress finish (within the front end's grace), then releases the connection and threads. */
    protected abstract void disconnect();
}
