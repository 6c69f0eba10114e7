package com.newsbot.bot;

import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real index over the repository's seed issue, built in a temporary directory.
 *
 * <p>Test classes that only read the seed index share one: {@link #shared()} (lexical) or {@link #sharedWithEmbeddings()}
 * (with bge-small-zh vectors), each built once per test JVM on first use, opened read-only so that a test cannot change
 * what the next one reads, and closed (its directory deleted) when the JVM exits. A shared index is never closed by a
 * test. Tests that change an index, or need one of their own, build it with {@link #open(Path)}.
 */
public final class SeedIndex {
    public static final String SEED = "000_ca8ae608e85ef6a0.txt";

    private SeedIndex() {
    }

    /** The repository's {@code seeds/} folder (tests run in {@code bot/}). */
    public static Path repoSeeds() {
        Path fromModule = Path.of("..", "seeds");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("seeds");
    }

    /** Copies the seed issue into {@code dir/seeds}, indexes it (lexical only, for speed) in {@code dir/index}. */
    public static NewsIndex open(Path dir) throws IOException {
        return open(dir, false);
    }

    private static NewsIndex open(Path dir, boolean embeddings) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(repoSeeds().resolve(SEED), seeds.resolve(SEED));
        NewsIndex index = NewsIndex.open(dir.resolve("index"), embeddings);
        index.update(seeds, IndexProgress.NONE);
        return index;
    }

    /** The seed index, lexical only, shared by the test classes of this JVM: read-only; do not close it. */
    public static NewsIndex shared() {
        return Lexical.INDEX.index;
    }

    /** The seed index with bge-small-zh vectors, shared by the test classes of this JVM: read-only; do not close it. */
    public static NewsIndex sharedWithEmbeddings() {
        return WithEmbeddings.INDEX.index;
    }

    /** One shared index: built on first use (class initialisation, so once and thread-safely), closed at JVM exit. */
    private static final class Shared {
        final NewsIndex index;

        private Shared(boolean embeddings) {
            try {
                Path dir = Files.createTempDirectory("newsbot-seed-index-");
                try (NewsIndex built = open(dir, embeddings)) {
                    built.issueHeaders(); // built and committed; reopened read-only below
                }
                index = NewsIndex.openReadOnly(dir.resolve("index"), embeddings);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAndDelete(index, dir), "seed-index-cleanup"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index the seed issue", e);
            }
        }

        private static void closeAndDelete(NewsIndex index, Path dir) {
            try {
                index.close();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            } catch (IOException e) {
                System.err.println("seed index at " + dir + " not removed: " + e); // JVM exit: no logger left to tell
            }
        }
    }

    private static final class Lexical {
        static final Shared INDEX = new Shared(false);
    }

    private static final class WithEmbeddings {
        static final Shared INDEX = new Shared(true);
    }
}
