package com.newsbot.bot.answer.model;

import com.newsbot.bot.ops.Meters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * Calls to a chat model under a deadline, for answers and summaries alike: each call runs on a daemon thread of its
 * own pool, a call that misses its deadline is cancelled, and a failure is logged on one line with secrets masked. An
 * empty result means "do it offline". Owns its threads: close it.
 */
public final class ModelCalls implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ModelCalls.class);
    /** Longest error message logged: a server may send a whole page. */
    private static final int MAX_LOGGED = 300;

    private final ExecutorService executor;
    private final Duration timeout;
    private final UnaryOperator<String> redact;
    private final String fallback;

    /**
     * @param threadName names the pool's threads
     * @param timeout    the longest a user waits for the model (reported in the log)
     * @param redact     masks secrets (the API key) in what is logged about a failing call
     * @param fallback   what happens instead, said in the log ("answering offline")
     */
    public ModelCalls(String threadName, Duration timeout, UnaryOperator<String> redact, String fallback) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.redact = Objects.requireNonNull(redact, "redact");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts {@code call}; wait for it with {@link #await}. */
    public <T> Future<T> submit(Callable<T> call) {
        return executor.submit(call);
    }

    /** {@code call}'s result if it comes by {@code deadline} ({@link System#nanoTime()}); empty (logged once) otherwise. */
    public <T> Optional<T> within(long deadline, String what, Callable<T> call) {
        if (deadline - System.nanoTime() <= 0) {
            log.warn("no time left for the model's {} (timeout {} ms); {}", what, timeout.toMillis(), fallback);
            return Optional.empty();
        }
        return await(submit(call), deadline, what);
    }

    /**
     * The result of a started call if it comes by {@code deadline}; on timeout the call is cancelled, on an error or an
     * interrupt (the thread stays interrupted) it is logged; empty then.
     */
    public <T> Optional<T> await(Future<T> future, long deadline, String what) {
        try {
            Optional<T> result = Optional.ofNullable(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            Meters.modelCall(Meters.ModelCall.OK);
            return result;
        } catch (TimeoutException e) {
            Meters.modelCall(Meters.ModelCall.TIMEOUT);
            future.cancel(true);
            log.warn("the model did not give its {} within {} ms; {}", what, timeout.toMillis(), fallback);
        } catch (ExecutionException e) {
            Meters.modelCall(Meters.ModelCall.ERROR);
            Throwable cause = e.getCause() == null ? e : e.getCause();
            log.warn("the model's {} failed, {}: {}", what, fallback, clip(redact.apply(cause.toString())));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            log.warn("interrupted while waiting for the model's {}; {}", what, fallback);
        }
        return Optional.empty();
    }

    private static String clip(String message) {
        String line = message.replaceAll("\\s+", " ");
        return line.length() <= MAX_LOGGED ? line : line.substring(0, MAX_LOGGED) + "…";
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
