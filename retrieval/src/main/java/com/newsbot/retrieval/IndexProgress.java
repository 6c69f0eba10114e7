package com.newsbot.retrieval;

/** Receives progress while indexing (to draw a progress line on a terminal). */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (filesDone, filesTotal, passagesDone, passagesTotal) -> { };

    void update(int filesDone, int filesTotal, int passagesDone, int passagesTotal);
}
