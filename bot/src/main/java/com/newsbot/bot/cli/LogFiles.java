package com.newsbot.bot.cli;

import com.newsbot.bot.SecureFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Prepares the log folder before Logback opens it (so it must not log itself): the folder owner-only, the log file
 * created owner-only ({@code 0600}); Logback appends to it and rolls it inside the private folder. The folder is the
 * one {@code logback.xml} names: {@code $NEWSBOT_LOG_DIR}, else {@code ~/.cache/newsbot/logs}.
 */
public final class LogFiles {
    static final String FILE_NAME = "newsbot.log";

    private LogFiles() {
    }

    /** The log folder for this environment. */
    static Path logDir(Map<String, String> env) {
        String dir = env.get("NEWSBOT_LOG_DIR");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "newsbot", "logs");
    }

    /**
     * Creates the log folder and file owner-only when missing.
     *
     * @return null when ready (or when it cannot be prepared and Logback is left to report it), else one line
     *         saying why the folder is refused (another user owns it)
     */
    public static String prepare(Map<String, String> env) {
        Path dir = logDir(env);
        try {
            SecureFiles.createOwnerOnly(dir.resolve(FILE_NAME));
            return null;
        } catch (SecureFiles.ForeignFolderException e) {
            return e.getMessage();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
