package com.newsbot.bot.cli;

import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.io.PrintStream;

/** Opens the index for a command and brings it up to date with the seeds, reporting unreadable files on stderr. */
final class IndexOpener {
    private IndexOpener() {
    }

    static NewsIndex openUpToDate(CommonOptions options, CliContext context, IndexProgress progress) throws IOException {
        LogSetup.apply(options.verbose);
        var seeds = options.seedsDir();
        NewsIndex index = NewsIndex.open(options.indexDir(context.env()), CommonOptions.embeddings(context.env()));
        try {
            IndexStats stats = index.update(seeds, progress);
            reportProblems(stats, context.err());
            return index;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    static void reportProblems(IndexStats stats, PrintStream err) {
        for (String problem : stats.problems()) {
            err.println("newsbot: skipped " + problem);
        }
    }
}
