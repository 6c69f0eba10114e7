package com.newsbot.bot.cli;

import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.NewsIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newsbot index}: brings the index up to date with the seeds, with progress and one stats line. */
@Command(name = "index", description = "(Re)build the search index from the seeds, incrementally.")
final class IndexCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        LogSetup.apply(options.verbose);
        Path seeds = options.seedsDir();
        Path indexDir = options.indexDir(context.env());
        boolean embeddings = CommonOptions.embeddings(context.env());
        ProgressLine progress = new ProgressLine(context.err(), System.console() != null);
        try (NewsIndex index = NewsIndex.open(indexDir, embeddings)) {
            IndexStats stats = index.update(seeds, progress);
            progress.finish();
            IndexOpener.reportProblems(stats, context.err());
            PrintStream out = context.out();
            double seconds = stats.took().toMillis() / 1000.0;
            out.printf("indexed %d of %d files (%d unchanged, %d removed, %d unreadable): %d articles, %d passages, "
                            + "%d characters in %.2f s%s; index %s%n",
                    stats.filesIndexed(), stats.filesSeen(), stats.filesUnchanged(), stats.filesRemoved(),
                    stats.problems().size(), stats.articles(), stats.passages(), stats.characters(), seconds,
                    embeddings ? " with embeddings" : " without embeddings", indexDir);
            try {
                AnswerComposer.saveWhatAnsweringNeeds(index, BotServices.answersDir(indexDir));
            } catch (RuntimeException e) {
                context.err().println("newsbot: could not prepare the term counts for answering (the first answer will): "
                        + e.getMessage());
            }
            return stats.problems().isEmpty() || stats.filesSeen() > stats.problems().size() ? Cli.OK : Cli.BAD_INPUT;
        }
    }

    /** A progress line redrawn in place on a terminal: files, passages and the estimated time left. */
    static final class ProgressLine implements IndexProgress {
        private final PrintStream err;
        private final boolean terminal;
        private final long startNanos = System.nanoTime();
        private long lastDrawNanos;
        private boolean drawn;

        ProgressLine(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void update(int filesDone, int filesTotal, int passagesDone, int passagesTotal) {
            long now = System.nanoTime();
            if (!terminal || now - lastDrawNanos < 200_000_000L && filesDone < filesTotal) {
                return;
            }
            lastDrawNanos = now;
            double elapsed = (now - startNanos) / 1e9;
            String left = "";
            if (filesDone > 0 && filesTotal > filesDone) {
                left = String.format(" · about %.0f s left", elapsed * (filesTotal - filesDone) / filesDone);
            }
            TerminalSafeStream.printOwn(err, String.format("\rindexing: %d/%d files · %d passages%s   ", filesDone,
                    filesTotal, passagesDone, left));
            drawn = true;
        }

        void finish() {
            if (drawn) {
                TerminalSafeStream.printOwn(err, "\r\033[K");
            }
        }
    }
}
