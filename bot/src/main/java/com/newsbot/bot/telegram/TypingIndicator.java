package com.newsbot.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Shows "typing…" in a chat while a reply is being composed: sent at once and again every few
 * seconds (Telegram shows it for about five) until the reply is ready. Best effort: a failed
 * chat action is only logged.
 */
final class TypingIndicator implements AutoCloseable {
    static final Duration REFRESH = Duration.ofSeconds(4);
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final Logger log = LoggerFactory.getLogger(TypingIndicator.class);

    /** Typing in one chat; closing it stops the refreshes. */
    interface Typing extends AutoCloseable {
        @Override
        void close();
    }

    private final TelegramClient client;
    private final String token;
    private final Duration refresh;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "newsbot-telegram-typing");
        thread.setDaemon(true);
        return thread;
    });

    TypingIndicator(TelegramClient client, String token, Duration refresh) {
        this.client = client;
        this.token = token;
        this.refresh = refresh;
    }

    /** Shows typing now (waiting briefly, so it arrives before a quick reply) and keeps it up until closed. */
    Typing start(long chatId) {
        return start(chatId, null);
    }

    /** As {@link #start(long)}, in forum topic {@code threadId} of the chat when not null. */
    Typing start(long chatId, Integer threadId) {
        CompletableFuture<Boolean> first = send(chatId, threadId);
        try {
            first.get(FIRST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // best effort: the reply does not wait for the typing notice
        }
        ScheduledFuture<?> refreshes;
        try {
            refreshes = timer.scheduleAtFixedRate(() -> send(chatId, threadId), refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return () -> { };
        }
        return () -> refreshes.cancel(false);
    }

    private CompletableFuture<Boolean> send(long chatId, Integer threadId) {
        try {
            return client.executeAsync(SendChatAction.builder().chatId(Long.toString(chatId)).messageThreadId(threadId)
                    .action(ActionType.TYPING.toString()).build()).whenComplete((sent, error) -> {
                        if (error != null) {
                            log.debug("Showing typing in chat {} failed: {}", chatId, Secrets.describe(error, token));
                        }
                    });
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("Showing typing in chat {} failed: {}", chatId, Secrets.describe(e, token));
            return CompletableFuture.completedFuture(false);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
