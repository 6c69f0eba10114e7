package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.question.Question;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.bot.answer.retrieve.TermWeights;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The question's terms, words and characters as the {@link SpanPicker} weighs them inside one passage: a term of the
 * article's title, or one many of its sentences hold, tells the passage apart but hardly the sentence; a term a
 * follow-up carried from the turn before earns less. Stateless.
 */
final class PickerTerms {
    private PickerTerms() {
    }

    /**
     * Question terms (or words, or characters) weighted for choosing a sentence: what each earns when present, against
     * the total of their full weights.
     */
    record Local<K>(Map<K, Double> credit, double total) {
        static <K> Local<K> of(Map<K, Double> weights, java.util.function.Predicate<K> carried) {
            Map<K, Double> credit = new HashMap<>();
            double total = 0;
            for (Map.Entry<K, Double> e : weights.entrySet()) {
                total += e.getValue();
                credit.put(e.getKey(), carried.test(e.getKey()) ? SpanPicker.CARRIED_CREDIT * e.getValue() : e.getValue());
            }
            return new Local<>(credit, total);
        }

        double share(java.util.function.Predicate<K> present) {
            double hit = 0;
            for (Map.Entry<K, Double> e : credit.entrySet()) {
                if (present.test(e.getKey())) {
                    hit += e.getValue();
                }
            }
            return total == 0 ? 0 : hit / total;
        }
    }

    /**
     * Question terms weighted for choosing a sentence inside one passage: a term of the article's title, or
     * one many of the passage's sentences hold, tells the passage apart but not the sentence.
     */
    static Map<String, Double> localWeights(TermWeights weights, Question q, Evidence e, List<Texts.Range> sentences) {
        Map<String, Double> local = new HashMap<>();
        Set<String> titleTerms = Texts.terms(e.title());
        List<Set<String>> perSentence = new java.util.ArrayList<>(sentences.size());
        for (Texts.Range s : sentences) {
            perSentence.add(Texts.terms(e.text().substring(s.start(), s.end())));
        }
        for (String t : q.terms()) {
            int inSentences = 0;
            for (Set<String> sentenceTerms : perSentence) {
                if (sentenceTerms.contains(t)) {
                    inSentences++;
                }
            }
            double w = weights.weight(t) / Math.sqrt(Math.max(1, inSentences));
            if (titleTerms.contains(t)) {
                w *= SpanPicker.TITLE_TERM_FACTOR;
            }
            local.put(t, w);
        }
        return local;
    }

    static <K> boolean anyHolds(List<Set<K>> parts, K key) {
        for (Set<K> part : parts) {
            if (part.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Question words weighted by rarity, a word of the article's title counting little. */
    static Map<String, Double> localWords(TermWeights weights, Question q, Evidence e) {
        Map<String, Double> out = new HashMap<>();
        for (String w : q.words()) {
            out.put(w, weights.wordWeight(w) * (e.title().contains(w) ? SpanPicker.TITLE_TERM_FACTOR : 1.0));
        }
        return out;
    }


    /** Question characters weighted like terms: one in the article's title counts little for choosing a sentence. */
    static Map<Character, Double> localChars(Question q, Evidence e) {
        Map<Character, Double> out = new HashMap<>();
        for (Character c : q.chars()) {
            out.put(c, e.title().indexOf(c) >= 0 ? SpanPicker.TITLE_TERM_FACTOR : 1.0);
        }
        return out;
    }

    static double charShare(Question q, String text) {
        if (q.chars().isEmpty()) {
            return 0;
        }
        Set<Character> present = Texts.chars(text);
        int hit = 0;
        for (Character c : q.chars()) {
            if (present.contains(c)) {
                hit++;
            }
        }
        return (double) hit / q.chars().size();
    }

    static int novelChars(Question q, String window) {
        int novel = 0;
        for (int i = 0; i < window.length(); i++) {
            char c = window.charAt(i);
            if (Texts.isWordChar(c) && q.text().indexOf(c) < 0) {
                novel++;
            }
        }
        return novel;
    }
}
