package com.newsbot.bot.bench;

import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;
import com.newsbot.retrieval.embed.BgeSmallZhEmbeddingModel;
import com.newsbot.retrieval.read.IssueReader;
import com.newsbot.retrieval.read.UnreadableIssueException;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedding model alone, ours ({@link BgeSmallZhEmbeddingModel}) against LangChain4j's
 * {@code BgeSmallZhV15QuantizedEmbeddingModel.embedAll} called naively in batches of {@value #NAIVE_BATCH}, on the
 * same passages of a corpus (exactly the texts indexing embeds). The passages are cut into {@value #SLICES} slices
 * and the two models take turns slice by slice, so that a change of the machine's load falls on both alike.
 */
final class EmbeddingComparison {
    static final int NAIVE_BATCH = 32;
    static final int SLICES = 4;

    /** Characters embedded and seconds taken (wall and this process's CPU) by each model. */
    record Result(int passages, long characters, double naiveSeconds, double naiveCpuSeconds, double ownSeconds,
                  double ownCpuSeconds, double minCosine) {
        double naiveCharsPerSecond() {
            return characters / naiveSeconds;
        }

        double ownCharsPerSecond() {
            return characters / ownSeconds;
        }

        double speedup() {
            return naiveSeconds / ownSeconds;
        }
    }

    /** The texts of the first {@code max} passages of the corpus in {@code seeds}. */
    static List<String> passages(Path seeds, int max) throws IOException {
        IssueReader reader = new IssueReader();
        List<String> texts = new ArrayList<>();
        for (Path file : reader.list(seeds)) {
            if (texts.size() >= max) {
                break;
            }
            try {
                Issue issue = reader.read(file);
                texts.addAll(NewsIndex.embeddingTexts(issue));
            } catch (UnreadableIssueException e) {
                throw new IOException("the generated corpus has an unreadable file: " + e.getMessage(), e);
            }
        }
        return texts.size() > max ? List.copyOf(texts.subList(0, max)) : texts;
    }

    static Result run(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        long characters = texts.stream().mapToLong(String::length).sum();
        EmbeddingModel naive = new BgeSmallZhV15QuantizedEmbeddingModel();
        try (BgeSmallZhEmbeddingModel own = new BgeSmallZhEmbeddingModel()) {
            List<TextSegment> warmup = segments.subList(0, Math.min(segments.size(), 16));
            naive.embedAll(warmup);
            own.embedAll(warmup);
            double naiveWall = 0;
            double naiveCpu = 0;
            double ownWall = 0;
            double ownCpu = 0;
            double minCosine = 1;
            int slice = Math.max(1, (segments.size() + SLICES - 1) / SLICES);
            for (int from = 0; from < segments.size(); from += slice) {
                List<TextSegment> part = segments.subList(from, Math.min(segments.size(), from + slice));
                long wall = System.nanoTime();
                long cpu = processCpuNanos();
                List<float[]> theirs = new ArrayList<>();
                for (int i = 0; i < part.size(); i += NAIVE_BATCH) {
                    naive.embedAll(part.subList(i, Math.min(part.size(), i + NAIVE_BATCH))).content()
                            .forEach(e -> theirs.add(e.vector()));
                }
                naiveWall += (System.nanoTime() - wall) / 1e9;
                naiveCpu += (processCpuNanos() - cpu) / 1e9;
                wall = System.nanoTime();
                cpu = processCpuNanos();
                List<float[]> ours = own.embedAll(part).content().stream().map(e -> e.vector()).toList();
                ownWall += (System.nanoTime() - wall) / 1e9;
                ownCpu += (processCpuNanos() - cpu) / 1e9;
                for (int i = 0; i < ours.size(); i++) {
                    minCosine = Math.min(minCosine, cosine(ours.get(i), theirs.get(i)));
                }
            }
            return new Result(texts.size(), characters, naiveWall, naiveCpu, ownWall, ownCpu, minCosine);
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private EmbeddingComparison() {
    }
}
