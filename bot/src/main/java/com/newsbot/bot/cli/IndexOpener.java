package com.newsbot.bot.cli;

import com.newsbot.retrieval.ControlCharacters;
import com.newsbot.retrieval.IndexLockedException;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.io.PrintStream;

/**
 * Opens the index for a command and brings it up to date with the seeds, reporting unreadable files on
 * stderr. When another newsbot process holds the index (a running bot), the command answers from the
 * index as that process last wrote it, read-only, and says so on one line.
 */
final class IndexOpener {
    private IndexOpener() {
    }

    static NewsIndex openUpToDate(CommonOptions options, CliContext context, IndexProgress progress) throws IOException {
        var seeds = options.seedsDir();
        NewsIndex index = openAsItIs(options, context);
        if (index.readOnly()) {
            return index;
        }
        try {
            IndexStats stats = index.update(seeds, progress);
            reportProblems(stats, context.err());
            return index;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * Opens the index as it is, not yet brought up to date with the seeds (for a chat or bot that updates it in the
     * background); read-only, with a line saying so, when another newsbot process holds it.
     */
    static NewsIndex openAsItIs(CommonOptions options, CliContext context) throws IOException {
        LogSetup.apply(options.verbose);
        var indexDir = options.indexDir(context.env());
        boolean embeddings = CommonOptions.embeddings(context.env());
        try {
            return NewsIndex.open(indexDir, embeddings);
        } catch (IndexLockedException e) {
            NewsIndex index = NewsIndex.openReadOnly(indexDir, embeddings);
            context.err().println("newsbot: the index at " + indexDir + " is in use by another newsbot process;"
                    + " answering from it as that process last wrote it (not updated from the seeds)");
            return index;
        }
    }

    static void reportProblems(IndexStats stats, PrintStream err) {
        for (String problem : stats.problems()) {
            err.println("newsbot: skipped " + ControlCharacters.oneLine(problem));
        }
    }
}
