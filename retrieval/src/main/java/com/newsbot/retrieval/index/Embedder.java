package com.newsbot.retrieval.index;

import com.newsbot.retrieval.concurrent.OnCores;
import com.newsbot.retrieval.embed.BgeSmallZhEmbeddingModel;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * bge-small-zh v1.5 (quantized, in-process ONNX): passages and queries are embedded as they are (without bge's
 * retrieval instruction for queries, which v1.5 no longer needs: see {@link #embedQuery}); both folded like the lexical fields first (simplified script, plain
 * width, lower case), so that a question in either script gets the same vector. Vectors are unit length so that dot product is cosine similarity.
 * The model is {@link BgeSmallZhEmbeddingModel} (LangChain4j's bge-small-zh files, run for throughput; its vectors
 * are LangChain4j's). Owns the model, and the thread that embeds queries ahead of their search.
 */
final class Embedder implements Closeable {

    static final int DIMENSION = 512;
    /** Texts per call to the model: it tokenizes ahead and keeps every core busy within one call. */
    static final int BATCH = 1024;

    /**
     * Loading the model (native library, 24 MB of weights) takes a second or more: it starts in the background
     * when the embedder is made, so that it overlaps opening and checking the index, and a command that never
     * embeds (source, summary, an index that is up to date) does not wait for it.
     */
    private final CompletableFuture<BgeSmallZhEmbeddingModel> model;

    Embedder() {
        this.model = CompletableFuture.supplyAsync(BgeSmallZhEmbeddingModel::new, task -> {
            Thread loader = new Thread(task, "newsbot-embed-load");
            loader.setDaemon(true);
            loader.start();
        });
    }

    /** The model itself (loaded on first use), for other users of the same bge-small-zh: one copy per process. */
    dev.langchain4j.model.embedding.EmbeddingModel embeddingModel() {
        return model();
    }

    private BgeSmallZhEmbeddingModel model() {
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

    private final Map<String, float[]> recentQueries = leastRecentlyUsed(QUERY_CACHE);

    /** Query vectors being computed ahead ({@link #prepareQuery}), by the text the model is given. */
    private final Map<String, Ahead> ahead = new ConcurrentHashMap<>();

    /** Queries waiting to be embedded ahead, at most: more are not started (they are embedded when searched). */
    static final int AHEAD_QUEUE = 16;

    /**
     * One thread that embeds queries ahead of their search, so that the model's call (about 10 ms, one core) runs while
     * the caller reads the question and searches the words (on the other core).
     */
    private final OnCores embeddingAhead = OnCores.oneThread("newsbot-embed-ahead", AHEAD_QUEUE);

    /**
     * A question's vector, computed on its own words. bge v1.5 was trained to retrieve without its query instruction
     * (为这个句子生成表示以用于检索相关文章：, 18 tokens), which nearly doubled the cost of a short question: measured
     * 2026-12-07 at 10k articles, retrieval p50 15.3 -> 10.6 ms; CMRC trial dense recall@1 0.926 -> 0.937, fusion
     * 0.988 -> 0.987. A question's cosines run about 0.04 higher without it (150 CMRC pairs: median +0.039 to its
     * paragraph, +0.029 to another), which the answer path's meaning gates allow for.
     */
    float[] embedQuery(String query) {
        String text = queryText(query);
        Ahead pending = ahead.get(text); // on its way: claimed here if the ahead thread has not started on it
        return (pending == null ? embedKept(recentQueries, text) : pending.vector.get()).clone();
    }

    /**
     * Starts embedding {@code query} (as {@link #embedQuery} reads it) on another thread, so that the search that
     * follows finds its vector ready or on its way; nothing when it is known, already on its way, or too many wait.
     * A search that comes before the thread has started on it embeds the query itself.
     */
    void prepareQuery(String query) {
        String text = queryText(query);
        synchronized (recentQueries) {
            if (recentQueries.containsKey(text)) {
                return;
            }
        }
        Ahead fresh = new Ahead(text);
        if (ahead.putIfAbsent(text, fresh) == null && !embeddingAhead.start(fresh.vector)) {
            ahead.remove(text, fresh); // too many wait, or closed: the search embeds it
        }
    }

    private static String queryText(String query) {
        return ChineseAnalysis.fold(query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query);
    }

    /** A query's vector computed once, by the first of the ahead thread and the search to claim it. */
    private final class Ahead {
        private final String text;
        private final OnCores.Later<float[]> vector = new OnCores.Later<>(this::embed);

        Ahead(String text) {
            this.text = text;
        }

        /** Embeds the text and keeps its vector with the recent queries, for whoever waits; then it is no longer ahead. */
        private float[] embed() {
            try {
                return embedKept(recentQueries, text);
            } finally {
                ahead.remove(text, this);
            }
        }
    }

    /** One vector per text, in order, computed {@link #BATCH} texts at a time. */
    List<float[]> embedPassages(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(text -> TextSegment.from(modelText(text)))
                    .toList();
            for (Embedding embedding : model().embedAll(batch).content()) {
                vectors.add(unit(embedding.vector()));
            }
        }
        return vectors;
    }

    /** Sentence vectors kept: a conversation asks about one article several times, each time reading its sentences. */
    static final int TEXT_CACHE = 4096;

    private final Map<String, float[]> recentTexts = leastRecentlyUsed(TEXT_CACHE);

    /**
     * The cosine of {@code query} (read as {@link #embedQuery} reads it) and each of {@code texts} (read as passages
     * are), in order; the texts' vectors are kept for the next question about the same article.
     */
    double[] cosines(String query, List<String> texts) {
        float[] q = embedQuery(query);
        double[] out = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            float[] v = embedKept(recentTexts, modelText(texts.get(i)));
            double dot = 0;
            for (int k = 0; k < v.length && k < q.length; k++) {
                dot += v[k] * q[k];
            }
            out[i] = dot;
        }
        return out;
    }

    /** At most {@code capacity} vectors by text, the least recently used dropped first. */
    private static Map<String, float[]> leastRecentlyUsed(int capacity) {
        return new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The unit vector of {@code text} (as the model is given it), from {@code kept} or embedded and kept there. */
    private float[] embedKept(Map<String, float[]> kept, String text) {
        float[] known;
        synchronized (kept) {
            known = kept.get(text);
        }
        if (known == null) {
            known = unit(model().embed(text).content().vector());
            synchronized (kept) {
                kept.put(text, known);
            }
        }
        return known;
    }

    /** What the model is given for a passage's text: folded, never empty. */
    static String modelText(String passageText) {
        return passageText.isBlank() ? "。" : ChineseAnalysis.fold(passageText);
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
        embeddingAhead.close();
        BgeSmallZhEmbeddingModel loaded;
        try {
            loaded = model.join(); // a model still loading is waited for, so that its threads and session are released
        } catch (CompletionException e) {
            return; // it never loaded: nothing to release
        }
        loaded.close();
    }
}
