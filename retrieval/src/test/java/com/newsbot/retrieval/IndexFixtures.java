package com.newsbot.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The two small issues in {@code src/test/resources/index}, copied into a seeds directory. */
final class IndexFixtures {

    static final String EARLIER = "2020-11-17";
    static final String LATEST = "2020-11-24";

    private IndexFixtures() {
    }

    /** Copies the fixture issue {@code name} (without ".md") into {@code seeds}. */
    static Path copy(String name, Path seeds) throws IOException {
        Files.createDirectories(seeds);
        Path target = seeds.resolve(name + ".md");
        try (InputStream in = IndexFixtures.class.getResourceAsStream("/index/" + name + ".md")) {
            if (in == null) {
                throw new IOException("missing fixture /index/" + name + ".md");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** A seeds directory with both fixture issues. */
    static Path seeds(Path dir) throws IOException {
        Path seeds = dir.resolve("seeds");
        copy(EARLIER, seeds);
        copy(LATEST, seeds);
        return seeds;
    }
}
