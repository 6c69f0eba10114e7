package com.newsbot.bot.frontend;

import com.newsbot.bot.chat.NewIssues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a running bot's paper up to date and notices new issues, on a thread of its own: at the start it records the
 * latest issue of the index as it is, then waits for the start-up indexing (the seeds as they were when the bot
 * started) and records the latest issue again; only then does it re-read the seeds every {@code period} and queue
 * the announcement of each newer issue. So what counts as already there is what was indexed at the start, and an
 * issue dropped in the first minute after a start is announced at the next re-read like any later one (before, the
 * first re-read found it and took it for the baseline of a fresh state). Never throws; {@link #close()} stops it.
 */
public final class SeedWatcher implements AutoCloseable {
    /** How often a running bot looks for new or changed issues in the seeds folder. */
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(60);
    private static final Duration STARTUP_POLL = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(SeedWatcher.class);

    /** Brings the index up to date with the seeds folder (or re-opens it when another process writes it). */
    @FunctionalInterface
    public interface Reread {
        void reread();
    }

    /** The indexing that runs from the start: waits for it to end, up to a bound; whether it ended. */
    @FunctionalInterface
    public interface StartupIndexing {
        StartupIndexing NONE = timeout -> true;

        boolean await(Duration timeout) throws InterruptedException;
    }

    private final Reread reread;
    private final NewIssues newIssues;
    private final StartupIndexing startup;
    private final Duration period;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;

    public SeedWatcher(Reread reread, NewIssues newIssues, StartupIndexing startup, Duration period) {
        this.reread = Objects.requireNonNull(reread, "reread");
        this.newIssues = Objects.requireNonNull(newIssues, "newIssues");
        this.startup = Objects.requireNonNull(startup, "startup");
        this.period = Objects.requireNonNull(period, "period");
        this.thread = new Thread(this::run, "newsbot-seed-watcher");
        this.thread.setDaemon(true);
    }

    public SeedWatcher start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            newIssues.check(); // the index as it was at the start
            while (!startup.await(STARTUP_POLL)) {
                if (stop.await(0, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
            newIssues.check(); // what the start-up indexing added: the seeds as they were at the start
            while (!stop.await(period.toMillis(), TimeUnit.MILLISECONDS)) {
                try {
                    reread.reread();
                } catch (RuntimeException e) {
                    log.error("re-reading the seeds failed; still serving the previous index", e);
                }
                newIssues.check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop.countDown();
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
