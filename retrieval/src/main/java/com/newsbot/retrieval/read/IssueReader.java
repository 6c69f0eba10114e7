package com.newsbot.retrieval.read;

import com.newsbot.retrieval.Issue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The front door of reading: turns files in the seeds directory into clean issues.
 * Raw newspaper text ({@code .txt}) and structured Markdown ({@code .md}); an optional sidecar
 * {@code NAME.properties} supplies metadata.
 */
public final class IssueReader {

    /** The issue files in {@code seedsDir} (sorted by name; sidecars and unknown extensions left out). */
    public List<Path> list(Path seedsDir) throws IOException {
        throw new UnsupportedOperationException("reader not built yet");
    }

    /** Reads one file (and its sidecar, if any). */
    public Issue read(Path file) throws UnreadableIssueException {
        throw new UnsupportedOperationException("reader not built yet");
    }
}
