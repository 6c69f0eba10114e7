package com.newsbot.bot.frontend;

import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.state.Announcements;
import com.newsbot.bot.state.Delivery;
import com.newsbot.bot.state.StateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends the new-issue announcements queued for one front end, on a thread of its own: one at a time, paced, each
 * marked sent as soon as the chat app took it, so a restart continues where it stopped (neither skipping nor
 * repeating). An announcement of an issue that is no longer the latest is dropped; a chat that blocked the bot or is
 * gone is unsubscribed; a delivery that fails otherwise is tried again at the next check. How one announcement is
 * delivered (and rate limits waited out) is the front end's {@link Delivering}.
 */
public final class Announcer implements AutoCloseable {
    static final Duration DEFAULT_CHECK = Duration.ofSeconds(5);
    private static final int BATCH = 100;
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(Announcer.class);

    /** What became of one delivery. */
    public enum Outcome { SENT, BLOCKED, TRY_LATER }

    private final String frontEnd;
    private final RecordedConversation conversation;
    private final Announcements announcements;
    private final FrontEndRuntime.Delivering delivering;
    private final Duration pace;
    private final Duration check;
    private final ScheduledExecutorService thread;
    private volatile boolean closed;

    Announcer(String frontEnd, RecordedConversation conversation, FrontEndRuntime.Delivering delivering, Duration pace,
              Duration check) {
        this.frontEnd = frontEnd;
        this.conversation = conversation;
        this.announcements = conversation.state().announcements();
        this.delivering = delivering;
        this.pace = pace;
        this.check = check;
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "newsbot-" + frontEnd + "-announcer");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        thread.scheduleWithFixedDelay(this::sendPending, 0, check.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends what is pending, batch by batch, until nothing is or the announcer is closed. Never throws. */
    private void sendPending() {
        try {
            Map<String, Optional<Reply>> texts = new HashMap<>();
            while (!closed) {
                List<Delivery> pending = announcements.pending(frontEnd, BATCH);
                if (pending.isEmpty()) {
                    return;
                }
                int sent = 0;
                for (Delivery delivery : pending) {
                    if (closed) {
                        return;
                    }
                    Optional<Reply> text = texts.computeIfAbsent(delivery.issueId(), conversation::announcement);
                    if (text.isEmpty()) {
                        log.info("Not announcing issue {} in {} chat {}: a newer issue came first", delivery.issueId(), frontEnd,
                                delivery.chatId());
                        announcements.mark(delivery, Delivery.State.SUPERSEDED);
                        continue;
                    }
                    Outcome outcome = delivering.deliver(delivery, text.get());
                    if (outcome == Outcome.TRY_LATER) {
                        log.warn("Announcing issue {} in {} chat {} failed; trying again in {} s", delivery.issueId(), frontEnd,
                                delivery.chatId(), check.toSeconds());
                        return;
                    }
                    if (outcome == Outcome.BLOCKED) {
                        conversation.state().subscriptions().unsubscribe(delivery.frontEnd(), delivery.chatId());
                        announcements.mark(delivery, Delivery.State.BLOCKED);
                        log.info("{} chat {} blocked the bot or is gone: unsubscribed from new-issue announcements", frontEnd,
                                delivery.chatId());
                        continue;
                    }
                    announcements.mark(delivery, Delivery.State.SENT);
                    sent++;
                    Thread.sleep(pace.toMillis());
                }
                if (sent == 0 && pending.size() < BATCH) {
                    return;
                }
            }
        } catch (StateException e) {
            log.error("Announcing new issues in {} failed, trying again in {} s: {}", frontEnd, check.toSeconds(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Announcing new issues in {} failed, trying again in {} s", frontEnd, check.toSeconds(), e);
        }
    }

    /**
     * Stops after the announcement being sent (so that one the chat app took is also marked sent, and not sent again
     * after a restart); a send that takes longer than a few seconds is interrupted and stays pending.
     */
    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
                thread.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
