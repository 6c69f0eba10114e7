package com.newsbot.retrieval;

/** Receives progress while indexing (to draw a progress line on a terminal). */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (filesDone, filesTotal, passagesDone, passagesTotal) -> { };

    /**
     * @param filesDone     files written or skipped (unchanged, unreadable) so far
     * @param filesTotal    files in the seeds folder
     * @param passagesDone  passages written so far
     * @param passagesTotal passages of the issues read so far (an update writes issues as it reads them, so the total
     *                      of the whole update is known only at its end)
     */
    void update(int filesDone, int filesTotal, int passagesDone, int passagesTotal);

    /**
     * Whether searches should see what the update wrote so far, before it commits: for an update in the background
     * of a chat that already answers. Off by default (showing costs the writer smaller segments and merges).
     */
    default boolean searchWhileWriting() {
        return false;
    }
}
