package com.newsbot.retrieval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The index is in use by another process (Lucene's write lock is held), or was opened
 * {@link NewsIndex#openReadOnly read-only}: it can be searched but not updated here.
 */
public final class IndexLockedException extends IOException {
    private final Path indexDir;

    public IndexLockedException(Path indexDir, String message, Throwable cause) {
        super(message, cause);
        this.indexDir = indexDir;
    }

    /** The index folder that is locked. */
    public Path indexDir() {
        return indexDir;
    }
}
