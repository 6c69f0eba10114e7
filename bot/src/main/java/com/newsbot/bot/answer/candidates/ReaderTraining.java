package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.learn.ConditionalLogit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Learning the reader's weights ({@link UnitFeatures}) from labelled questions: each question is read as an answer
 * reads it, every unit of every article read is a candidate, the units that hold the gold answer in the gold article
 * are the right ones, and a {@link ConditionalLogit} fits the weights that choose them. {@code newsbot train} drives it.
 */
public final class ReaderTraining {
    /**
     * L2 penalty per unit of group weight on the scaled features. Measured by cross-validation (2026-12-07, 30
     * features, news-train and news-dev, each fold read with the weights fit without it, English aside): 0.0001 gave
     * 178 of 294 right, 0.001 179, 0.01 179; the figures in docs/answer-quality.md are with this one.
     */
    static final double L2 = 0.001;
    /** Full-batch Adam steps: set, not tuned (on news-train, news-dev and CMRC trial the loss went 2.84 → 1.08 with it). */
    static final int ITERATIONS = 400;

    /** Whether a unit (its article's id, headline, issue date and simplified text) holds the gold answer. */
    @FunctionalInterface
    public interface Gold {
        boolean answers(String articleId, String title, LocalDate date, String unitText);
    }

    /** One labelled question: where it comes from (a set's name), its fold (-1: none), its text and its gold answer. */
    public record Example(String source, int fold, String question, Gold gold) {
    }

    /** The candidates read so far, each question's with its source and fold. */
    public static final class Data {
        private final List<ConditionalLogit.Group> groups = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final List<Integer> folds = new ArrayList<>();
        private final Map<String, int[]> read = new LinkedHashMap<>();

        /** Reads {@code e} with {@code composer} (over the paper its question is about) and keeps its candidates. */
        public void add(AnswerComposer composer, Example e) {
            AnswerComposer.Read r = composer.readOnItsOwn(e.question());
            List<double[]> x = new ArrayList<>();
            List<Boolean> positive = new ArrayList<>();
            for (ArticleReader.Reading reading : r.readings()) {
                List<double[]> features = r.reader().featuresOfEveryUnit(r.asked(), reading);
                for (int i = 0; i < features.size(); i++) {
                    x.add(features.get(i));
                    positive.add(e.gold().answers(reading.article().id(), reading.article().title(), reading.date(),
                            reading.units().get(i).text()));
                }
            }
            boolean[] labels = new boolean[positive.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = positive.get(i);
            }
            ConditionalLogit.Group g = new ConditionalLogit.Group(x.toArray(new double[0][]), labels, 1);
            int[] counts = read.computeIfAbsent(e.source(), k -> new int[2]);
            counts[0]++;
            if (g.usable()) {
                counts[1]++;
                groups.add(g);
                sources.add(e.source());
                folds.add(e.fold());
            }
        }

        /** Per source: questions read, and those with a right unit among wrong ones (the ones that teach). */
        public Map<String, int[]> counts() {
            return read;
        }

        /**
         * Fits the weights on every question but those of {@code heldOutFold} (-1: none held out), each source weighing
         * the same in all (a source's questions share its weight), from the hand weights.
         */
        public Fitted fit(int heldOutFold) {
            Map<String, Integer> perSource = new LinkedHashMap<>();
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                if (heldOutFold >= 0 && folds.get(i) == heldOutFold) {
                    continue;
                }
                kept.add(i);
                perSource.merge(sources.get(i), 1, Integer::sum);
            }
            List<ConditionalLogit.Group> training = new ArrayList<>();
            for (int i : kept) {
                ConditionalLogit.Group g = groups.get(i);
                training.add(new ConditionalLogit.Group(g.x(), g.positive(), 1.0 / perSource.get(sources.get(i))));
            }
            double[] start = new double[UnitFeatures.SIZE];
            for (int k = 0; k < start.length; k++) {
                start[k] = UnitFeatures.HAND.get(k);
            }
            ConditionalLogit.Fit fit = new ConditionalLogit(UnitFeatures.SIZE, L2, ITERATIONS).fit(training, start);
            return new Fitted(new UnitFeatures.Weights(fit.weights()), fit.lossBefore(), fit.lossAfter(), fit.groups(),
                    Map.copyOf(perSource), heldOutFold);
        }

        /**
         * How the weights of {@code f} choose on the questions of its held-out fold: {right, questions}, the questions
         * that teach whose best-scored unit holds the gold answer. The reader's own measure of a fold it was not fit on.
         */
        public int[] heldOutChoice(Fitted f) {
            int right = 0;
            int asked = 0;
            for (int i = 0; i < groups.size(); i++) {
                if (f.heldOutFold() < 0 || folds.get(i) != f.heldOutFold()) {
                    continue;
                }
                ConditionalLogit.Group g = groups.get(i);
                int best = 0;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < g.x().length; c++) {
                    double s = f.weights().score(g.x()[c]);
                    if (s > bestScore) {
                        bestScore = s;
                        best = c;
                    }
                }
                asked++;
                right += g.positive()[best] ? 1 : 0;
            }
            return new int[]{right, asked};
        }
    }

    /** Fitted weights and how the fit went. */
    public record Fitted(UnitFeatures.Weights weights, double lossBefore, double lossAfter, int groups,
                         Map<String, Integer> perSource, int heldOutFold) {
        /** The weights file: a header saying how it was made, then "name value" lines. */
        public String file(String command) {
            StringBuilder out = new StringBuilder();
            out.append("# The reader's weights (UnitFeatures), learned by ReaderTraining: a conditional logit over every unit of\n");
            out.append("# the articles read for a question, the units holding the gold answer in the gold article being right.\n");
            out.append("# Made by: ").append(command).append('\n');
            out.append("# Data: ").append(new java.util.TreeMap<>(perSource)).append(" questions that teach (each source weighs the same)");
            out.append(heldOutFold >= 0 ? ", news-train fold " + heldOutFold + " held out" : "").append('\n');
            out.append(String.format(Locale.ROOT, "# Loss (mean negative log-likelihood + L2 %.4f): %.4f with the hand weights, %.4f learned; %d steps%n",
                    L2, lossBefore, lossAfter, ITERATIONS));
            out.append(weights.format());
            return out.toString();
        }
    }

    private ReaderTraining() {
    }

    /** From now on, readers in this process choose with the weights of {@code file} (for measuring other weights). */
    public static void useWeights(Path file) throws IOException {
        UnitFeatures.use(UnitFeatures.parse(Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8), file.toString()));
    }

    /** From now on, readers choose with the hand-set weights (for measuring the learned ones against them). */
    public static void useHandWeights() {
        UnitFeatures.use(UnitFeatures.HAND);
    }

    /**
     * A news question's gold: every {@code all} string and one of {@code any} in the unit, in an article whose headline
     * holds {@code article} (when given) from the issue of {@code date} (when given).
     */
    public static Gold newsGold(List<String> all, List<String> any, String article, String date) {
        return (id, title, issueDate, text) -> (article.isEmpty() || title.contains(article))
                && (date.isEmpty() || (issueDate != null && issueDate.toString().equals(date)))
                && all.stream().allMatch(text::contains)
                && (any.isEmpty() || any.stream().anyMatch(text::contains))
                && !(all.isEmpty() && any.isEmpty());
    }

    /** A SQuAD question's gold: one of the gold answer texts in a unit of the gold article. */
    public static Gold squadGold(String articleId, Set<String> answers) {
        return (id, title, issueDate, text) -> id.equals(articleId)
                && answers.stream().anyMatch(a -> text.contains(com.newsbot.retrieval.ChineseScript.toSimplified(a)));
    }
}
