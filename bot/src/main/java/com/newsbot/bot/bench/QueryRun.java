package com.newsbot.bot.bench;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.NewsIndex;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The query phase, meant for a fresh JVM: opens an existing index (checking it against the seeds, as every
 * command does), answers one question cold, warms up, then times retrieval alone and the full offline answer
 * ({@link AnswerComposer}) over the same questions, watching the heap throughout.
 */
final class QueryRun {
    private static final Logger log = LoggerFactory.getLogger(QueryRun.class);
    /** Passages retrieved per question, as {@link AnswerComposer} retrieves them. */
    static final int PASSAGES = 8;

    private final Path indexDir;
    private final Path seedsDir;
    private final boolean embeddings;

    QueryRun(Path indexDir, Path seedsDir, boolean embeddings) {
        this.indexDir = indexDir;
        this.seedsDir = seedsDir;
        this.embeddings = embeddings;
    }

    /** {@code warmup} questions then {@code timed} others, drawn from {@code all} in a fixed random order. */
    static List<String> pick(List<String> all, int warmup, int timed, long seed) {
        List<String> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        int n = Math.min(shuffled.size(), warmup + timed);
        return List.copyOf(shuffled.subList(0, n));
    }

    /** Runs the phase; the figures as a map of names to numbers (written as JSON by the child process). */
    Map<String, Object> run(List<String> questions, int warmup) throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        try (HeapWatch heap = new HeapWatch()) {
            long started = System.nanoTime();
            try (NewsIndex index = NewsIndex.open(indexDir, embeddings)) {
                IndexStats check = index.update(seedsDir, IndexProgress.NONE);
                long opened = System.nanoTime();
                figures.put("open_ms", (opened - started) / 1e6);
                figures.put("update_check_ms", check.took().toNanos() / 1e6);
                figures.put("files_reindexed", check.filesIndexed());
                try (AnswerComposer composer = new AnswerComposer(index)) {
                    ContentRetriever retriever = index.retriever(PASSAGES);
                    long first = System.nanoTime();
                    composer.answer(questions.get(0));
                    figures.put("first_answer_ms", (System.nanoTime() - first) / 1e6);

                    List<String> warm = questions.subList(0, Math.min(warmup, questions.size()));
                    List<String> timed = questions.subList(warm.size(), questions.size());
                    if (timed.isEmpty()) {
                        throw new IllegalArgumentException("no questions left to time after " + warmup + " warm-up");
                    }
                    for (String q : warm) {
                        retriever.retrieve(Query.from(q));
                        composer.answer(q);
                    }
                    long[] retrieveNanos = new long[timed.size()];
                    for (int i = 0; i < timed.size(); i++) {
                        long t = System.nanoTime();
                        retriever.retrieve(Query.from(timed.get(i)));
                        retrieveNanos[i] = System.nanoTime() - t;
                    }
                    long[] answerNanos = new long[timed.size()];
                    int found = 0;
                    for (int i = 0; i < timed.size(); i++) {
                        long t = System.nanoTime();
                        Answer answer = composer.answer(timed.get(i));
                        answerNanos[i] = System.nanoTime() - t;
                        found += answer.found() ? 1 : 0;
                    }
                    Percentiles retrieve = new Percentiles(retrieveNanos);
                    Percentiles answer = new Percentiles(answerNanos);
                    figures.put("questions", timed.size());
                    figures.put("warmup", warm.size());
                    figures.put("retrieve_p50_ms", retrieve.millis(0.50));
                    figures.put("retrieve_p99_ms", retrieve.millis(0.99));
                    figures.put("retrieve_max_ms", retrieve.millis(1.0));
                    figures.put("answer_p50_ms", answer.millis(0.50));
                    figures.put("answer_p99_ms", answer.millis(0.99));
                    figures.put("answer_max_ms", answer.millis(1.0));
                    figures.put("found", found);
                }
                heap.collectAndMeasure();
                figures.put("heap_peak_after_gc_mb", heap.peakAfterGcBytes() / 1048576.0);
                figures.put("gc_count", heap.collections());
            }
            figures.put("heap_max_mb", HeapWatch.maxHeapBytes() / 1048576.0);
            figures.put("rss_peak_mb", residentPeakMegabytes());
        }
        log.info("query phase on {}: {}", indexDir, figures);
        return figures;
    }

    /** The process's resident-set high-water mark (VmHWM, Linux), or -1 when unknown. */
    static double residentPeakMegabytes() {
        Path status = Path.of("/proc/self/status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            log.debug("no resident-set figure from {}: {}", status, e.toString());
        }
        return -1;
    }
}
