package com.newsbot.bot.telegram;

import com.newsbot.bot.state.StateException;
import com.newsbot.bot.state.UpdateOffsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The last handled update in the state database (source {@code telegram:<bot id>}), kept in memory too so that
 * skipping handled updates never waits for the disk. A bot upgraded from the file store starts from the file's id.
 */
final class DatabaseOffsets implements HandledUpdates {
    private static final Logger log = LoggerFactory.getLogger(DatabaseOffsets.class);

    private final UpdateOffsets offsets;
    private final String source;
    private long lastHandled;

    private DatabaseOffsets(UpdateOffsets offsets, String source, long lastHandled) {
        this.offsets = offsets;
        this.source = source;
        this.lastHandled = lastHandled;
    }

    /** Opens the offset of bot {@code botId}; an older file store in {@code stateDir} is imported once. */
    static DatabaseOffsets open(UpdateOffsets offsets, long botId, Path stateDir) throws IOException {
        String source = "telegram:" + botId;
        try {
            long last = offsets.lastHandled(source);
            if (last == 0 && Files.exists(stateDir.resolve(OffsetStore.FILE_NAME))) {
                long fromFile = OffsetStore.open(stateDir).lastHandled();
                if (fromFile > 0) {
                    offsets.markHandled(source, fromFile);
                    last = fromFile;
                    log.info("Moved the last handled Telegram update ({}) from {} into the state database", fromFile,
                            stateDir.resolve(OffsetStore.FILE_NAME));
                }
            }
            return new DatabaseOffsets(offsets, source, last);
        } catch (StateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized long lastHandled() {
        return lastHandled;
    }

    @Override
    public synchronized void markHandled(long updateId) throws IOException {
        if (updateId <= lastHandled) {
            return;
        }
        lastHandled = updateId;
        try {
            offsets.markHandled(source, updateId);
        } catch (StateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
