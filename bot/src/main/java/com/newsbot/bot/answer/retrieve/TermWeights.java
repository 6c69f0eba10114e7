package com.newsbot.bot.answer.retrieve;

import com.newsbot.bot.answer.language.Texts;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How rare each term is across the paper (inverse document frequency over articles): a term every
 * article holds says little about where an answer is; a term no article holds is the centre of a
 * question the paper does not cover.
 */
public final class TermWeights {
    public static final TermWeights UNIFORM = new TermWeights(Map.of(), 0);

    private static final double SINGLE_CHAR_WEIGHT = 0.3;

    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private TermWeights(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    static TermWeights of(Collection<String> documents) {
        Counter counter = new Counter();
        documents.forEach(counter::add);
        return counter.weights();
    }

    /** Weights from counts made before: {@code documentFrequency} of each term over {@code documents} articles. */
    static TermWeights of(Map<String, Integer> documentFrequency, int documents) {
        return new TermWeights(java.util.Collections.unmodifiableMap(new HashMap<>(documentFrequency)), documents);
    }

    /** In how many articles each term is (unmodifiable). */
    public Map<String, Integer> documentFrequencies() {
        return documentFrequency;
    }

    /** Counts document frequencies one document at a time, so that a large paper never has to be in memory at once. */
    static final class Counter {
        private final Map<String, Integer> df = new HashMap<>();
        private int documents;

        void add(String document) {
            for (String term : Texts.terms(document)) {
                df.merge(term, 1, Integer::sum);
            }
            documents++;
        }

        TermWeights weights() {
            return new TermWeights(java.util.Collections.unmodifiableMap(df), documents);
        }
    }

    /** The weight of one term: higher for rarer terms, never below a floor so common terms still count a little. */
    public double weight(String term) {
        if (documents == 0) {
            return 1.0;
        }
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.max(0.25, Math.log(1.0 + (documents + 1.0) / (df + 0.5)));
    }

    /** How rare a term is, 0..1: 1 for a term no article holds, near 0 for one every article holds. */
    public double rarity(String term) {
        if (documents == 0) {
            return 1.0;
        }
        return weight(term) / Math.log(1.0 + (documents + 1.0) / 0.5);
    }

    /** The weighted share of {@code wanted} that {@code present} holds, 0 when nothing is wanted. */
    public double coverage(Set<String> wanted, Set<String> present) {
        double total = 0;
        double hit = 0;
        for (String t : wanted) {
            double w = weight(t);
            total += w;
            if (present.contains(t)) {
                hit += w;
            }
        }
        return total == 0 ? 0 : hit / total;
    }

    /**
     * The weight of a word: as rare as its rarest-known character pair suggests (a word is in no more
     * articles than its least frequent pair); a single character counts little.
     */
    public double wordWeight(String word) {
        java.util.Set<String> pairs = Texts.terms(word);
        if (pairs.isEmpty() || (word.length() == 1 && Texts.isCjk(word.charAt(0)))) {
            return SINGLE_CHAR_WEIGHT * weight(word);
        }
        double w = 0;
        for (String p : pairs) {
            w = Math.max(w, weight(p));
        }
        return w;
    }

    /** The weighted share of {@code words} that {@code text} holds (ASCII compared without case). */
    public double wordCoverage(java.util.List<String> words, String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        double total = 0;
        double hit = 0;
        for (String word : words) {
            double w = wordWeight(word);
            total += w;
            if (Texts.holdsWord(lower, word.toLowerCase(java.util.Locale.ROOT))) {
                hit += w;
            }
        }
        return total == 0 ? 0 : hit / total;
    }

    int documents() {
        return documents;
    }
}
