package com.newsbot.bot.answer.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Independent pieces of one question's work (the articles the reader reads, the picker beside them) run at once, on
 * the calling thread and on spare threads (one fewer than the machine's cores). Each piece is claimed by whichever
 * thread comes to it first, so the caller never waits for a thread that has not started: on a busy machine (every spare
 * thread taken by other questions) the caller runs every piece itself, as it would without spare threads. What a piece
 * gives, or throws, reaches the caller, in the pieces' order whichever thread ran it.
 * <p>
 * Thread-safe; owns its threads, {@link #close()} stops them.
 */
public final class OnCores implements AutoCloseable {
    /** Every piece on the calling thread. */
    public static final OnCores CALLER = new OnCores(0);
    /** Pieces waiting for a spare thread, at most: more are left to their callers. */
    static final int QUEUE = 64;

    private final int threads;
    private final ThreadPoolExecutor spare;

    /** A spare thread for each core but the caller's. */
    public static OnCores forThisMachine() {
        return new OnCores(Runtime.getRuntime().availableProcessors() - 1);
    }

    OnCores(int threads) {
        this.threads = Math.max(0, threads);
        if (this.threads == 0) {
            this.spare = null;
            return;
        }
        AtomicInteger made = new AtomicInteger();
        this.spare = new ThreadPoolExecutor(this.threads, this.threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), task -> {
                    Thread thread = new Thread(task, "newsbot-answer-" + made.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** What each of {@code pieces} gives, in order; the first piece that throws has its exception rethrown here. */
    public <T> List<T> all(List<Supplier<T>> pieces) {
        Claims<T> claims = new Claims<>(pieces);
        int helpers = Math.min(threads, pieces.size() - 1);
        for (int i = 0; i < helpers; i++) {
            if (!offer(claims::work)) {
                break;
            }
        }
        claims.work();
        return claims.results();
    }

    /**
     * {@code piece} started on a spare thread, if one is free soon; {@link Later#get()} gives what it gives, running it
     * on the caller when no thread has started on it.
     */
    public <T> Later<T> ahead(Supplier<T> piece) {
        Later<T> later = new Later<>(piece);
        offer(later::runIfUnclaimed);
        return later;
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

    /** One piece of work given to {@link #ahead}. */
    public static final class Later<T> {
        private final Supplier<T> piece;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<T> result = new CompletableFuture<>();

        private Later(Supplier<T> piece) {
            this.piece = piece;
        }

        private void runIfUnclaimed() {
            if (claimed.compareAndSet(false, true)) {
                run(piece, result);
            }
        }

        /** What the piece gave (run here if no thread has started it), or what it threw. */
        public T get() {
            runIfUnclaimed();
            return joined(result);
        }
    }

    /** Pieces handed out in order to whichever thread asks next. */
    private static final class Claims<T> {
        private final List<Supplier<T>> pieces;
        private final List<CompletableFuture<T>> results;
        private final AtomicInteger next = new AtomicInteger();

        Claims(List<Supplier<T>> pieces) {
            this.pieces = List.copyOf(pieces);
            this.results = new ArrayList<>(pieces.size());
            for (int i = 0; i < pieces.size(); i++) {
                results.add(new CompletableFuture<>());
            }
        }

        void work() {
            for (int i = next.getAndIncrement(); i < pieces.size(); i = next.getAndIncrement()) {
                run(pieces.get(i), results.get(i));
            }
        }

        /** Every piece's result, waiting for those other threads are running (every piece is claimed by now). */
        List<T> results() {
            List<T> out = new ArrayList<>(results.size());
            for (CompletableFuture<T> r : results) {
                out.add(joined(r));
            }
            return out;
        }
    }

    private static <T> void run(Supplier<T> piece, CompletableFuture<T> result) {
        try {
            result.complete(piece.get());
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    private static <T> T joined(CompletableFuture<T> result) {
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
