package com.newsbot.retrieval.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Pieces of work run by whichever comes to them first of their caller and a few spare threads: a piece is claimed by
 * the first thread to come to it, so the caller runs it itself when no spare thread has started it, and waits only for
 * one that has. On a busy machine (every spare thread taken) the caller runs every piece itself, as it would without
 * spare threads. What a piece gives, or throws, reaches the caller whichever thread ran it.
 * <p>
 * One question's work runs so: its embedding started ahead on the embedder's thread ({@code newsbot-embed-ahead}), the
 * articles the reader reads and the picker beside them on the machine's cores ({@code newsbot-answer-N}, one fewer
 * than the cores).
 * <p>
 * Thread-safe; owns its threads, {@link #close()} stops them (what is left is run by its callers).
 */
public final class OnCores implements AutoCloseable {
    /** Every piece on the calling thread. */
    public static final OnCores CALLER = new OnCores(0);
    /** Pieces waiting for a spare thread of the machine's cores, at most: more are left to their callers. */
    static final int QUEUE = 64;

    private final int threads;
    private final ThreadPoolExecutor spare;

    /** A spare thread for each core but the caller's ({@code newsbot-answer-N}). */
    public static OnCores forThisMachine() {
        return new OnCores(Runtime.getRuntime().availableProcessors() - 1);
    }

    /** One spare thread called {@code name}, with at most {@code queue} pieces waiting for it. */
    public static OnCores oneThread(String name, int queue) {
        Objects.requireNonNull(name, "name");
        return new OnCores(1, queue, n -> name);
    }

    OnCores(int threads) {
        this(threads, QUEUE, n -> "newsbot-answer-" + n);
    }

    private OnCores(int threads, int queue, IntFunction<String> names) {
        this.threads = Math.max(0, threads);
        if (this.threads == 0) {
            this.spare = null;
            return;
        }
        AtomicInteger made = new AtomicInteger();
        this.spare = new ThreadPoolExecutor(this.threads, this.threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), task -> {
                    Thread thread = new Thread(task, names.apply(made.incrementAndGet()));
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** What each of {@code pieces} gives, in order; the first piece that throws has its exception rethrown here. */
    public <T> List<T> all(List<Supplier<T>> pieces) {
        List<Later<T>> laters = new ArrayList<>(pieces.size());
        for (Supplier<T> piece : pieces) {
            laters.add(new Later<>(piece));
        }
        Runnable inTurn = () -> laters.forEach(Later::runIfUnclaimed);
        int helpers = Math.min(threads, pieces.size() - 1);
        for (int i = 0; i < helpers; i++) {
            if (!offer(inTurn)) {
                break;
            }
        }
        inTurn.run(); // every piece is claimed by now: what follows waits only for those other threads are running
        List<T> out = new ArrayList<>(laters.size());
        for (Later<T> later : laters) {
            out.add(later.get());
        }
        return out;
    }

    /**
     * {@code piece} started on a spare thread, if one is free soon; {@link Later#get()} gives what it gives, running it
     * on the caller when no thread has started on it.
     */
    public <T> Later<T> ahead(Supplier<T> piece) {
        Later<T> later = new Later<>(piece);
        start(later);
        return later;
    }

    /**
     * Offers {@code later} to a spare thread, which runs it unless its caller has claimed it first: false when no thread
     * will (every one busy and the queue full, or closed), and its caller runs it.
     */
    public boolean start(Later<?> later) {
        return offer(later::runIfUnclaimed);
    }

    private boolean offer(Runnable task) {
        if (spare == null) {
            return false;
        }
        try {
            spare.execute(task);
            return true;
        } catch (RejectedExecutionException busyOrClosed) {
            return false; // the caller runs what no thread takes
        }
    }

    @Override
    public void close() {
        if (spare != null) {
            spare.shutdownNow();
        }
    }

    /** One piece of work run once, by the first thread to claim it: a spare thread ({@link #start}) or its caller. */
    public static final class Later<T> {
        private final Supplier<T> piece;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<T> result = new CompletableFuture<>();

        public Later(Supplier<T> piece) {
            this.piece = Objects.requireNonNull(piece, "piece");
        }

        private void runIfUnclaimed() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    result.complete(piece.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }
        }

        /** What the piece gave (run here if no thread has started it), or what it threw. */
        public T get() {
            runIfUnclaimed();
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }
}
