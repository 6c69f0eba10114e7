package com.newsbot.bot.answer.retrieve;

import com.newsbot.bot.SecureFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What the answerer learns by reading the whole paper (term counts and which story hosts each sidebar), saved in a
 * folder beside the index, one file for the indexed issues as they are: a new process over an unchanged paper loads it
 * instead of reading every article before its first answer. A missing, stale or damaged file is rebuilt from the
 * index; a folder that cannot be written only costs the rebuild.
 */
public final class PaperStatsCache {
    private static final Logger log = LoggerFactory.getLogger(PaperStatsCache.class);
    /** Version 2: terms counted in simplified characters. */
    private static final String FORMAT = "newsbot-paper-stats 2";
    private static final String PREFIX = "paper-stats-";

    /** The paper's statistics. */
    record Stats(TermWeights weights, Map<String, String> hostIds) {
    }

    /** No folder: nothing is saved or loaded. */
    public static final PaperStatsCache NONE = new PaperStatsCache(null);

    private final Path dir;

    /** @param dir the folder the statistics are saved in, created when first written; null for none */
    public PaperStatsCache(Path dir) {
        this.dir = dir;
    }

    /** The statistics saved for {@code signature} (the indexed issues' ids and content hashes), if any and intact. */
    Optional<Stats> read(String signature) {
        if (dir == null) {
            return Optional.empty();
        }
        String digest = digest(signature);
        Path file = dir.resolve(PREFIX + digest + ".gz");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            if (!FORMAT.equals(in.readLine()) || !digest.equals(in.readLine())) {
                log.warn("ignoring {}: not a statistics file of this paper; rebuilding it", file);
                return Optional.empty();
            }
            int documents = Integer.parseInt(in.readLine());
            Map<String, Integer> df = new HashMap<>();
            Map<String, String> hosts = new HashMap<>();
            boolean complete = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("end")) {
                    complete = true;
                    break;
                }
                int tab = line.indexOf('\t', 2);
                if (tab < 0) {
                    throw new IOException("a line without a tab");
                }
                if (line.startsWith("t\t")) {
                    df.put(line.substring(2, tab), Integer.parseInt(line.substring(tab + 1)));
                } else if (line.startsWith("h\t")) {
                    hosts.put(line.substring(2, tab), line.substring(tab + 1));
                } else {
                    throw new IOException("an unknown line");
                }
            }
            if (!complete) {
                throw new IOException("the file is cut short");
            }
            return Optional.of(new Stats(TermWeights.of(df, documents), Map.copyOf(hosts)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.warn("ignoring damaged {} ({}); rebuilding it", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves {@code stats} for {@code signature} (written aside, then moved in place) and removes older files. */
    void write(String signature, Stats stats) {
        if (dir == null) {
            return;
        }
        String digest = digest(signature);
        Path file = dir.resolve(PREFIX + digest + ".gz");
        try {
            SecureFiles.replace(file, raw -> {
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw), StandardCharsets.UTF_8));
                out.write(FORMAT + "\n" + digest + "\n" + stats.weights().documents() + "\n");
                for (Map.Entry<String, Integer> e : stats.weights().documentFrequencies().entrySet()) {
                    if (plain(e.getKey())) {
                        out.write("t\t" + e.getKey() + "\t" + e.getValue() + "\n");
                    }
                }
                for (Map.Entry<String, String> e : stats.hostIds().entrySet()) {
                    if (plain(e.getKey()) && plain(e.getValue())) {
                        out.write("h\t" + e.getKey() + "\t" + e.getValue() + "\n");
                    }
                }
                out.write("end\n");
                out.close();
            });
            removeOthers(file);
        } catch (IOException | UncheckedIOException e) {
            log.warn("could not save the paper's statistics in {} ({}); the next process reads the paper again", dir,
                    e.getMessage());
        }
    }

    /** Removes the files of earlier papers, and partial files a process that died while writing left over an hour ago. */
    private void removeOthers(Path kept) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*.gz")) {
            for (Path f : files) {
                if (!f.equals(kept)) {
                    Files.deleteIfExists(f);
                }
            }
        }
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        // SecureFiles' temp files, and those of versions that wrote writing-*.part
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "{." + PREFIX + "*.tmp,writing-*.part}")) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f, java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis() < hourAgo) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** Whether a key can be written on a tab-separated line (terms and ids never hold tabs or line breaks). */
    private static boolean plain(String s) {
        return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }

    private static String digest(String signature) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(signature.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
