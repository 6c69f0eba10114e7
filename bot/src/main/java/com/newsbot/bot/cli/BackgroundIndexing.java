package com.newsbot.bot.cli;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.Turn;
import com.newsbot.bot.chat.Answerer;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.NewsIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Brings the index up to date with the seeds on a thread of its own, so that a chat or a bot answers from what is
 * already indexed at once instead of after reading a whole archive. The index shows each group of issues as soon as
 * it is written; until the update ends, answers carry a note that the paper is still being read
 * ({@code prompts/chat-still-reading.zh.txt}), and progress goes to {@code report} (the console's stderr, or the
 * log for Telegram) at most every {@link #REPORT_EVERY}. Owns its thread; {@link #close()} stops the update at the
 * next group, or lets the closing index end it (what was committed stays, and the next start reads the rest).
 */
final class BackgroundIndexing implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundIndexing.class);
    static final Duration REPORT_EVERY = Duration.ofSeconds(5);

    private final NewsIndex index;
    private final Path seeds;
    private final Prompts prompts;
    private final Consumer<String> report;
    private final Duration reportEvery;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean stopping;
    private volatile boolean running = true;
    private volatile int filesDone;
    private volatile int filesTotal;
    /** The second pass of a words-first update: every issue is searchable by its words, vectors are being added. */
    private volatile boolean embedding;
    private volatile IndexStats stats;
    private long lastReportNanos = System.nanoTime();

    /** Thrown from the progress callback to end an update early when the process is closing. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    BackgroundIndexing(NewsIndex index, Path seeds, Prompts prompts, Consumer<String> report) {
        this(index, seeds, prompts, report, REPORT_EVERY);
    }

    BackgroundIndexing(NewsIndex index, Path seeds, Prompts prompts, Consumer<String> report, Duration reportEvery) {
        this.reportEvery = Objects.requireNonNull(reportEvery, "reportEvery");
        this.index = Objects.requireNonNull(index, "index");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.report = Objects.requireNonNull(report, "report");
        this.thread = new Thread(this::update, "newsbot-background-index");
        this.thread.setDaemon(true);
    }

    /** How long an update may take before a line says that it runs in the background (a check of unchanged seeds is quicker). */
    static final Duration ANNOUNCE_AFTER = Duration.ofSeconds(1);

    BackgroundIndexing start() {
        thread.start();
        CompletableFuture.runAsync(() -> {
            if (running && !stopping) {
                report.accept(prompts.render("index-background-started.txt", Map.of("total", filesTotal)));
            }
        }, CompletableFuture.delayedExecutor(ANNOUNCE_AFTER.toMillis(), TimeUnit.MILLISECONDS));
        return this;
    }

    private void update() {
        long started = System.nanoTime();
        try {
            IndexStats done = index.update(seeds, new IndexProgress() {
                @Override
                public void update(int filesDone, int filesTotal, int passagesDone, int passagesTotal) {
                    progress(filesDone, filesTotal, passagesDone);
                }

                @Override
                public boolean searchWhileWriting() {
                    return true; // the chat answers meanwhile
                }
            });
            stats = done;
            for (String problem : done.problems()) {
                report.accept("newsbot: skipped " + problem);
            }
            if (done.filesIndexed() > 0 || done.filesRemoved() > 0) {
                report.accept(prompts.render("index-background-done.txt", Map.of(
                        "indexed", done.filesIndexed(), "unchanged", done.filesUnchanged(),
                        "removed", done.filesRemoved(), "passages", done.passages(),
                        "seconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9))));
            }
        } catch (Stopped e) {
            log.info("background indexing of {} stopped at {}/{} files (the rest is read at the next start)",
                    seeds, filesDone, filesTotal);
        } catch (Exception e) {
            if (!stopping) {
                log.error("background indexing of {} failed", seeds, e);
                report.accept(prompts.render("index-background-failed.txt", Map.of("reason", String.valueOf(e.getMessage()))));
            }
        } finally {
            running = false;
            finished.countDown();
        }
    }

    private void progress(int done, int total, int passagesDone) {
        if (stopping) {
            throw new Stopped();
        }
        if (done < filesDone) {
            embedding = true; // a new pass started: the words are written, the vectors follow
        }
        filesDone = done;
        filesTotal = total;
        long now = System.nanoTime();
        if (passagesDone > 0 && done < total && now - lastReportNanos >= reportEvery.toNanos()) {
            lastReportNanos = now;
            report.accept(prompts.render("index-background-progress.txt",
                    Map.of("done", done, "total", total, "passages", passagesDone)));
        }
    }

    /** Whether the update is still running. */
    boolean running() {
        return running;
    }

    /** The finished update's figures, or null while it runs (or when it failed). */
    IndexStats stats() {
        return stats;
    }

    /** Waits up to {@code timeout} for the update to end; whether it did. */
    boolean await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** {@code answerer}, whose answers say that the paper is still being read while the update runs. */
    Answerer noting(Answerer answerer) {
        return new Answerer() {
            @Override
            public Answer answer(String question, List<Turn> history) {
                return noted(() -> answerer.answer(question, history));
            }

            @Override
            public Answer answer(String question, List<Turn> history, java.util.Set<String> scope) {
                return noted(() -> answerer.answer(question, history, scope));
            }

            @Override
            public Answer answer(String question, List<Turn> history, java.util.Set<String> scope, String topic) {
                return noted(() -> answerer.answer(question, history, scope, topic));
            }

            @Override
            public double[] coverage(String question, List<java.util.Set<String>> articleSets) {
                return answerer.coverage(question, articleSets);
            }

            @Override
            public boolean scopes() {
                return answerer.scopes();
            }
        };
    }

    private Answer noted(java.util.function.Supplier<Answer> answering) {
        boolean readingBefore = running;
        Answer answer = answering.get();
        if (!readingBefore) {
            return answer;
        }
        String note = prompts.render(embedding ? "chat-still-embedding.zh.txt" : "chat-still-reading.zh.txt",
                Map.of("done", filesDone, "total", filesTotal));
        return new Answer(answer.question(), answer.found(), answer.text() + "\n\n" + note, answer.mode(),
                answer.citations(), answer.related(), answer.latencyMs(), answer.shortAnswer());
    }

    /**
     * Asks the update to stop at its next group and waits for it briefly; an update still embedding a group then
     * ends with the index closing under it (its error is expected and not reported).
     */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        if (!finished.await(2, TimeUnit.SECONDS)) {
            log.info("background indexing of {} is stopped by closing the index", seeds);
        }
    }
}
