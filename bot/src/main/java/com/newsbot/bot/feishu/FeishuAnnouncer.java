package com.newsbot.bot.feishu;

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
 * Sends the new-issue announcements queued for Feishu chats, on a thread of its own, paced, each marked sent once
 * Feishu took it. Each card carries a uuid made from the issue and the chat, so a send repeated after a crash is
 * dropped by Feishu instead of shown twice. Rate limits and server errors are waited out by {@link FeishuCalls};
 * a chat that still fails is tried again on the next check.
 */
final class FeishuAnnouncer implements AutoCloseable {
    static final Duration DEFAULT_PACE = Duration.ofMillis(100);
    static final Duration DEFAULT_CHECK = Duration.ofSeconds(5);
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(FeishuAnnouncer.class);

    private final RecordedConversation conversation;
    private final Announcements announcements;
    private final FeishuReplies replies;
    private final Duration pace;
    private final Duration check;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "newsbot-feishu-announcer");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    FeishuAnnouncer(RecordedConversation conversation, FeishuReplies replies, Duration pace, Duration check) {
        this.conversation = conversation;
        this.announcements = conversation.state().announcements();
        this.replies = replies;
        this.pace = pace;
        this.check = check;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::sendPending, 0, check.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sendPending() {
        try {
            Map<String, Optional<Reply>> texts = new HashMap<>();
            while (!closed) {
                List<Delivery> pending = announcements.pending(FeishuEvents.FRONT_END, BATCH);
                int sent = 0;
                for (Delivery delivery : pending) {
                    if (closed) {
                        return;
                    }
                    Optional<Reply> text = texts.computeIfAbsent(delivery.issueId(), conversation::announcement);
                    if (text.isEmpty()) {
                        announcements.mark(delivery, Delivery.State.SUPERSEDED);
                        continue;
                    }
                    boolean delivered = replies.send(new FeishuReplies.Target(delivery.chatId(), null), text.get(),
                            "announce:" + delivery.issueId() + ":" + delivery.chatId());
                    if (!delivered) {
                        log.warn("Announcing issue {} in Feishu chat {} failed; trying again in {} s", delivery.issueId(),
                                delivery.chatId(), check.toSeconds());
                        return;
                    }
                    announcements.mark(delivery, Delivery.State.SENT);
                    sent++;
                    Thread.sleep(pace.toMillis());
                }
                if (sent == 0) {
                    return;
                }
            }
        } catch (StateException e) {
            log.error("Announcing new issues in Feishu failed, trying again in {} s: {}", check.toSeconds(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Announcing new issues in Feishu failed, trying again in {} s", check.toSeconds(), e);
        }
    }

    /** Stops after the card being sent (bounded), so that a card Feishu took is also marked sent. */
    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
