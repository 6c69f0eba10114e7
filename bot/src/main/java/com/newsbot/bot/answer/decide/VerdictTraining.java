package com.newsbot.bot.answer.decide;

import com.newsbot.bot.answer.learn.ConditionalLogit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Learning {@link NotFoundVerdict}: every labelled question is answered with the verdict answering every candidate,
 * and its candidate's features are kept with what answering it is worth — a right answer to a covered question
 * (answering is right), or a question the paper does not cover (refusing is right). A covered question whose candidate
 * is wrong is left out: answering or refusing, it is wrong. A logistic fit of "answers rightly" against "not covered"
 * answers when the first is the likelier; the threshold is chosen as the one right most often, news-train folds 0-3
 * each judged by the model fit without it and the other sets beside them ({@link Data#chooseThreshold}).
 */
public final class VerdictTraining {
    /** L2 penalty per unit of example weight on the scaled features: set, not tuned (the value the reader's fit uses). */
    static final double L2 = 0.001;
    /** Full-batch Adam steps: set, not tuned. */
    static final int ITERATIONS = 400;
    /** The thresholds tried, from the least to the most. */
    static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};

    private VerdictTraining() {
    }

    /** From now on, in this process, every candidate answers and its features are observed. */
    public static void answerEveryCandidate() {
        NotFoundVerdict.answerEveryCandidate();
    }

    /** From now on the verdict is the model of {@code file}. */
    public static void useModel(Path file) throws IOException {
        NotFoundVerdict.use(NotFoundVerdict.Model.parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString()));
    }

    /** From now on the shipped model ({@code answer/not-found-weights.txt}) decides. */
    public static void useShippedModel() {
        NotFoundVerdict.use(NotFoundVerdict.model());
    }

    /** From now on the hand-set gates decide (the default). */
    public static void useHandGates() {
        NotFoundVerdict.useHandGates();
    }

    /** One candidate: its features, whether answering it is right, its source and fold (-1: none). */
    record Row(double[] x, boolean answers, String source, int fold) {
    }

    /** The candidates observed so far. */
    public static final class Data {
        private final List<Row> rows = new ArrayList<>();
        private final Map<String, int[]> counts = new TreeMap<>();

        /**
         * Answers {@code question} through {@code ask} and keeps its candidate, labelled by {@code right} (whether the
         * answer is right) and {@code covered} (false: the paper does not cover it); a covered question whose candidate
         * is wrong, or one answered without a verdict, is only counted.
         */
        public void add(String source, int fold, boolean covered, Runnable ask, java.util.function.BooleanSupplier right) {
            double[] x = NotFoundVerdict.observe(ask);
            int[] c = counts.computeIfAbsent(source, k -> new int[4]);
            c[0]++;
            if (x == null) {
                return;
            }
            if (covered && !right.getAsBoolean()) {
                c[1]++;
                return;
            }
            rows.add(new Row(x, covered, source, fold));
            c[covered ? 2 : 3]++;
        }

        /** The rows as tab-separated text (source, fold, answers, then the features by {@link NotFoundVerdict#NAMES}). */
        public String table() {
            StringBuilder out = new StringBuilder("source\tfold\tanswers\t" + String.join("\t", NotFoundVerdict.NAMES) + "\n");
            for (Row r : rows) {
                out.append(r.source()).append('\t').append(r.fold()).append('\t').append(r.answers() ? 1 : 0);
                for (double v : r.x()) {
                    out.append('\t').append(String.format(Locale.ROOT, "%.5f", v));
                }
                out.append('\n');
            }
            return out.toString();
        }

        /** Per source: questions asked, covered but wrong (left out), covered and right, not covered. */
        public Map<String, int[]> counts() {
            return counts;
        }

        /** The model fit on every row but those of {@code heldOutFold} (-1: none), each source weighing the same. */
        NotFoundVerdict.Model fit(int heldOutFold, double threshold, double[] loss) {
            Predicate<Row> kept = r -> heldOutFold < 0 || r.fold() != heldOutFold;
            Map<String, Integer> perSource = new LinkedHashMap<>();
            rows.stream().filter(kept).forEach(r -> perSource.merge(r.source(), 1, Integer::sum));
            List<ConditionalLogit.Group> groups = new ArrayList<>();
            for (Row r : rows) {
                if (kept.test(r)) { // a logistic model as a choice between answering (x) and refusing (nothing)
                    groups.add(new ConditionalLogit.Group(new double[][]{r.x(), new double[NotFoundVerdict.SIZE]},
                            new boolean[]{r.answers(), !r.answers()}, 1.0 / perSource.get(r.source())));
                }
            }
            ConditionalLogit.Fit fit = new ConditionalLogit(NotFoundVerdict.SIZE, L2, ITERATIONS)
                    .fit(groups, new double[NotFoundVerdict.SIZE]);
            if (loss != null) {
                loss[0] = fit.lossBefore();
                loss[1] = fit.lossAfter();
            }
            return new NotFoundVerdict.Model(fit.weights(), threshold);
        }

        /**
         * Right per threshold of {@link #THRESHOLDS} on news-train folds 0-3, each fold's rows judged by the model fit
         * without that fold: rows answering rightly and answered, plus rows not covered and refused.
         */
        int[] rightPerThreshold(String newsTrain) {
            int[] right = new int[THRESHOLDS.length];
            for (int fold = 0; fold <= 3; fold++) {
                NotFoundVerdict.Model m = fit(fold, 0.5, null);
                for (Row r : rows) {
                    if (r.fold() == fold && r.source().equals(newsTrain)) {
                        countRight(right, m.probability(r.x()), r.answers());
                    }
                }
            }
            return right;
        }

        /**
         * The threshold of {@link #THRESHOLDS} whose share of right decisions, summed over the sources (each weighing the
         * same, as in the fit), is the highest: news-train folds 0-3 each judged by the model fit without it, the other
         * sets (news-dev, CMRC) by the model fit without fold 4. Folds 0-3 alone hold 16 or so uncovered questions with
         * a candidate: a lead of a few covered ones there picks the least threshold and answers a hundred more of
         * CMRC's uncovered questions.
         */
        public ThresholdChoice chooseThreshold(String newsTrain) {
            int[] right = rightPerThreshold(newsTrain);
            Map<String, int[]> other = new TreeMap<>();
            Map<String, Integer> size = new TreeMap<>();
            NotFoundVerdict.Model m = fit(4, 0.5, null);
            for (Row r : rows) {
                if (r.fold() < 0) {
                    countRight(other.computeIfAbsent(r.source(), k -> new int[THRESHOLDS.length]), m.probability(r.x()),
                            r.answers());
                    size.merge(r.source(), 1, Integer::sum);
                }
            }
            long newsRows = rows.stream().filter(r -> r.source().equals(newsTrain) && r.fold() >= 0 && r.fold() <= 3).count();
            double[] share = new double[THRESHOLDS.length];
            int best = 0;
            for (int t = 0; t < THRESHOLDS.length; t++) {
                share[t] = (double) right[t] / Math.max(1, newsRows);
                for (Map.Entry<String, int[]> e : other.entrySet()) {
                    share[t] += (double) e.getValue()[t] / size.get(e.getKey());
                }
                if (share[t] > share[best]) {
                    best = t;
                }
            }
            return new ThresholdChoice(THRESHOLDS[best], right, other, share);
        }

        /**
         * The model file fit on all rows but those of news-train's fold {@code heldOut} (4 for the shipped one), with the
         * threshold {@code choice} chose, and a header that says how it was made and chosen.
         */
        public String file(ThresholdChoice choice, int heldOut, String command) {
            double[] loss = new double[2];
            NotFoundVerdict.Model m = fit(heldOut, choice.threshold(), loss);
            StringBuilder out = new StringBuilder();
            out.append("# Whether the paper answers a question (NotFoundVerdict), learned by VerdictTraining: a logistic model of\n");
            out.append("# \"the candidate answer is right\" against \"the paper does not cover the question\".\n");
            out.append("# Made by: ").append(command).append('\n');
            out.append("# Data (asked, covered but wrong and left out, right, not covered): ");
            counts.forEach((s, c) -> out.append(String.format(Locale.ROOT, "%s %d/%d/%d/%d; ", s, c[0], c[1], c[2], c[3])));
            out.append("news-train fold ").append(heldOut).append(" held out.\n");
            out.append(String.format(Locale.ROOT, "# Loss (mean negative log-likelihood + L2 %.4f): %.4f at zero, %.4f learned; %d steps.%n",
                    L2, loss[0], loss[1], ITERATIONS));
            out.append("# Threshold chosen on news-train folds 0-3, each judged by the model fit without it: right of their");
            out.append(" candidates per threshold:\n");
            perThreshold(out, t -> Integer.toString(choice.foldRight()[t]));
            choice.otherRight().forEach((source, right) -> {
                out.append("# ").append(source).append(", by the model fit without fold 4:\n");
                perThreshold(out, t -> Integer.toString(right[t]));
            });
            out.append("# Shares right summed over the sources (the threshold is the highest):\n");
            perThreshold(out, t -> String.format(Locale.ROOT, "%.3f", choice.shares()[t]));
            out.append(m.format());
            return out.toString();
        }
    }

    /**
     * The threshold chosen, and what it was chosen by: right per threshold on news-train folds 0-3 held out in turn,
     * on each set without folds, and the summed shares right.
     */
    public record ThresholdChoice(double threshold, int[] foldRight, Map<String, int[]> otherRight, double[] shares) {
    }

    /** Adds to {@code right}, per threshold, whether deciding by {@code p} is right for a row that {@code answers} or not. */
    private static void countRight(int[] right, double p, boolean answers) {
        for (int t = 0; t < THRESHOLDS.length; t++) {
            right[t] += (p >= THRESHOLDS[t]) == answers ? 1 : 0;
        }
    }

    /** A comment line of " threshold:value" for every threshold of {@link #THRESHOLDS}. */
    private static void perThreshold(StringBuilder out, java.util.function.IntFunction<String> value) {
        out.append('#');
        for (int t = 0; t < THRESHOLDS.length; t++) {
            out.append(String.format(Locale.ROOT, " %.2f:", THRESHOLDS[t])).append(value.apply(t));
        }
        out.append('\n');
    }
}
