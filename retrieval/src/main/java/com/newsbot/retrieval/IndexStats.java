package com.newsbot.retrieval;

import java.time.Duration;
import java.util.List;

/**
 * What one update of the index did.
 *
 * @param problems one line per file that could not be read (the file is named); the rest were indexed
 */
public record IndexStats(int filesSeen, int filesIndexed, int filesUnchanged, int filesRemoved, int articles,
                         int passages, long characters, Duration took, List<String> problems) {
}
