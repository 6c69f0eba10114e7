package com.newsbot.bot.summary;

import com.newsbot.retrieval.ChineseText;

import com.newsbot.retrieval.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offline summary of one article: its lead and its most central sentence (the one sharing most
 * character pairs with the title and the rest of the article), in article order, kept under
 * {@value #MAX_CHARS} characters; sentences are cut at clause breaks when too long.
 */
final class Digest {
    static final int MAX_CHARS = 120;
    private static final int MIN_SENTENCE = 12;
    /** How much sharing the headline's words counts against being central to the article. */
    private static final double TITLE_WEIGHT = 3.0;
    /** Two sentences that fit say more than one. */
    private static final double PAIR_BONUS = 0.2;
    private static final String STOPS = ChineseText.SENTENCE_ENDS;
    private static final String CLAUSE_STOPS = "，,：:；;";

    private Digest() {
    }

    static String of(Article article) {
        String text = article.text();
        List<int[]> sentences = sentences(text);
        if (sentences.isEmpty()) {
            return clip(text.strip(), MAX_CHARS);
        }
        Map<String, Integer> articleTf = new HashMap<>();
        List<Set<String>> sentenceTerms = new ArrayList<>();
        for (int[] s : sentences) {
            Set<String> terms = pairs(text.substring(s[0], s[1]));
            sentenceTerms.add(terms);
            for (String t : terms) {
                articleTf.merge(t, 1, Integer::sum);
            }
        }
        Set<String> titleTerms = pairs(article.title() + article.subtitle());
        int n = sentences.size();
        double[] central = new double[n];
        double maxCentral = 1e-9;
        for (int i = 0; i < n; i++) {
            int len = sentences.get(i)[1] - sentences.get(i)[0];
            double shared = 0;
            for (String t : sentenceTerms.get(i)) {
                shared += Math.log(articleTf.getOrDefault(t, 1));
            }
            central[i] = shared / Math.sqrt(Math.max(20, len));
            maxCentral = Math.max(maxCentral, central[i]);
        }
        int lead = -1;
        for (int i = 0; i < n && lead < 0; i++) {
            if (usable(text, sentences.get(i))) {
                lead = i;
            }
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (!usable(text, sentences.get(i))) {
                continue;
            }
            String single = sentence(text, sentences.get(i));
            if (single.length() <= MAX_CHARS) {
                double score = TITLE_WEIGHT * titleShare(titleTerms, sentenceTerms.get(i)) + central[i] / maxCentral;
                if (score > bestScore) {
                    bestScore = score;
                    best = single;
                }
            }
            if (lead >= 0 && i != lead) {
                int first = Math.min(lead, i);
                int second = Math.max(lead, i);
                String pair = sentence(text, sentences.get(first)) + sentence(text, sentences.get(second));
                if (pair.length() <= MAX_CHARS) {
                    Set<String> both = new HashSet<>(sentenceTerms.get(lead));
                    both.addAll(sentenceTerms.get(i));
                    double score = TITLE_WEIGHT * titleShare(titleTerms, both)
                            + (central[lead] + central[i]) / (2 * maxCentral) + PAIR_BONUS;
                    if (score > bestScore) {
                        bestScore = score;
                        best = pair;
                    }
                }
            }
        }
        if (best != null) {
            return best;
        }
        int top = lead < 0 ? 0 : lead;
        for (int i = 0; i < n; i++) {
            if (usable(text, sentences.get(i)) && central[i] > central[top]) {
                top = i;
            }
        }
        return clip(sentence(text, sentences.get(top)), MAX_CHARS);
    }

    private static boolean usable(String text, int[] range) {
        return range[1] - range[0] >= MIN_SENTENCE && text.charAt(range[0]) != '“';
    }

    private static double titleShare(Set<String> title, Set<String> terms) {
        if (title.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String t : title) {
            if (terms.contains(t)) {
                hit++;
            }
        }
        return (double) hit / title.size();
    }

    private static String sentence(String text, int[] range) {
        return text.substring(range[0], range[1]).strip();
    }

    /** {@code s} cut at the last clause break that keeps it within {@code max} characters, ending in 。 */
    static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = -1;
        for (int i = 0; i < max; i++) {
            if (CLAUSE_STOPS.indexOf(s.charAt(i)) >= 0 || STOPS.indexOf(s.charAt(i)) >= 0) {
                cut = i;
            }
        }
        if (cut < MIN_SENTENCE / 2) {
            return s.substring(0, max - 1) + "…";
        }
        return s.substring(0, cut) + "。";
    }

    private static List<int[]> sentences(String text) {
        return ChineseText.sentences(text).stream().map(span -> new int[] {span.start(), span.end()}).toList();
    }

    /** Adjacent pairs of Chinese characters and letters/digits, no pair across punctuation ({@link ChineseText#pairs}). */
    static Set<String> pairs(String text) {
        return ChineseText.pairs(text);
    }
}
