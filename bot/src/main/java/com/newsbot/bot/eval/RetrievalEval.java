package com.newsbot.bot.eval;

import com.ibm.icu.text.Transliterator;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.NewsIndex;
import com.newsbot.retrieval.SearchOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retrieval quality on a SQuAD-format set (CMRC 2018, DRCD): every paragraph becomes an article of a
 * generated Markdown issue, read and indexed like the paper into a temporary index, every question is asked, and the rank of the paragraph it was written for gives
 * recall@1, recall@5 and MRR (over the top 5). Questions in traditional Chinese are asked twice: as
 * given, and folded to simplified.
 */
public final class RetrievalEval {

    private static final Logger log = LoggerFactory.getLogger(RetrievalEval.class);
    private static final int DEPTH = 5;

    private RetrievalEval() {
    }

    /** One way of searching, measured over all questions. */
    /**
     * @param cpuMillisPerQuestion CPU time of the whole process (all threads, also the embedding
     *                             model's) per question: unlike wall time, not inflated by other load
     */
    public record Row(String label, int questions, double recallAt1, double recallAt5, double mrr,
                      double p50Millis, double p99Millis, double cpuMillisPerQuestion, Duration took) {
    }

    /** What {@link #run} measured; {@code toString()} is a table. */
    public record Report(String dataset, int articles, int passages, long characters, boolean embeddings,
                         Duration indexTook, Duration unchangedUpdateTook, List<Row> rows) {

        /** Characters of article text indexed per second. */
        public double charactersPerSecond() {
            return characters / Math.max(1e-9, indexTook.toNanos() / 1e9);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%s: %d paragraphs, %d passages, %d chars; indexed in %.1f s "
                            + "(%.0f chars/s, embeddings %s); update over unchanged files %.2f s%n",
                    dataset, articles, passages, characters, indexTook.toMillis() / 1000.0, charactersPerSecond(),
                    embeddings ? "on" : "off", unchangedUpdateTook.toMillis() / 1000.0));
            out.append(String.format(Locale.ROOT, "%-34s %9s %7s %7s %7s %8s %8s %8s %8s%n",
                    "search", "questions", "R@1", "R@5", "MRR", "p50 ms", "p99 ms", "cpu ms/q", "total s"));
            for (Row row : rows) {
                out.append(String.format(Locale.ROOT, "%-34s %9d %7.4f %7.4f %7.4f %8.2f %8.2f %8.2f %8.1f%n",
                        row.label(), row.questions(), row.recallAt1(), row.recallAt5(), row.mrr(),
                        row.p50Millis(), row.p99Millis(), row.cpuMillisPerQuestion(), row.took().toMillis() / 1000.0));
            }
            return out.toString();
        }
    }

    /**
     * Measures lexical only, dense only (when {@code embeddings}) and the shipped fusion on
     * {@code squadJson}, in a temporary index that is deleted afterwards.
     */
    public static Report run(Path squadJson, boolean embeddings) throws IOException {
        Map<String, SearchOptions> variants = new LinkedHashMap<>();
        variants.put("lexical", SearchOptions.DEFAULT.lexicalOnly());
        if (embeddings) {
            variants.put("dense", SearchOptions.DEFAULT.denseOnly());
            variants.put("fusion (shipped)", SearchOptions.DEFAULT);
        }
        return run(squadJson, embeddings, variants);
    }

    /** Measures each of {@code variants} (label → options) on {@code squadJson}. */
    public static Report run(Path squadJson, boolean embeddings, Map<String, SearchOptions> variants)
            throws IOException {
        SquadCorpus corpus = SquadCorpus.load(squadJson);
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        List<SquadCorpus.Question> folded = corpus.questions().stream()
                .map(q -> q.withText(toSimplified.transliterate(q.text())))
                .toList();
        long changedByFolding = folded.stream().filter(q -> !corpus.questions().contains(q)).count();
        boolean traditional = changedByFolding > corpus.questions().size() / 10;

        Path dir = Files.createTempDirectory("newsbot-eval-");
        try (NewsIndex index = NewsIndex.open(dir.resolve("index"), embeddings)) {
            Path seeds = dir.resolve("seeds");
            corpus.writeSeeds(seeds);
            IndexStats first = index.update(seeds, (filesDone, filesTotal, passagesDone, passagesTotal) ->
                    log.debug("indexed {}/{} passages", passagesDone, passagesTotal));
            if (!first.problems().isEmpty()) {
                throw new IOException("could not index " + squadJson + ": " + first.problems());
            }
            IndexStats again = index.update(seeds, IndexProgress.NONE);
            log.info("{}: indexed {} articles, {} passages in {} ms; again, unchanged, in {} ms", squadJson.getFileName(),
                    first.articles(), first.passages(), first.took().toMillis(), again.took().toMillis());
            List<String> gold = corpus.goldArticleIds(index.issues());
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<String, SearchOptions> variant : variants.entrySet()) {
                String label = variant.getKey();
                if (traditional) {
                    rows.add(measure(index, label + " (traditional q)", corpus.questions(), gold, variant.getValue()));
                    rows.add(measure(index, label + " (simplified q)", folded, gold, variant.getValue()));
                } else {
                    rows.add(measure(index, label, corpus.questions(), gold, variant.getValue()));
                }
            }
            return new Report(squadJson.getFileName().toString(), first.articles(), first.passages(),
                    first.characters(), embeddings, first.took(), again.took(), List.copyOf(rows));
        } finally {
            TempFolders.deleteTree(dir);
        }
    }

    private static Row measure(NewsIndex index, String label, List<SquadCorpus.Question> questions, List<String> gold,
                               SearchOptions options) throws IOException {
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        long[] nanos = new long[questions.size()];
        int top1 = 0;
        int top5 = 0;
        double reciprocal = 0;
        for (int i = 0; i < questions.size(); i++) {
            long t = System.nanoTime();
            List<ArticleHit> hits = index.searchArticles(questions.get(i).text(), DEPTH, options, null);
            nanos[i] = System.nanoTime() - t;
            for (int rank = 0; rank < hits.size(); rank++) {
                if (hits.get(rank).article().id().equals(gold.get(i))) {
                    top1 += rank == 0 ? 1 : 0;
                    top5++;
                    reciprocal += 1.0 / (rank + 1);
                    break;
                }
            }
        }
        Arrays.sort(nanos);
        int n = Math.max(1, questions.size());
        Row row = new Row(label, questions.size(), top1 / (double) n, top5 / (double) n, reciprocal / n,
                Percentile.nearestRank(nanos, 0.50) / 1e6, Percentile.nearestRank(nanos, 0.99) / 1e6,
                (processCpuNanos() - cpuStarted) / 1e6 / n,
                Duration.ofNanos(System.nanoTime() - started));
        log.info("{}", row);
        return row;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }



    /**
     * For developers: {@code RetrievalEval FILE.json... [--no-embeddings]} prints the table for each
     * file. (Operators use {@code newsbot eval}.)
     */
    public static void main(String[] args) throws IOException {
        boolean embeddings = !List.of(args).contains("--no-embeddings");
        boolean sweep = List.of(args).contains("--sweep");
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                System.out.println(sweep ? run(Path.of(arg), embeddings, sweepVariants()) : run(Path.of(arg), embeddings));
            }
        }
    }

    /** Fusion settings around the shipped one, to choose it by measurement. */
    private static Map<String, SearchOptions> sweepVariants() {
        Map<String, SearchOptions> variants = new LinkedHashMap<>();
        SearchOptions base = SearchOptions.DEFAULT;
        variants.put("lexical", base.lexicalOnly());
        variants.put("lexical title x2", base.lexicalOnly().withTitleBoost(2.0));
        variants.put("dense", base.denseOnly());
        variants.put("fusion (shipped)", base);
        variants.put("fusion dense 0.5", base.withWeights(1.0, 0.5));
        variants.put("rrf k60 equal weights", base.withFusion(SearchOptions.Fusion.RRF).withWeights(1.0, 1.0));
        return variants;
    }
}
