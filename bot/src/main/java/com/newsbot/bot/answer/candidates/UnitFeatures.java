package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.language.Lexicon;
import com.newsbot.bot.answer.language.Synonyms;
import com.newsbot.bot.answer.learn.NamedNumbers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the reader sees of one unit (a headline or a sentence) of an article it reads for a question, as numbers, and
 * the weights that turn them into a score. {@link #HAND} holds the weights set by hand before they were learned
 * (kept for measuring); {@link #learned()} the weights {@code newsbot train} fit on labelled questions
 * ({@code answer/reader-weights.txt}, which says how it was made).
 */
final class UnitFeatures {
    static final int LEX = 0;
    static final int WITH_UNIT = 1;
    static final int TYPED_NOT_UNIT = 2;
    static final int TYPED = 3;
    static final int UNTIL = 4;
    static final int CAUSE = 5;
    static final int REASON_CUE = 6;
    static final int MANNER = 7;
    static final int FOCUS = 8;
    static final int TOUCHES = 9;
    static final int NEAR = 10;
    static final int LEAD = 11;
    static final int HEADLINE_YESNO = 12;
    static final int LISTS = 13;
    static final int PEOPLE = 14;
    static final int ASKS = 15;
    static final int ECHOES = 16;
    static final int LONG = 17;
    static final int HEADLINE = 18;
    /**
     * Meaning, from the passages retrieval embedded (bge-small-zh): 1 when the unit lies in its article's passage
     * closest to the question, and how far the closest passage holding it falls behind that one (0 or less).
     */
    static final int PASSAGE_BEST = 19;
    static final int PASSAGE_GAP = 20;
    /**
     * The question's words the unit holds, each weighed by how rare it is among its article's units ({@link WordHits}):
     * a word every sentence of the story repeats says which article, not which sentence.
     */
    static final int LEX_RARE = 21;
    /**
     * The question's words the headline lacks that the unit holds, weighed as {@link #LEX_RARE}, as a share of all the
     * words the headline lacks: the detail a question asks beyond the story's main fact is told in a sentence of its
     * own. 0 for the headline, and when the headline holds every word.
     */
    static final int BEYOND_HEADLINE = 22;
    /** {@link #BEYOND_HEADLINE} of a yes/no question (whether the detail holds is told where the detail is). */
    static final int BEYOND_HEADLINE_YESNO = 23;
    /**
     * The question's words the unit lacks but says in other words (a synonym, {@link Synonyms}), weighed as
     * {@link #LEX_RARE}, as a share of all its words: readers seldom use the paper's words.
     */
    static final int LEX_SYNONYM = 24;
    /** Features of a unit (its text, and where it lies in its article): the first {@value}. */
    static final int UNIT_SIZE = 25;
    /** The article's: the share of the question's words it holds, 1/(1 + its rank in retrieval), retrieval's cosine. */
    static final int TOPIC = 25;
    static final int PRIOR = 26;
    static final int DENSE = 27;
    /**
     * Whether the article's issue is of the day the question names or the day after (a paper reports a day's news that
     * day or the next): 0 when the question names no day or the article has no date.
     */
    static final int DATED = 28;
    static final int SIZE = 29;

    /** The features' names, in index order: the weights file names each. */
    static final List<String> NAMES = List.of("lex", "with_unit", "typed_not_unit", "typed", "until", "cause",
            "reason_cue", "manner", "focus", "touches", "near", "lead", "headline_yesno", "lists", "people", "asks",
            "echoes", "long", "headline", "passage_best", "passage_gap", "lex_rare", "beyond_headline", "beyond_headline_yesno", "lex_synonym",
            "article_topic", "article_prior", "article_dense",
            "article_dated");

    /**
     * The weights set by hand (the reader of stop 17), for measuring against the learned ones: a unit scored by the first
     * nineteen (the passages' meaning came later: 0), an article by 0.45 topic + 0.35 its best unit + 0.2 prior (here divided by 0.35, the same order).
     */
    static final Weights HAND = new Weights(new double[]{0.55, 0.35, 0.1, 0.3, 0.1, 0.3, 0.15, 0.1, 0.1, 0.3, 0.05,
            0.05, 0.2, 0.2, 0.05, -0.3, -0.3, -0.001, 0, 0, 0, 0, 0, 0, 0, 0.45 / 0.35, 0.2 / 0.35, 0, 0});

    private static final String RESOURCE = "/answer/reader-weights.txt";
    private static volatile Weights learned;

    private UnitFeatures() {
    }

    /** A weight per feature: a unit's score is their sum over its features. */
    record Weights(double[] w) {
        Weights {
            if (w.length != SIZE) {
                throw new IllegalArgumentException(w.length + " weights for " + SIZE + " features");
            }
            w = w.clone();
        }

        /** A unit's score from its own features (the first {@link #UNIT_SIZE} of {@code x}). */
        double unitScore(double[] x) {
            return sumOfFirst(UNIT_SIZE, x);
        }

        /**
         * The most the unit score of {@code untagged} can be once its names are tagged: each feature tagging could change
         * ({@code open}: {feature, least, most}) at its best for these weights.
         */
        double tagged(double[] untagged, List<int[]> open) {
            double s = unitScore(untagged);
            for (int[] f : open) {
                s += Math.max(w[f[0]] * f[1], w[f[0]] * f[2]) - w[f[0]] * untagged[f[0]];
            }
            return s;
        }

        /** A unit's whole score from all its features, its article's included (as {@link ReaderTraining} reads them). */
        double score(double[] x) {
            return sumOfFirst(SIZE, x);
        }

        /** The weighted sum of the first {@code n} features of {@code x}. */
        private double sumOfFirst(int n, double[] x) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += w[i] * x[i];
            }
            return s;
        }

        /** What an article adds to the score of each of its units. */
        double articleScore(double topic, double prior, double dense, double dated) {
            return w[TOPIC] * topic + w[PRIOR] * prior + w[DENSE] * dense + w[DATED] * dated;
        }

        double get(int i) {
            return w[i];
        }

        /** The same weights with the meaning features ({@link #PASSAGE_BEST}, {@link #PASSAGE_GAP}) weighed so. */
        Weights withMeaning(double best, double gap) {
            double[] out = w.clone();
            out[PASSAGE_BEST] = best;
            out[PASSAGE_GAP] = gap;
            return new Weights(out);
        }

        /** The weights as the resource file writes them: "name value" a line. */
        String format() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < SIZE; i++) {
                out.append(NAMES.get(i)).append(' ').append(String.format(Locale.ROOT, "%.6f", w[i])).append('\n');
            }
            return out.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Weights other && Arrays.equals(w, other.w);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(w);
        }
    }

    /** The learned weights, read once from the classpath. */
    static Weights learned() {
        Weights w = learned;
        if (w == null) {
            w = read(RESOURCE);
            learned = w;
        }
        return w;
    }

    /** Readers from now on choose with {@code w} (for measuring other weights than the shipped ones). */
    static void use(Weights w) {
        learned = java.util.Objects.requireNonNull(w, "weights");
    }

    /** Weights from a resource of "name value" lines ({@code #} lines are comments); every feature must be named once. */
    static Weights read(String resource) {
        return parse(Lexicon.entries(resource), resource);
    }

    /** Weights from "name value" lines ({@code #} lines are comments) of {@code name}; every feature must be named once. */
    static Weights parse(List<String> lines, String name) {
        return new Weights(NamedNumbers.each(NamedNumbers.parse(lines, NAMES, name), NAMES, name));
    }
}
