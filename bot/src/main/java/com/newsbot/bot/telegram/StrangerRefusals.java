package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.RefusalBudget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Tells strangers they are not served, from their own small budget: at most once per stranger per period and a few a
 * minute in all ({@link RefusalBudget}), sent once each (never retried) on one thread of their own with a short queue,
 * so strangers can neither occupy the workers that answer allowed users nor make them wait out a 429.
 */
final class StrangerRefusals implements AutoCloseable {
    static final Duration PERIOD = Duration.ofMinutes(10);
    static final int PER_MINUTE = 20;
    private static final int MAX_WAITING = 32;
    private static final Logger log = LoggerFactory.getLogger(StrangerRefusals.class);

    private final RefusalBudget budget;
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(MAX_WAITING), task -> {
                Thread thread = new Thread(task, "newsbot-telegram-refusals");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    StrangerRefusals(RefusalBudget budget) {
        this.budget = budget;
    }

    /** Runs {@code refusal} (one Bot API call) when the budget allows telling {@code stranger}; else only logs. */
    void refuse(String stranger, Runnable refusal) {
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
