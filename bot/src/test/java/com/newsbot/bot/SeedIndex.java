package com.newsbot.bot;

import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real index over the repository's seed issue, built in a temporary directory (shared by a test class). */
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
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(repoSeeds().resolve(SEED), seeds.resolve(SEED));
        NewsIndex index = NewsIndex.open(dir.resolve("index"), false);
        index.update(seeds, IndexProgress.NONE);
        return index;
    }
}
