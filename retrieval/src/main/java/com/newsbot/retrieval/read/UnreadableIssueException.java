package com.newsbot.retrieval.read;

import com.newsbot.retrieval.ControlCharacters;

import java.nio.file.Path;

/** A seeds file that cannot be read as an issue; {@link #getMessage()} is one clear line naming the file and why. */
public final class UnreadableIssueException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public UnreadableIssueException(Path file, String reason) {
        super(ControlCharacters.oneLine(file + ": " + reason));
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
