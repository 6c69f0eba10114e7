package com.newsbot.bot.answer.decide;

import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.language.Lexicon;
import com.newsbot.bot.answer.learn.NamedNumbers;
import com.newsbot.bot.answer.question.Asked;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the paper answers a question at all, as a calibrated probability: a logistic model over what the decide stage
 * knows of its candidate answer (how close the article read is in words and meaning, how well its sentence reads, what
 * is asked and whether it is there, whether the picker's clause or the reader's sentence answers), fit by
 * {@link VerdictTraining} on questions whose candidate was right against questions the paper does not cover, with one
 * threshold chosen on news-train folds 0-3. The model and its threshold are {@code answer/not-found-weights.txt}.
 *
 * <p>When in use ({@link #use}), it decides in place of the hand-set subject gates of {@link ReadingAnswers#refusal}
 * (the least cosine and share of the question's words) when the paper has embeddings (its features were measured with
 * them), and may refuse the picker's clause too; without embeddings, or by default ({@link #mode}), those gates decide.
 * What is asked and missing (a number, a year, the asked noun) still refuses by itself: there is nothing to weigh.
 */
final class NotFoundVerdict {
    static final List<String> NAMES = List.of("bias", "picker", "dense", "topic", "score", "margin", "typed",
            "typed_hit", "focus_missing", "pick_support", "pick_dense", "subject_doubted", "top_dense", "same_article");
    static final int SIZE = NAMES.size();
    /** The name of the threshold's line in the model file. */
    private static final String THRESHOLD = "threshold";

    private static final String RESOURCE = "/answer/not-found-weights.txt";
    /** The learned model (null until read), or what {@link #use} set. */
    private static volatile Model model;
    /**
     * How the decide stage settles "not covered" in this process: the hand-set gates by default, because the learned
     * model, measured on 2026-12-07, is no better on the news sets (183 of 300 held out, as the gates) and worse on
     * DRCD dev (gold answers 81.9 -> 80.7 %, uncovered answered 197 -> 205 of 1,775) and CMRC trial (81.6 -> 81.0 %);
     * {@code eval --not-found-weights learned|FILE} measures it.
     */
    private static volatile Mode mode = Mode.HAND;
    /** Where the verdicts taken on this thread put their features while {@link #observe} watches (training only). */
    private static final ThreadLocal<double[][]> observed = new ThreadLocal<>();

    enum Mode {
        /** The learned model decides. */
        LEARNED,
        /** The hand-set gates decide (the default). */
        HAND,
        /** Every candidate answers, its features observed (for training). */
        CANDIDATES
    }

    private NotFoundVerdict() {
    }

    /** Weights over {@link #NAMES} and the least probability of answering that answers. */
    record Model(double[] w, double threshold) {
        Model {
            if (w.length != SIZE) {
                throw new IllegalArgumentException(w.length + " weights for " + SIZE + " features");
            }
            w = w.clone();
        }

        /** The probability that the candidate answers rightly rather than the paper not covering the question. */
        double probability(double[] x) {
            double z = 0;
            for (int i = 0; i < SIZE; i++) {
                z += w[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }

        String format() {
            StringBuilder out = new StringBuilder();
            out.append(THRESHOLD).append(' ').append(String.format(Locale.ROOT, "%.2f", threshold)).append('\n');
            for (int i = 0; i < SIZE; i++) {
                out.append(NAMES.get(i)).append(' ').append(String.format(Locale.ROOT, "%.6f", w[i])).append('\n');
            }
            return out.toString();
        }

        /** A model from "name value" lines ({@code #} lines are comments): {@code threshold}, and every feature once. */
        static Model parse(List<String> lines, String name) {
            List<String> known = new ArrayList<>(NAMES);
            known.add(THRESHOLD);
            Map<String, Double> values = NamedNumbers.parse(lines, known, name);
            double[] w = NamedNumbers.each(values, NAMES, name);
            if (!values.containsKey(THRESHOLD)) {
                throw new IllegalArgumentException(name + ": no threshold");
            }
            return new Model(w, values.get(THRESHOLD));
        }
    }

    static Mode mode() {
        return mode;
    }

    /** The model in use: the shipped one, read once from the classpath, unless {@link #use} set another. */
    static Model model() {
        Model m = model;
        if (m == null) {
            m = Model.parse(Lexicon.entries(RESOURCE), RESOURCE);
            model = m;
        }
        return m;
    }

    /** From now on the verdict is {@code m}'s (for measuring other weights than the shipped ones). */
    static void use(Model m) {
        model = java.util.Objects.requireNonNull(m, "model");
        mode = Mode.LEARNED;
    }

    /** From now on the hand-set gates decide (the default). */
    static void useHandGates() {
        mode = Mode.HAND;
    }

    /** From now on every candidate answers and its features are observed (for training the model). */
    static void answerEveryCandidate() {
        mode = Mode.CANDIDATES;
    }

    /** Whether the candidate with features {@code x} answers; records {@code x} when {@link #observe} watches. */
    static boolean answers(double[] x) {
        double[][] box = observed.get();
        if (box != null) {
            box[0] = x.clone();
        }
        return mode == Mode.CANDIDATES || model().probability(x) >= model().threshold();
    }

    /**
     * Runs {@code ask} and gives the features of the verdict it took on this thread, or null when it took none (a
     * question answered another way: the whole issue, a byline, an ordinal, nothing read).
     */
    static double[] observe(Runnable ask) {
        double[][] box = new double[1][];
        observed.set(box);
        try {
            ask.run();
            return box[0];
        } finally {
            observed.remove();
        }
    }

    /**
     * The features of a candidate answer: {@code chosen} is the reading the reader would answer from, {@code byPicker}
     * whether the picker's clause is the candidate.
     */
    static double[] features(Asked asked, OfflineDecision d, ArticleReader.Reading chosen, boolean byPicker) {
        double[] x = new double[SIZE];
        x[0] = 1;
        x[1] = byPicker ? 1 : 0;
        x[2] = chosen.evidence().denseScore();
        x[3] = chosen.topic();
        x[4] = chosen.score();
        double next = Double.NaN;
        double topDense = x[2];
        for (ArticleReader.Reading r : d.readings()) {
            topDense = Math.max(topDense, r.evidence().denseScore());
            if (r != chosen && (Double.isNaN(next) || r.score() > next)) {
                next = r.score();
            }
        }
        x[5] = Double.isNaN(next) ? 0 : chosen.score() - next;
        x[6] = asked.typed() ? 1 : 0;
        x[7] = asked.typed() && chosen.typedHit() ? 1 : 0;
        x[8] = !asked.focus().isEmpty() && !chosen.focusInArticle() ? 1 : 0;
        x[9] = d.pick().map(SpanPicker.Pick::support).orElse(0.0);
        x[10] = d.pick().map(p -> p.evidence().denseScore()).orElse(0.0);
        x[11] = d.doubtedOnItsSubject().isPresent() ? 1 : 0;
        x[12] = topDense;
        x[13] = d.pick().map(p -> p.evidence().articleId().equals(chosen.article().id())).orElse(false) ? 1 : 0;
        return x;
    }

    /** Names and values of {@code x}, for the debug log. */
    static String describe(double[] x) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            out.add(NAMES.get(i) + "=" + String.format(Locale.ROOT, "%.3f", x[i]));
        }
        return String.join(" ", out);
    }
}
