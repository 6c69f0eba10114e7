package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.language.Synonyms;

import java.util.List;

/**
 * How each unit of one article (headline and sentences) holds each of the question's words, read once per article, and
 * how rare each word is among those units. Rarity is BM25's inverse document frequency with the article's units as the
 * documents (Robertson and Zaragoza, "The Probabilistic Relevance Framework", 2009): a word most units hold says which
 * article, a word one unit holds says which sentence.
 */
final class WordHits {
    /** A unit holds a word for counting when it matches at least this well ({@link UnitCues#match}). */
    static final double HOLDS = 0.6;
    /** {@code match[unit][word]}. */
    private final double[][] match;
    /** {@code bySynonym[unit][word]}: the unit does not hold the word, but a synonym of it ({@link Synonyms}). */
    private final boolean[][] bySynonym;
    private final double[] rarity;

    private WordHits(double[][] match, boolean[][] bySynonym, double[] rarity) {
        this.match = match;
        this.bySynonym = bySynonym;
        this.rarity = rarity;
    }

    static WordHits of(List<String> words, List<ArticleReader.Unit> units) {
        double[][] match = new double[units.size()][words.size()];
        boolean[][] bySynonym = new boolean[units.size()][words.size()];
        Synonyms synonyms = Synonyms.cilin();
        int[] holding = new int[words.size()];
        for (int i = 0; i < units.size(); i++) {
            String text = units.get(i).text();
            for (int k = 0; k < words.size(); k++) {
                match[i][k] = UnitCues.match(text, words.get(k));
                if (match[i][k] >= HOLDS) {
                    holding[k]++;
                } else {
                    bySynonym[i][k] = synonyms.heldIn(text, words.get(k));
                }
            }
        }
        double n = units.size();
        double[] rarity = new double[words.size()];
        for (int k = 0; k < words.size(); k++) {
            rarity[k] = Math.log(1 + (n - holding[k] + 0.5) / (holding[k] + 0.5));
        }
        return new WordHits(match, bySynonym, rarity);
    }

    /** How well unit {@code unit} holds word {@code word} (indexes into the lists it was read from). */
    double match(int unit, int word) {
        return match[unit][word];
    }

    /** Whether unit {@code unit} lacks word {@code word} but holds a synonym of it. */
    boolean bySynonym(int unit, int word) {
        return bySynonym[unit][word];
    }

    /** How rare word {@code word} is among the article's units: more than 0, higher when fewer hold it. */
    double rarity(int word) {
        return rarity[word];
    }
}
