package com.newsbot.bot.cli;

import com.newsbot.bot.answer.candidates.ReaderTraining;
import com.newsbot.bot.answer.decide.VerdictTraining;
import com.newsbot.bot.eval.TrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code newsbot train FILE…}: learns the reader's weights from labelled questions — shared-format {@code .jsonl} sets
 * about the paper in {@code --seeds}, and SQuAD {@code .json} sets (CMRC 2018, DRCD) over papers of their own — and
 * writes them where the bot reads them. news-train's fold 4 is never read (it is the honest estimate), unless
 * {@code --cv} asks for the 5-fold cross-validation weights, which hold out each fold in turn.
 */
@Command(name = "train", description = "Learn the reader's weights from labelled question sets and write them.")
final class TrainCommand implements Callable<Integer> {
    /** Where the bot reads its weights from, in a checkout. */
    static final String SHIPPED = "bot/src/main/resources/answer/reader-weights.txt";

    @ParentCommand
    NewsbotCommand parent;

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".jsonl sets about --seeds, SQuAD .json sets")
    List<Path> files;

    @Option(names = "--out", description = "the weights file to write (default: " + SHIPPED + ")")
    Path out = Path.of(SHIPPED);

    @Option(names = "--cv", paramLabel = "DIR", description = "also write fold-K.txt for K = 0..4, each fit without "
            + "news-train's fold K (reads fold 4 for training, never shows it), for `eval --reader-weights`")
    Path cv;

    @Option(names = "--not-found", description = "learn whether the paper answers at all (the not-found verdict) "
            + "instead of the reader's weights; writes " + SHIPPED_VERDICT + " unless --out says otherwise")
    boolean notFound;

    /** Where the bot reads its not-found verdict from, in a checkout. */
    static final String SHIPPED_VERDICT = "bot/src/main/resources/answer/not-found-weights.txt";

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context;
        PrintStream print = context.out();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new BadInputException("question set not found: " + f);
            }
        }
        if (notFound) {
            return trainVerdict(context, print);
        }
        ReaderTraining.Data data = new ReaderTraining.Data();
        Set<Integer> skip = cv == null ? Set.of(4) : Set.of();
        try (BotServices services = BotServices.open(options, context)) {
            for (Path f : files) {
                if (f.toString().endsWith(".jsonl")) {
                    TrainingData.addNews(data, services.answers(), f, skip);
                }
            }
        }
        for (Path f : files) {
            if (f.toString().endsWith(".json")) {
                TrainingData.addSquad(data, f, CommonOptions.embeddings(context.env()));
            }
        }
        data.counts().forEach((source, n) -> print.printf(Locale.ROOT, "%s: %d questions read, %d teach%n", source, n[0], n[1]));
        String command = "newsbot train " + String.join(" ", files.stream().map(p -> p.getFileName().toString()).toList())
                + " (--seeds " + options.seedsDir().getFileName() + ")";
        ReaderTraining.Fitted fitted = data.fit(4);
        write(out, fitted.file(command));
        print.printf(Locale.ROOT, "wrote %s: loss %.4f (hand weights) -> %.4f%n", out, fitted.lossBefore(), fitted.lossAfter());
        if (cv != null) {
            Files.createDirectories(cv);
            for (int k = 0; k <= 4; k++) {
                ReaderTraining.Fitted f = data.fit(k);
                write(cv.resolve("fold-" + k + ".txt"), f.file(command + " --cv, fold " + k + " held out"));
                int[] chosen = data.heldOutChoice(f);
                print.printf(Locale.ROOT, "wrote %s: loss %.4f -> %.4f; fold %d held out: best unit right for %d of %d questions that teach%n",
                        cv.resolve("fold-" + k + ".txt"), f.lossBefore(), f.lossAfter(), k, chosen[0], chosen[1]);
            }
        }
        return Cli.OK;
    }

    private int trainVerdict(CliContext context, PrintStream print) throws Exception {
        Path target = out.equals(Path.of(SHIPPED)) ? Path.of(SHIPPED_VERDICT) : out;
        VerdictTraining.answerEveryCandidate();
        VerdictTraining.Data data = new VerdictTraining.Data();
        Set<Integer> skip = cv == null ? Set.of(4) : Set.of();
        try (BotServices services = BotServices.open(options, context)) {
            for (Path f : files) {
                if (f.toString().endsWith(".jsonl")) {
                    TrainingData.addVerdicts(data, services.answers(), f, skip);
                }
            }
        }
        for (Path f : files) {
            if (f.toString().endsWith(".json")) {
                TrainingData.addSquadVerdicts(data, f, CommonOptions.embeddings(context.env()));
            }
        }
        data.counts().forEach((source, n) -> print.printf(Locale.ROOT,
                "%s: %d asked, %d covered but wrong (left out), %d right, %d not covered%n", source, n[0], n[1], n[2], n[3]));
        String command = "newsbot train --not-found " + String.join(" ", files.stream().map(p -> p.getFileName().toString()).toList())
                + " (--seeds " + options.seedsDir().getFileName() + ")";
        VerdictTraining.ThresholdChoice choice = data.chooseThreshold("news-train");
        write(target, data.file(choice, 4, command));
        print.printf(Locale.ROOT, "wrote %s: threshold %.2f%n", target, choice.threshold());
        if (cv != null) {
            Files.createDirectories(cv);
            write(cv.resolve("verdict-rows.tsv"), data.table());
            for (int k = 0; k <= 4; k++) {
                write(cv.resolve("verdict-fold-" + k + ".txt"), data.file(choice, k, command + " --cv"));
                print.printf(Locale.ROOT, "wrote %s%n", cv.resolve("verdict-fold-" + k + ".txt"));
            }
        }
        return Cli.OK;
    }

    private static void write(Path file, String text) throws java.io.IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
