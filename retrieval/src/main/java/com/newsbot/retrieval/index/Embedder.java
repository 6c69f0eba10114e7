package com.newsbot.retrieval.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * bge-small-zh v1.5 (quantized, in-process ONNX): passages are embedded as they are, queries with
 * bge's retrieval instruction; both folded like the lexical fields first (simplified script, plain
 * width, lower case), so that a question in either script gets the same vector. Vectors are unit length so that dot product is cosine similarity.
 * Owns the model and the threads it runs on.
 */
final class Embedder implements Closeable {

    /** bge's instruction for short queries that retrieve passages. */
    static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    static final int DIMENSION = 512;
    /** Texts per call to the model; the model spreads one call over its threads. */
    static final int BATCH = 64;

    private final ExecutorService executor;
    /**
     * Loading the model (native library, 24 MB of weights) takes a second or more: it starts in the background
     * when the embedder is made, so that it overlaps opening and checking the index, and a command that never
     * embeds (source, summary, an index that is up to date) does not wait for it.
     */
    private final CompletableFuture<EmbeddingModel> model;

    Embedder() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread thread = new Thread(r, "newsbot-embed-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.model = CompletableFuture.supplyAsync(() -> new BgeSmallZhV15QuantizedEmbeddingModel(executor), task -> {
            Thread loader = new Thread(task, "newsbot-embed-load");
            loader.setDaemon(true);
            loader.start();
        });
    }

    private EmbeddingModel model() {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("could not load the embedding model bge-small-zh", e.getCause());
        }
    }

    /** Longer queries are cut: a question is short, and a pasted page would take seconds to embed. */
    static final int MAX_QUERY_CHARS = 256;

    /** Query vectors kept: answering one question searches more than once (passages, then related articles). */
    static final int QUERY_CACHE = 256;

    private final Map<String, float[]> recentQueries = new LinkedHashMap<>(QUERY_CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > QUERY_CACHE;
        }
    };

    float[] embedQuery(String query) {
        String text = QUERY_INSTRUCTION
                + ChineseAnalysis.fold(query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query);
        float[] known;
        synchronized (recentQueries) {
            known = recentQueries.get(text);
        }
        if (known == null) {
            known = unit(model().embed(text).content().vector());
            synchronized (recentQueries) {
                recentQueries.put(text, known);
            }
        }
        return known.clone();
    }

    /** One vector per text, in order, computed {@link #BATCH} texts at a time. */
    List<float[]> embedPassages(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(text -> TextSegment.from(text.isBlank() ? "。" : ChineseAnalysis.fold(text)))
                    .toList();
            for (Embedding embedding : model().embedAll(batch).content()) {
                vectors.add(unit(embedding.vector()));
            }
        }
        return vectors;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) (vector[i] / norm);
            }
        }
        return vector;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
