package com.newsbot.retrieval.read;

import java.nio.file.Path;
import java.util.Locale;

/** Which files in the seeds directory are issues, and in which format. */
final class IssueFiles {
    enum Format { RAW_TEXT, MARKDOWN }

    private IssueFiles() {
    }

    /** The format of an issue file, or null when the file is not an issue (hidden, sidecar, other extension). */
    static Format formatOf(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return null;
        }
        String name = fileName.toString();
        if (name.startsWith(".")) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") && lower.length() > 4) {
            return Format.RAW_TEXT;
        }
        if (lower.endsWith(".md") && lower.length() > 3) {
            return Format.MARKDOWN;
        }
        if (lower.endsWith(".markdown") && lower.length() > 9) {
            return Format.MARKDOWN;
        }
        return null;
    }

    /** The file name without its last extension: {@code 000_x.txt} → {@code 000_x}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
