package com.newsbot.bot.frontend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Tells strangers they are not served, from their own small budget: at most once per stranger per period and a few a
 * minute in all ({@link RefusalBudget}), sent once each (never retried) on one thread of their own with a short queue,
 * so strangers can neither occupy the workers that answer allowed users nor make them wait out a 429. Every front end
 * refuses through one of these, with the same budget.
 */
public final class StrangerRefusals implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofMinutes(10);
    public static final int PER_MINUTE = 20;
    private static final int MAX_WAITING = 32;
    private static final Logger log = LoggerFactory.getLogger(StrangerRefusals.class);

    private final RefusalBudget budget;
    private final ThreadPoolExecutor sender;

    /** The budget every front end has: once per stranger per {@link #PERIOD}, {@link #PER_MINUTE} a minute in all. */
    public StrangerRefusals(String frontEnd) {
        this(frontEnd, new RefusalBudget(PERIOD, PER_MINUTE));
    }

    StrangerRefusals(String frontEnd, RefusalBudget budget) {
        this.budget = budget;
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(MAX_WAITING), task -> {
            Thread thread = new Thread(task, "newsbot-" + frontEnd + "-refusals");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Runs {@code refusal} (one call to the chat app) when the budget allows telling {@code stranger}; else only logs. */
    public void refuse(String stranger, Runnable refusal) {
        if (!budget.mayRefuse(stranger)) {
            log.debug("Not telling {} again: refused recently, or the refusal budget is spent", stranger);
            return;
        }
        sender.execute(() -> {
            try {
                refusal.run();
            } catch (RuntimeException e) {
                log.warn("Telling {} it is not served failed", stranger, e);
            }
        });
    }

    @Override
    public void close() {
        sender.shutdown();
        try {
            if (!sender.awaitTermination(1, TimeUnit.SECONDS)) {
                sender.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sender.shutdownNow();
        }
    }
}
