package com.newsbot.bot.telegram;

import com.newsbot.bot.SecureFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The id of the last Telegram update taken for handling, kept in a small file so a restarted bot
 * never handles (answers) the same update twice. Written atomically through {@link SecureFiles}
 * (random exclusive temp name, no link followed, owner-only). Thread-safe.
 *
 * <p>A file older than {@link #TRUSTED_FOR} is ignored: Telegram keeps updates for a day only, and
 * after a week without updates it may restart update ids at a random (possibly lower) value, which
 * an old id would hide.
 */
final class OffsetStore implements HandledUpdates {
    static final String FILE_NAME = "telegram-last-update-id";
    static final Duration TRUSTED_FOR = Duration.ofDays(6);
    private static final Logger log = LoggerFactory.getLogger(OffsetStore.class);

    private final Path file;
    private long lastHandled;

    private OffsetStore(Path file, long lastHandled) {
        this.file = file;
        this.lastHandled = lastHandled;
    }

    /** Opens the store in {@code stateDir} (created when missing); an unreadable file counts as no update handled. */
    static OffsetStore open(Path stateDir) throws IOException {
        SecureFiles.ownedDirectory(stateDir);
        Path file = stateDir.resolve(FILE_NAME);
        long last = 0;
        if (Files.isSymbolicLink(file)) {
            log.warn("Ignoring {}: a symbolic link (it is replaced by a file on the next write)", file);
        } else if (Files.exists(file) && Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(TRUSTED_FOR))) {
            log.info("Ignoring {}: older than {} days, Telegram may have restarted its update ids", file, TRUSTED_FOR.toDays());
        } else if (Files.exists(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            try {
                last = Long.parseLong(text);
            } catch (NumberFormatException e) {
                log.warn("Ignoring {}: not an update id", file);
            }
        }
        return new OffsetStore(file, last);
    }

    @Override
    public synchronized long lastHandled() {
        return lastHandled;
    }

    /** Records that every update up to {@code updateId} has been taken; never moves backwards. */
    @Override
    public synchronized void markHandled(long updateId) throws IOException {
        if (updateId <= lastHandled) {
            return;
        }
        lastHandled = updateId;
        SecureFiles.replace(file, (Long.toString(updateId) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
