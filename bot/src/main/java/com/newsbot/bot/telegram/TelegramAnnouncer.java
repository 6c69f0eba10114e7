package com.newsbot.bot.telegram;

import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.state.Announcements;
import com.newsbot.bot.state.Delivery;
import com.newsbot.bot.state.StateException;
import com.newsbot.bot.state.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends the new-issue announcements queued for Telegram, on a thread of its own: one message at a time, paced under
 * Telegram's broadcast limit (about 30 messages a second), each marked sent as soon as Telegram took it, so a restart
 * continues where it stopped. A 429 waits the {@code retry_after} Telegram asks for (the message is sent again, not
 * skipped); a chat that blocked the bot or is gone (403, 400 chat not found) is unsubscribed with a log line.
 */
final class TelegramAnnouncer implements AutoCloseable {
    /** 20 messages a second: under Telegram's 30 for bots, leaving room for the answers being sent meanwhile. */
    static final Duration DEFAULT_PACE = Duration.ofMillis(50);
    static final Duration DEFAULT_CHECK = Duration.ofSeconds(5);
    private static final int BATCH = 100;
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(TelegramAnnouncer.class);

    private final RecordedConversation conversation;
    private final Announcements announcements;
    private final Subscriptions subscriptions;
    private final TelegramReplies replies;
    private final Duration pace;
    private final Duration check;
    private final TelegramCalls.Sleeper sleeper;
    private final String token;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "newsbot-telegram-announcer");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    TelegramAnnouncer(RecordedConversation conversation, TelegramReplies replies, Duration pace, Duration check,
                      TelegramCalls.Sleeper sleeper, String token) {
        this.conversation = conversation;
        this.announcements = conversation.state().announcements();
        this.subscriptions = conversation.state().subscriptions();
        this.replies = replies;
        this.pace = pace;
        this.check = check;
        this.sleeper = sleeper;
        this.token = token;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::sendPending, 0, check.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends what is pending, batch by batch, until nothing is or the announcer is closed. Never throws. */
    void sendPending() {
        try {
            Map<String, Optional<Reply>> texts = new HashMap<>();
            while (!closed) {
                List<Delivery> pending = announcements.pending(TelegramUpdates.FRONT_END, BATCH);
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
                        log.info("Not announcing issue {} in chat {}: a newer issue came first", delivery.issueId(),
                                delivery.chatId());
                        announcements.mark(delivery, Delivery.State.SUPERSEDED);
                        continue;
                    }
                    Outcome outcome = send(delivery, text.get());
                    if (outcome == Outcome.TRY_LATER) {
                        return; // the next check tries the rest again
                    }
                    sent++;
                    sleeper.sleep(pace);
                }
                if (sent == 0 && pending.size() < BATCH) {
                    return;
                }
            }
        } catch (StateException e) {
            log.error("Announcing new issues failed, trying again in {} s: {}", check.toSeconds(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Announcing new issues failed, trying again in {} s", check.toSeconds(), e);
        }
    }

    private enum Outcome { DONE, TRY_LATER }

    private Outcome send(Delivery delivery, Reply text) throws StateException, InterruptedException {
        long chatId;
        try {
            chatId = Long.parseLong(delivery.chatId());
        } catch (NumberFormatException e) {
            log.warn("Dropping the announcement for chat '{}': not a Telegram chat id", delivery.chatId());
            announcements.mark(delivery, Delivery.State.BLOCKED);
            return Outcome.DONE;
        }
        while (!closed) {
            try {
                replies.deliver(chatId, text);
                announcements.mark(delivery, Delivery.State.SENT);
                return Outcome.DONE;
            } catch (TelegramApiException e) {
                TelegramApiRequestException api = TelegramCalls.apiError(e);
                Integer code = api == null ? null : api.getErrorCode();
                if (code != null && (code == 403 || (code == 400 && gone(api)))) {
                    subscriptions.unsubscribe(delivery.frontEnd(), delivery.chatId());
                    announcements.mark(delivery, Delivery.State.BLOCKED);
                    log.info("Chat {} blocked the bot or is gone ({}): unsubscribed from new-issue announcements", chatId,
                            api.getApiResponse());
                    return Outcome.DONE;
                }
                if (code != null && code == 429) {
                    Integer seconds = api.getParameters() == null ? null : api.getParameters().getRetryAfter();
                    Duration wait = Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds);
                    log.warn("Telegram asked to slow down while announcing issue {}: waiting {} s", delivery.issueId(),
                            wait.toSeconds());
                    sleeper.sleep(wait);
                    continue;
                }
                log.warn("Announcing issue {} in chat {} failed, trying again later: {}", delivery.issueId(), chatId,
                        Secrets.describe(e, token));
                return Outcome.TRY_LATER;
            }
        }
        return Outcome.TRY_LATER;
    }

    private static boolean gone(TelegramApiRequestException api) {
        String response = api.getApiResponse() == null ? "" : api.getApiResponse().toLowerCase(java.util.Locale.ROOT);
        return response.contains("chat not found") || response.contains("user is deactivated");
    }

    /**
     * Stops after the message being sent (so that a message Telegram took is also marked sent, and not sent again
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
