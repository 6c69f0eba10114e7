package com.newsbot.bot.frontend;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks in order per chat, chats in parallel on a bounded pool: a slow answer in one chat
 * never holds up another. A chat runs one task and then yields its thread to the other chats. A chat
 * is any key with equals/hashCode (a Telegram chat number, a Feishu chat id).
 */
public final class ChatQueues {
    private static final Logger log = LoggerFactory.getLogger(ChatQueues.class);

    private final ExecutorService pool;
    private final int maxPendingPerChat;
    private final Map<Object, Queue<Runnable>> queues = new HashMap<>();

    ChatQueues(int workers, int maxPendingPerChat) {
        this("newsbot-worker", workers, maxPendingPerChat);
    }

    /** A pool of {@code workers} threads named {@code threadName-N}; at most {@code maxPendingPerChat} tasks wait per chat. */
    public ChatQueues(String threadName, int workers, int maxPendingPerChat) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, threadName + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.maxPendingPerChat = maxPendingPerChat;
    }

    /** Queues a task behind the chat's earlier ones; false when the chat has too many waiting or shutdown began. */
    public boolean submit(Object chatId, Runnable task) {
        synchronized (queues) {
            if (pool.isShutdown()) {
                return false;
            }
            Queue<Runnable> queue = queues.get(chatId);
            if (queue == null) {
                queue = new ArrayDeque<>();
                queue.add(task);
                queues.put(chatId, queue);
                schedule(chatId, queue);
                return true;
            }
            if (queue.size() >= maxPendingPerChat) {
                return false;
            }
            queue.add(task);
            return true;
        }
    }

    private void schedule(Object chatId, Queue<Runnable> queue) {
        pool.execute(() -> runNext(chatId, queue));
    }

    /** Runs the head of the chat's queue, then hands the rest back to the pool (or keeps going while draining). */
    private void runNext(Object chatId, Queue<Runnable> queue) {
        while (true) {
            Runnable task;
            synchronized (queues) {
                task = queue.peek();
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("A task for chat {} failed", chatId, e);
            }
            synchronized (queues) {
                queue.remove();
                if (queue.isEmpty()) {
                    queues.remove(chatId);
                    return;
                }
                if (!pool.isShutdown()) {
                    try {
                        schedule(chatId, queue);
                        return;
                    } catch (RejectedExecutionException e) {
                        // shutting down: drain the rest of this chat on this thread
                    }
                }
            }
        }
    }

    /** Stops taking tasks and waits up to {@code grace} for the queued ones; true when all finished. */
    public boolean close(Duration grace) {
        synchronized (queues) {
            pool.shutdown();
        }
        try {
            if (pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int dropped;
        synchronized (queues) {
            dropped = queues.values().stream().mapToInt(Queue::size).sum();
        }
        log.warn("Stopped with {} messages still being answered or queued after waiting {}", dropped, grace);
        pool.shutdownNow();
        return false;
    }
}
