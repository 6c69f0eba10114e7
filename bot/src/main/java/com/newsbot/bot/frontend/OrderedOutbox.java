package com.newsbot.bot.frontend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers messages in order per key (a chat), keys in parallel on a few threads, and never sleeps: when an attempt
 * says "retry after" (a 429's {@code retry_after}, a back-off after a network error) the retry is scheduled on a timer,
 * the thread moves on to other keys, and the key's later messages wait behind the one being retried. Not tied to one
 * chat platform: a front end wraps each send in a {@link Delivery}. Thread-safe.
 *
 * @param <K> what orders deliveries (a chat id)
 */
public final class OrderedOutbox<K> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OrderedOutbox.class);

    /** One thing to deliver; each call of {@link #attempt()} tries once, without waiting, and says what happened. */
    @FunctionalInterface
    public interface Delivery {
        Outcome attempt();
    }

    /** What an attempt came to: delivered, given up, or to be tried again after a pause. */
    public record Outcome(boolean finished, Duration retryAfter) {
        public static final Outcome DONE = new Outcome(true, Duration.ZERO);
        public static final Outcome GIVEN_UP = new Outcome(true, Duration.ZERO);

        public static Outcome retryAfter(Duration wait) {
            return new Outcome(false, wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    private final String name;
    private final int maxPendingPerKey;
    private final ScheduledThreadPoolExecutor executor;
    private final Map<K, Queue<Delivery>> queues = new HashMap<>();
    private boolean closing;

    /**
     * @param name             names the threads and log lines ("telegram")
     * @param threads          how many attempts may run at once (each is one network call)
     * @param maxPendingPerKey deliveries a key may have waiting; more are refused
     */
    public OrderedOutbox(String name, int threads, int maxPendingPerKey) {
        this.name = name;
        this.maxPendingPerKey = maxPendingPerKey;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ScheduledThreadPoolExecutor(threads, task -> {
            Thread thread = new Thread(task, "newsbot-" + name + "-outbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.executor.setRemoveOnCancelPolicy(true);
    }

    /** Queues {@code delivery} behind the key's earlier ones; false when the key has too many waiting or closing began. */
    public boolean submit(K key, Delivery delivery) {
        synchronized (queues) {
            if (closing) {
                return false;
            }
            Queue<Delivery> queue = queues.get(key);
            if (queue == null) {
                queue = new ArrayDeque<>();
                queue.add(delivery);
                queues.put(key, queue);
                run(key, Duration.ZERO);
                return true;
            }
            if (queue.size() >= maxPendingPerKey) {
                return false;
            }
            queue.add(delivery);
            return true;
        }
    }

    /** How many deliveries wait (including ones being retried). */
    public int pending() {
        synchronized (queues) {
            return queues.values().stream().mapToInt(Queue::size).sum();
        }
    }

    private void run(K key, Duration after) {
        try {
            if (after.isZero()) {
                executor.execute(() -> attemptHead(key));
            } else {
                executor.schedule(() -> attemptHead(key), after.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException e) {
            synchronized (queues) {
                Queue<Delivery> dropped = queues.remove(key);
                log.warn("{}: dropped {} undelivered messages for {} (stopped)", name, dropped == null ? 0 : dropped.size(), key);
                queues.notifyAll();
            }
        }
    }

    private void attemptHead(K key) {
        Delivery head;
        synchronized (queues) {
            Queue<Delivery> queue = queues.get(key);
            head = queue == null ? null : queue.peek();
        }
        if (head == null) {
            return;
        }
        Outcome outcome;
        try {
            outcome = head.attempt();
        } catch (RuntimeException e) {
            log.error("{}: a delivery for {} failed", name, key, e);
            outcome = Outcome.GIVEN_UP;
        }
        if (!outcome.finished()) {
            run(key, outcome.retryAfter());
            return;
        }
        synchronized (queues) {
            Queue<Delivery> queue = queues.get(key);
            queue.remove();
            if (queue.isEmpty()) {
                queues.remove(key);
                queues.notifyAll();
                return;
            }
        }
        run(key, Duration.ZERO);
    }

    /**
     * Stops taking deliveries and waits up to {@code grace} for the queued ones (retries included); true when all went
     * out. What is left is dropped and counted in the log.
     */
    public boolean close(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (queues) {
            closing = true;
            try {
                while (!queues.isEmpty()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    queues.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int left = pending();
        executor.shutdownNow();
        if (left > 0) {
            log.warn("{}: stopped with {} messages undelivered after waiting {}", name, left, grace);
        }
        return left == 0;
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }
}
