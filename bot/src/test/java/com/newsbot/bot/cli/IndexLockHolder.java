package com.newsbot.bot.cli;

import com.newsbot.retrieval.NewsIndex;

import java.nio.file.Path;

/**
 * Another newsbot process using an index, for the lock tests: {@code IndexLockHolder INDEX_DIR} opens
 * the index (taking Lucene's write lock), prints {@code holding}, and keeps it until stdin closes.
 */
final class IndexLockHolder {
    private IndexLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (NewsIndex index = NewsIndex.open(Path.of(args[0]), false)) {
            System.out.println("holding " + index.issues().size());
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to close our stdin
            }
        }
    }
}
