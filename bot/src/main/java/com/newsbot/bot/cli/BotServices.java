package com.newsbot.bot.cli;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.model.LlmConfig;
import com.newsbot.bot.chat.Answerer;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.IndexedArticles;
import com.newsbot.bot.chat.IssueSummaries;
import com.newsbot.bot.chat.NewIssues;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.frontend.SeedWatcher;
import com.newsbot.bot.state.BotState;
import com.newsbot.retrieval.Issue;
import com.newsbot.bot.summary.IssueSummarizer;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.NewsIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The application assembled for one command: the up-to-date index, the answerer, the summarizer and
 * the conversation handler over them. Owns them all and closes them in reverse order.
 */
final class BotServices implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BotServices.class);

    private final Path seeds;
    private final NewsIndex index;
    private final AnswerComposer answers;
    private final IssueSummarizer summaries;
    private final Prompts prompts = new Prompts();
    private SeedWatcher seedWatcher;
    private BotState state;
    private NewIssues newIssues;
    private BackgroundIndexing backgroundIndexing;
    private volatile boolean closed;

    private BotServices(Path seeds, NewsIndex index, AnswerComposer answers, IssueSummarizer summaries) {
        this.seeds = seeds;
        this.index = index;
        this.answers = answers;
        this.summaries = summaries;
    }

    /** Opens the index (brought up to date with the seeds) and the answering services configured by the environment. */
    static BotServices open(CommonOptions options, CliContext context) throws IOException {
        return open(options, context, true);
    }

    /** As {@link #open(CommonOptions, CliContext)}, with or without the latest-word rule (for measuring it). */
    static BotServices open(CommonOptions options, CliContext context, boolean latestWord) throws IOException {
        LlmConfig llm = llm(context);
        return assemble(options, context, llm, IndexOpener.openUpToDate(options, context, IndexProgress.NONE), latestWord);
    }

    /**
     * Opens the index as it is and the answering services, and brings the index up to date with the seeds in the
     * background ({@link BackgroundIndexing}), reporting progress to {@code report}: for the chat and the bots,
     * which answer at once from what is already indexed.
     */
    static BotServices openAnsweringAtOnce(CommonOptions options, CliContext context, Consumer<String> report)
            throws IOException {
        LlmConfig llm = llm(context);
        BotServices services = assemble(options, context, llm, IndexOpener.openAsItIs(options, context), true);
        if (!services.index.readOnly()) {
            services.backgroundIndexing = new BackgroundIndexing(services.index, services.seeds, services.prompts, report)
                    .start();
        }
        com.newsbot.bot.answer.Preload.inBackground(); // the tagger's dictionaries and the English glossary, off the first answer
        return services;
    }

    private static LlmConfig llm(CliContext context) {
        try {
            return LlmConfig.fromEnvironment(context.env());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static BotServices assemble(CommonOptions options, CliContext context, LlmConfig llm, NewsIndex index,
                                        boolean latestWord) throws IOException {
        AnswerComposer answers = null;
        try {
            answers = AnswerComposer.of(index, llm, answersDir(options.indexDir(context.env())), latestWord);
            IssueSummarizer summaries = IssueSummarizer.of(index, llm);
            log.info("answering with {}", llm);
            return new BotServices(options.seedsDir(), index, answers, summaries);
        } catch (RuntimeException e) {
            if (answers != null) {
                answers.close();
            }
            index.close();
            throw e;
        }
    }

    /**
     * Starts reading (or loading) what answering needs from the whole paper on a background thread, so that it
     * overlaps the model's loading and the wait for the first question instead of delaying the first answer.
     */
    BotServices prepareAnswers() {
        Thread thread = new Thread(() -> {
            try {
                answers.prepare();
            } catch (RuntimeException e) {
                if (!closed) {
                    log.warn("preparing answers failed; the first question tries again: {}", e.getMessage());
                }
            }
        }, "newsbot-prepare-answers");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Where the answerer saves what it learns by reading the whole paper: a folder beside the index. */
    static Path answersDir(Path indexDir) {
        return indexDir.resolveSibling(indexDir.getFileName() + "-answers");
    }

    NewsIndex index() {
        return index;
    }

    AnswerComposer answers() {
        return answers;
    }

    IssueSummarizer summaries() {
        return summaries;
    }

    Prompts prompts() {
        return prompts;
    }

    /** The background update started by {@link #openAnsweringAtOnce}, if any. */
    Optional<BackgroundIndexing> backgroundIndexing() {
        return Optional.ofNullable(backgroundIndexing);
    }

    /** The conversation over these services; while the index is still being brought up to date, answers say so. */
    ConversationHandler conversation() {
        Answerer answerer = backgroundIndexing == null ? Answerer.of(answers) : backgroundIndexing.noting(Answerer.of(answers));
        return new ConversationHandler(answerer, IssueSummaries.of(summaries::latest, summaries::of),
                new IndexedArticles(index), prompts, index.embeddingModel().orElse(null));
    }

    /**
     * The bot's state database ({@code NEWSBOT_DB}, else {@code newsbot.db} under {@code NEWSBOT_HOME}), opened once.
     * When it cannot be used, the reason and how to recover are printed once and the state is off: answering goes on.
     */
    synchronized BotState state(CliContext context) {
        if (state == null) {
            boolean logQuestions;
            try {
                logQuestions = BotState.questionLogOn(context.env());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            state = openState(context, logQuestions);
            state.problem().ifPresent(problem -> {
                context.err().println("newsbot: " + problem);
                log.info("state features off: {}", problem);
            });
            newIssues = new NewIssues(this::latestIssue, state);
        }
        return state;
    }

    /** The configured state database (a SQLite file, or PostgreSQL); a bad {@code NEWSBOT_DB} is bad input. */
    static BotState openState(CliContext context, boolean logQuestions) {
        try {
            return BotState.openConfigured(context.env(), CommonOptions.cacheHome(context.env()), logQuestions);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The conversation with the question log, votes and subscriptions kept in the state database. */
    RecordedConversation recordedConversation(CliContext context) {
        return new RecordedConversation(conversation(), IssueSummaries.of(summaries::latest, summaries::of), state(context), prompts);
    }

    private Optional<NewIssues.Latest> latestIssue() throws IOException {
        List<Issue> issues = index.issueHeaders();
        return issues.isEmpty() ? Optional.empty() : Optional.of(new NewIssues.Latest(issues.get(0).id(), issues.get(0).date()));
    }

    /**
     * Re-reads the seeds every {@code period} so a long-running bot serves a new issue without a restart, and queues
     * the announcement of each new one ({@link SeedWatcher}: what was indexed at the start is no news).
     */
    synchronized void watchSeeds(Duration period) {
        if (seedWatcher != null) {
            return;
        }
        SeedWatcher.StartupIndexing startup = backgroundIndexing == null ? SeedWatcher.StartupIndexing.NONE : backgroundIndexing::await;
        seedWatcher = new SeedWatcher(this::refreshIndex, newIssues == null ? new NewIssues(this::latestIssue, BotState.off("no state"))
                : newIssues, startup, period).start();
    }

    private void refreshIndex() {
        try {
            if (index.readOnly()) {
                index.refresh(); // the process that holds the index keeps it up to date with the seeds
                return;
            }
            IndexStats stats = index.update(seeds, IndexProgress.NONE);
            if (stats.filesIndexed() > 0 || stats.filesRemoved() > 0) {
                log.info("seeds changed: {} files indexed, {} removed, {} articles", stats.filesIndexed(),
                        stats.filesRemoved(), stats.articles());
            }
            for (String problem : stats.problems()) {
                log.warn("skipped {}", problem);
            }
        } catch (IOException | RuntimeException e) {
            log.error("refreshing the index from {} failed; still serving the previous index", seeds, e);
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (this) {
            if (seedWatcher != null) {
                seedWatcher.close();
            }
        }
        try {
            if (backgroundIndexing != null) {
                backgroundIndexing.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            summaries.close();
            answers.close();
        } finally {
            try {
                index.close();
            } finally {
                synchronized (this) {
                    if (state != null) {
                        state.close();
                    }
                }
            }
        }
    }
}
