package com.newsbot.bot.bench;

import com.newsbot.bot.eval.TempFolders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.NewsIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The front door of {@code newsbot bench}: builds corpora of the asked sizes from real text
 * ({@link CorpusGenerator}), indexes each with and without embeddings in this JVM (time, characters/s, size on
 * disk, heap), then answers SQuAD questions over it in a child JVM with a small heap ({@code -Xmx512m}: if the
 * query path needed more, the child would fail), and times cold {@code ask}/{@code search} processes on an
 * up-to-date index. Prints a Markdown table as it goes.
 */
public final class Benchmark {
    private static final Logger log = LoggerFactory.getLogger(Benchmark.class);
    /** Marks the child's one line of figures on its stdout. */
    static final String RESULT_MARK = "BENCH-RESULT ";
    /** The JVM flags the {@code newsbot} launcher gives one-shot commands (ask, search, …), for cold-start runs. */
    static final List<String> LAUNCHER_FLAGS = List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /**
     * What to measure.
     *
     * @param sizes         corpus sizes in articles
     * @param lexical       measure indexes without embeddings
     * @param dense         measure indexes with embeddings (only up to {@code embedMax} articles)
     * @param embedMax      the largest corpus embedded (bge embeds some 15–20 passages a second on 2 busy cores)
     * @param questions     timed questions per index
     * @param warmup        questions answered before timing
     * @param evalDir       where the SQuAD sets are
     * @param seedsDir      seed issues whose articles join the real text (may be missing)
     * @param workDir       corpora and indexes; null: a temporary folder deleted afterwards
     * @param outDir        where the table and the child logs go; null: only the console
     * @param childHeap     {@code -Xmx} of the query child JVM
     * @param coldRuns      timed cold-start runs per command (plus one untimed)
     * @param coldMax       cold starts are timed on corpora up to this size (and on the seeds)
     * @param comparePassages passages of each embedded corpus embedded again by our model and by LangChain4j's
     *                      naive {@code embedAll}, taking turns (0: no comparison)
     */
    public record Settings(List<Integer> sizes, boolean lexical, boolean dense, int embedMax, int questions,
                           int warmup, Path evalDir, Path seedsDir, Path workDir, Path outDir, String childHeap,
                           int coldRuns, int coldMax, int comparePassages) {
        public Settings {
            sizes = List.copyOf(sizes);
            Objects.requireNonNull(evalDir, "evalDir");
            Objects.requireNonNull(childHeap, "childHeap");
            if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("corpus sizes must be at least 1: " + sizes);
            }
            if (!lexical && !dense) {
                throw new IllegalArgumentException("measure with embeddings, without, or both");
            }
            if (questions < 1 || warmup < 0 || coldRuns < 0 || comparePassages < 0) {
                throw new IllegalArgumentException("questions >= 1, warmup >= 0, cold runs >= 0, compared passages >= 0");
            }
        }
    }

    /** SQuAD files that {@code evalDir} lacks; the bench cannot run without them. */
    public static List<Path> missingEvalFiles(Path evalDir) {
        return SourceText.missingFiles(evalDir);
    }

    private static final long SEED = 20_201_124L;

    private final Settings settings;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();

    public Benchmark(Settings settings, PrintStream out) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** One measured index. */
    private record Row(int articles, boolean embeddings, int issues, int passages, long characters,
                       double indexSeconds, double indexMegabytes, double indexHeapMegabytes, JsonNode query,
                       String load) {
        double charactersPerSecond() {
            return characters / Math.max(1e-9, indexSeconds);
        }
    }

    /** The embedding model alone on one corpus's passages: ours and LangChain4j's naive embedAll. */
    private record Compared(int articles, EmbeddingComparison.Result result, String load) {
    }

    /** One cold-start command, timed several times. */
    private record Cold(String corpus, String command, boolean embeddings, List<Double> seconds, String problem) {
    }

    /** Measures everything and prints the tables. */
    public void run() throws IOException {
        SourceText source = SourceText.load(settings.evalDir(), settings.seedsDir());
        CorpusGenerator generator = new CorpusGenerator(source.articles(), SEED);
        List<String> questions = QueryRun.pick(source.questions(), settings.warmup(), settings.questions(), SEED);
        Path work = settings.workDir() != null ? Files.createDirectories(settings.workDir())
                : Files.createTempDirectory("newsbot-bench-");
        Path logs = settings.outDir() != null ? Files.createDirectories(settings.outDir()) : work.resolve("logs");
        JavaProcess java = new JavaProcess(logs);
        out.printf("newsbot bench: %d real articles (%d seed), %d questions; %d cores, -Xmx %.0f MB here, "
                        + "query child -Xmx%s; load %s; %s%n", source.articles().size(),
                source.articles().stream().filter(a -> a.set().equals("seeds")).count(), source.questions().size(),
                Runtime.getRuntime().availableProcessors(), HeapWatch.maxHeapBytes() / 1048576.0,
                settings.childHeap(), load(), Instant.now());
        List<Row> rows = new ArrayList<>();
        List<Cold> colds = new ArrayList<>();
        List<Compared> compared = new ArrayList<>();
        String coldQuestion = questions.get(questions.size() - 1);
        try {
            if (settings.coldRuns() > 0 && settings.seedsDir() != null && Files.isDirectory(settings.seedsDir())) {
                for (boolean embeddings : modes(1)) {
                    colds.addAll(coldStarts("seeds", settings.seedsDir(),
                            work.resolve("index-seeds-" + flavour(embeddings)), embeddings, coldQuestion, java));
                }
            }
            for (int size : settings.sizes()) {
                Path seeds = work.resolve("seeds-" + size);
                CorpusGenerator.Corpus corpus = generator.write(seeds, size);
                log.info("wrote {} articles ({} real) in {} issues to {}", corpus.articles(), corpus.realArticles(),
                        corpus.issues(), seeds);
                for (boolean embeddings : modes(size)) {
                    Path indexDir = work.resolve("index-" + size + "-" + flavour(embeddings));
                    Row row = measure(corpus, indexDir, embeddings, questions, java);
                    rows.add(row);
                    out.println(rowLine(row));
                    if (embeddings && settings.comparePassages() > 0) {
                        String loadBefore = load();
                        EmbeddingComparison.Result result = EmbeddingComparison.run(
                                EmbeddingComparison.passages(seeds, settings.comparePassages()));
                        Compared one = new Compared(size, result, loadBefore + " → " + load());
                        compared.add(one);
                        out.println(comparedLine(one));
                    }
                    if (size <= settings.coldMax() && settings.coldRuns() > 0) {
                        colds.addAll(coldStarts(size + " articles", seeds, indexDir, embeddings, coldQuestion, java));
                    }
                    if (settings.workDir() == null) {
                        TempFolders.deleteTree(indexDir);
                    }
                }
                if (settings.dense() && size > settings.embedMax()) {
                    out.printf("%d articles with embeddings: not measured (over --embed-max %d)%n", size,
                            settings.embedMax());
                }
                if (settings.workDir() == null) {
                    TempFolders.deleteTree(seeds);
                }
            }
        } finally {
            if (settings.workDir() == null) {
                TempFolders.deleteTree(work);
            }
        }
        String report = report(rows, colds, compared);
        out.println();
        out.print(report);
        if (settings.outDir() != null) {
            Files.writeString(settings.outDir().resolve("bench.md"), report, StandardCharsets.UTF_8);
        }
    }

    private List<Boolean> modes(int size) {
        List<Boolean> modes = new ArrayList<>();
        if (settings.lexical()) {
            modes.add(false);
        }
        if (settings.dense() && size <= settings.embedMax()) {
            modes.add(true);
        }
        return modes;
    }

    private static String flavour(boolean embeddings) {
        return embeddings ? "bge" : "lex";
    }

    private Row measure(CorpusGenerator.Corpus corpus, Path indexDir, boolean embeddings, List<String> questions,
                        JavaProcess java) throws IOException {
        String loadBefore = load();
        IndexStats stats;
        double heapMegabytes;
        try (HeapWatch heap = new HeapWatch()) {
            heap.collectAndMeasure();
            try (NewsIndex index = NewsIndex.open(indexDir, embeddings)) {
                stats = index.update(corpus.dir(), IndexProgress.NONE);
                heap.collectAndMeasure();
            }
            heapMegabytes = heap.peakAfterGcBytes() / 1048576.0;
        }
        if (!stats.problems().isEmpty()) {
            throw new IOException("the generated corpus " + corpus.dir() + " has unreadable files: " + stats.problems());
        }
        double megabytes = sizeOnDisk(indexDir) / 1048576.0;
        List<String> args = new ArrayList<>(List.of("bench", "--child-query", indexDir.toString(),
                "--child-corpus", corpus.dir().toString(), "--embeddings", embeddings ? "on" : "off",
                "--questions", Integer.toString(settings.questions()), "--warmup", Integer.toString(settings.warmup()),
                "--eval-dir", settings.evalDir().toString()));
        if (settings.seedsDir() != null) {
            args.addAll(List.of("--seeds", settings.seedsDir().toString()));
        }
        String name = "query-" + corpus.articles() + "-" + flavour(embeddings);
        JavaProcess.Result child = java.run(List.of("-Xmx" + settings.childHeap(), "-XX:+UseSerialGC"), Map.of(),
                120, name, args);
        JsonNode query = child.out().lines().filter(line -> line.startsWith(RESULT_MARK))
                .map(line -> readJson(line.substring(RESULT_MARK.length())))
                .findFirst()
                .orElse(json.createObjectNode().put("failed", child.firstErrorLine() + " (exit " + child.exitCode() + ")"));
        return new Row(corpus.articles(), embeddings, corpus.issues(), stats.passages(), stats.characters(),
                stats.took().toNanos() / 1e9, megabytes, heapMegabytes, query, loadBefore + " → " + load());
    }

    private JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return json.createObjectNode().put("failed", "unreadable child output: " + text);
        }
    }

    /** The query child: runs {@link QueryRun} and writes its figures as one marked JSON line. */
    public void runQueryChild(Path indexDir, Path corpusSeeds, boolean embeddings) throws IOException {
        SourceText source = SourceText.load(settings.evalDir(), settings.seedsDir());
        List<String> questions = QueryRun.pick(source.questions(), settings.warmup(), settings.questions(), SEED);
        Map<String, Object> figures = new QueryRun(indexDir, corpusSeeds, embeddings).run(questions, settings.warmup());
        out.println(RESULT_MARK + json.writeValueAsString(figures));
    }

    private List<Cold> coldStarts(String corpus, Path seeds, Path indexDir, boolean embeddings, String question,
                                  JavaProcess java) throws IOException {
        Map<String, String> env = Map.of("NEWSBOT_EMBEDDINGS", embeddings ? "bge-small-zh" : "none");
        List<Cold> colds = new ArrayList<>();
        for (List<String> command : List.of(List.of("ask", question), List.of("search", question))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--seeds", seeds.toString(), "--index", indexDir.toString()));
            String name = "cold-" + corpus.replace(' ', '-') + "-" + flavour(embeddings) + "-" + command.get(0);
            JavaProcess.Result first = java.run(LAUNCHER_FLAGS, env, 120, name + "-0", args); // brings the index up to date
            if (first.exitCode() != 0) {
                colds.add(new Cold(corpus, command.get(0), embeddings, List.of(), first.firstErrorLine()));
                continue;
            }
            List<Double> seconds = new ArrayList<>();
            for (int run = 1; run <= settings.coldRuns(); run++) {
                JavaProcess.Result result = java.run(LAUNCHER_FLAGS, env, 30, name + "-" + run, args);
                if (result.exitCode() != 0) {
                    throw new IOException(name + " failed on run " + run + ": " + result.firstErrorLine());
                }
                seconds.add(result.nanos() / 1e9);
            }
            Cold cold = new Cold(corpus, command.get(0), embeddings, seconds, null);
            out.println(coldLine(cold));
            colds.add(cold);
        }
        return colds;
    }

    // ---------------------------------------------------------------- the report

    private String report(List<Row> rows, List<Cold> colds, List<Compared> compared) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Measured %s on %d cores, load average %s; query phase in a child JVM "
                        + "with -Xmx%s -XX:+UseSerialGC, %d timed questions after %d warm-up.%n%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), load(), settings.childHeap(), settings.questions(),
                settings.warmup()));
        md.append("| articles | embeddings | passages | index time s | chars/s | index MB | heap indexing MB "
                + "| heap querying MB | retrieve p50 / p99 ms | answer p50 / p99 ms | found | open+check ms "
                + "| first answer ms | load (1 min) |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row row : rows) {
            JsonNode q = row.query();
            boolean failed = q.has("failed");
            md.append(String.format(Locale.ROOT, "| %,d | %s | %,d | %.1f | %,.0f | %.0f | %.0f | %s | %s | %s | %s | %s | %s | %s |%n",
                    row.articles(), row.embeddings() ? "on" : "off", row.passages(), row.indexSeconds(),
                    row.charactersPerSecond(), row.indexMegabytes(), row.indexHeapMegabytes(),
                    failed ? "FAILED: " + q.path("failed").asText() : String.format(Locale.ROOT, "%.0f",
                            q.path("heap_peak_after_gc_mb").asDouble()),
                    failed ? "—" : pair(q, "retrieve"), failed ? "—" : pair(q, "answer"),
                    failed ? "—" : q.path("found").asInt() + "/" + q.path("questions").asInt(),
                    failed ? "—" : String.format(Locale.ROOT, "%.0f", q.path("open_ms").asDouble()),
                    failed ? "—" : String.format(Locale.ROOT, "%.0f", q.path("first_answer_ms").asDouble()),
                    row.load()));
        }
        if (!compared.isEmpty()) {
            md.append(String.format(Locale.ROOT, "%nThe embedding model alone, on the first passages of the corpus "
                    + "(the texts indexing embeds), ours and LangChain4j's `BgeSmallZhV15QuantizedEmbeddingModel.embedAll`"
                    + " in batches of %d taking turns over %d slices:%n%n", EmbeddingComparison.NAIVE_BATCH,
                    EmbeddingComparison.SLICES));
            md.append("| corpus | passages | chars | LangChain4j naive chars/s (CPU s) | ours chars/s (CPU s) | speed-up "
                    + "| min cosine | load (1 min) |\n|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (Compared c : compared) {
                md.append(comparedLine(c)).append('\n');
            }
        }
        if (!colds.isEmpty()) {
            md.append(String.format(Locale.ROOT, "%nCold start (`java %s -jar newsbot.jar CMD … --seeds … --index …`"
                    + " on an up-to-date index, process start to exit, %d runs):%n%n", String.join(" ", LAUNCHER_FLAGS),
                    settings.coldRuns()));
            md.append("| corpus | embeddings | command | median s | min s | max s |\n|---|---|---|---:|---:|---:|\n");
            for (Cold cold : colds) {
                md.append(coldLine(cold)).append('\n');
            }
        }
        return md.toString();
    }

    private static String pair(JsonNode q, String what) {
        return String.format(Locale.ROOT, "%.1f / %.1f", q.path(what + "_p50_ms").asDouble(),
                q.path(what + "_p99_ms").asDouble());
    }

    private static String rowLine(Row row) {
        return String.format(Locale.ROOT, "%d articles, embeddings %s: indexed %d passages, %,d chars in %.1f s "
                        + "(%,.0f chars/s), %.0f MB on disk, heap %.0f MB; query %s; load %s",
                row.articles(), row.embeddings() ? "on" : "off", row.passages(), row.characters(), row.indexSeconds(),
                row.charactersPerSecond(), row.indexMegabytes(), row.indexHeapMegabytes(), row.query(), row.load());
    }

    private static String comparedLine(Compared c) {
        EmbeddingComparison.Result r = c.result();
        return String.format(Locale.ROOT, "| %,d articles | %,d | %,d | %,.0f (%.1f) | %,.0f (%.1f) | %.2f× | %.6f | %s |",
                c.articles(), r.passages(), r.characters(), r.naiveCharsPerSecond(), r.naiveCpuSeconds(),
                r.ownCharsPerSecond(), r.ownCpuSeconds(), r.speedup(), r.minCosine(), c.load());
    }

    private static String coldLine(Cold cold) {
        if (cold.problem() != null) {
            return String.format("| %s | %s | %s | failed: %s | | |", cold.corpus(), cold.embeddings() ? "on" : "off",
                    cold.command(), cold.problem());
        }
        double[] s = cold.seconds().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %.2f |", cold.corpus(),
                cold.embeddings() ? "on" : "off", cold.command(), median(s), s[0], s[s.length - 1]);
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The 1-minute load average, from /proc/loadavg (or the MXBean where there is none). */
    static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long sizeOnDisk(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

}
