package com.newsbot.bot.cli;

import com.newsbot.bot.SecureFiles;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** Options every subcommand takes: where the seeds are, where the index lives, how chatty to be. */
final class CommonOptions {
    @Option(names = "--seeds", paramLabel = "DIR", description = "the newspaper issues (default: ./seeds)")
    Path seeds = Path.of("seeds");

    @Option(names = "--index", paramLabel = "DIR",
            description = "where the search index lives (default: under ~/.cache/newsbot, one per seeds folder)")
    Path index;

    @Option(names = {"-v", "--verbose"}, description = "log more (to stderr and the log file)")
    boolean verbose;

    /** The seeds folder, checked to exist. */
    Path seedsDir() {
        if (!Files.isDirectory(seeds)) {
            throw new BadInputException("seeds folder not found: " + seeds + " (give one with --seeds DIR)");
        }
        return seeds;
    }

    /** Whether passages get dense vectors: {@code NEWSBOT_EMBEDDINGS} = {@code bge-small-zh} (default) or {@code none}. */
    static boolean embeddings(Map<String, String> env) {
        String value = env.getOrDefault("NEWSBOT_EMBEDDINGS", "bge-small-zh").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "bge-small-zh", "bge-small-zh-v15-q" -> true;
            case "none", "off" -> false;
            default -> throw new BadInputException("NEWSBOT_EMBEDDINGS must be bge-small-zh or none, not " + value);
        };
    }

    /**
     * The index folder: {@code --index}, or one per seeds folder (and embedding setting) under the cache folder;
     * created owner-only, and refused (bad input) when it or the cache folder belongs to another user.
     */
    Path indexDir(Map<String, String> env) {
        if (index != null) {
            return owned(index);
        }
        String flavour = embeddings(env) ? "bge" : "lex";
        Path home = owned(cacheHome(env));
        return owned(home.resolve("index-" + shortHash(seeds.toAbsolutePath().normalize().toString()) + "-" + flavour));
    }

    /** {@code dir} created owner-only when missing; bad input when another user owns it or it cannot be made. */
    static Path owned(Path dir) {
        try {
            return SecureFiles.ownedDirectory(dir);
        } catch (SecureFiles.ForeignFolderException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException e) {
            throw new BadInputException("cannot use the folder " + dir + " (" + e.getMessage() + ")");
        }
    }

    /** {@code $NEWSBOT_HOME}, else {@code $XDG_CACHE_HOME/newsbot}, else {@code ~/.cache/newsbot}. */
    static Path cacheHome(Map<String, String> env) {
        String home = env.get("NEWSBOT_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "newsbot");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "newsbot");
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
