package com.newsbot.bot.cli;

import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.answer.candidates.ReaderTraining;
import com.newsbot.bot.answer.decide.VerdictTraining;
import com.newsbot.bot.eval.AnswerEval;
import com.newsbot.bot.eval.ConversationEval;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;
import com.newsbot.bot.eval.RetrievalEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code newsbot eval FILE}: scores the bot. A {@code .jsonl} file holds questions about the seeds
 * (fields q, all, any, article, unanswerable); a SQuAD-format {@code .json} set is indexed on its own
 * (each paragraph an article) and scored for retrieval (recall@1/5, MRR) and answers.
 */
@Command(name = "eval", description = "Score the bot on a question set: .jsonl about the seeds, or a SQuAD .json set.")
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Option(names = "--retrieval-only", description = "SQuAD sets: score retrieval only (faster)")
    boolean retrievalOnly;

    @Option(names = "--context", description = ".jsonl sets: whether the passages a model would be shown hold the expected strings")
    boolean showContext;

    @Option(names = "--without-latest-word", description = ".jsonl sets: answer a question for the latest of a story from "
            + "the best-read report whatever its date (to measure the latest-word rule)")
    boolean withoutLatestWord;

    @Option(names = "--reader-weights", paramLabel = "FILE|hand", description = "choose with these reader weights "
            + "(a file `newsbot train` wrote, or `hand` for the hand-set ones) instead of the shipped ones (for measuring)")
    String readerWeights;

    @Option(names = "--not-found-weights", paramLabel = "FILE|learned|hand", description = "decide whether the paper "
            + "answers with a learned not-found verdict (a file `newsbot train --not-found` wrote, or `learned` for the "
            + "shipped answer/not-found-weights.txt) instead of the hand-set gates (`hand`, the default), to measure it")
    String notFoundWeights;

    @Option(names = "--folds", description = ".jsonl sets with folds (news-train): right per fold, and the mean over folds")
    boolean folds;

    @Option(names = "--details", paramLabel = "FILE", description = ".jsonl sets: write one JSON line a question "
            + "(answer, first citation) to FILE, conversation sets one a turn, setup turns too; news-train's held-out fold 4 only as right or not")
    Path details;

    @Parameters(paramLabel = "FILE", description = "the question set")
    Path file;

    /** The headlines of the issue of {@code date} (YYYY-MM-DD), or of the latest issue for "latest". */
    private static List<String> headlines(NewsIndex index, String date) {
        try {
            List<Issue> issues = index.issueHeaders();
            for (Issue header : issues) {
                boolean wanted = "latest".equals(date) ? header == issues.get(0)
                        : header.date() != null && header.date().toString().equals(date);
                if (wanted) {
                    return index.issue(header.id()).map(i -> i.articles().stream().map(Article::title).toList())
                            .orElse(List.of());
                }
            }
            return List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads weights from a file: a missing or broken one is bad input. */
    @FunctionalInterface
    private interface WeightsFile {
        void use(Path file) throws java.io.IOException;
    }

    /** Measures with the weights of the file {@code given} ({@code what} they are, for the message). */
    private static void useWeightsFile(String what, String given, WeightsFile weights) throws java.io.IOException {
        Path file = Path.of(given);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(what + " not found: " + file);
        }
        try {
            weights.use(file);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("question set not found: " + file);
        }
        PrintStream out = context.out();
        if ("hand".equals(readerWeights)) {
            ReaderTraining.useHandWeights();
        } else if (readerWeights != null) {
            useWeightsFile("reader weights", readerWeights, ReaderTraining::useWeights);
        }
        if ("hand".equals(notFoundWeights)) {
            VerdictTraining.useHandGates();
        } else if ("learned".equals(notFoundWeights)) {
            VerdictTraining.useShippedModel();
        } else if (notFoundWeights != null) {
            useWeightsFile("not-found weights", notFoundWeights, VerdictTraining::useModel);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") && ConversationEval.isConversationSet(file)) {
            List<ConversationEval.Conversation> conversations = ConversationEval.read(file);
            try (BotServices services = BotServices.open(options, context, !withoutLatestWord)) {
                ConversationHandler conversation = services.conversation();
                NewsIndex index = services.index();
                ConversationEval.Report report = ConversationEval.score(conversations, conversation::ask,
                        date -> headlines(index, date));
                out.println(report);
                if (details != null) {
                    Files.writeString(details, report.details(), java.nio.charset.StandardCharsets.UTF_8);
                }
                return Cli.OK;
            }
        }
        if (name.endsWith(".jsonl")) {
            List<AnswerEval.Case> cases = AnswerEval.readCases(file);
            try (BotServices services = BotServices.open(options, context, !withoutLatestWord)) {
                if (showContext) {
                    out.println(AnswerEval.context(cases, services.answers()::modelContext));
                    return Cli.OK;
                }
                ConversationHandler conversation = services.conversation();
                int[] asked = {0};
                // every question in a conversation of its own, through the same router as a chat
                AnswerEval.Report report = AnswerEval.score(cases, q -> conversation.ask("eval-" + asked[0]++, q));
                out.println(report);
                String direct = report.directAnswers();
                if (!direct.isEmpty()) {
                    out.println(direct);
                }
                if (folds) {
                    out.println(report.perFold());
                }
                if (details != null) {
                    Files.writeString(details, report.details(), java.nio.charset.StandardCharsets.UTF_8);
                }
                return Cli.OK;
            }
        }
        if (name.endsWith(".json")) {
            LogSetup.apply(options.verbose);
            boolean embeddings = CommonOptions.embeddings(context.env());
            out.println(RetrievalEval.run(file, embeddings));
            if (!retrievalOnly) {
                out.println(AnswerEval.squad(file, embeddings));
            }
            return Cli.OK;
        }
        throw new BadInputException("eval takes a .jsonl question set or a SQuAD .json file, not " + file);
    }
}
