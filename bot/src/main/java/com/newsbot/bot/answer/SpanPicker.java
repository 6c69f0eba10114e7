package com.newsbot.bot.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the clause or sentence that answers a question among retrieved passages. Every window of one
 * to a few adjacent clauses of every sentence is scored by the weighted share of the question's terms
 * it holds (and its sentence holds), whether it holds the kind of answer the question asks for (a
 * number with the asked unit, a date, a person, a place), its length and the passage's retrieval rank.
 */
final class SpanPicker {
    /** Longest answer window, in characters, unless a single clause is longer. */
    static final int MAX_WINDOW = 90;
    /** Hard cap for any quoted answer. */
    static final int MAX_QUOTE = 140;
    private static final String PRONOUN_STARTS = "他她它这此其该";

    /**
     * The chosen window.
     *
     * @param from             offset of the quote in the passage text
     * @param to               end offset of the quote in the passage text
     * @param passageCoverage  weighted share of the question's terms found in the passage and its title
     */
    record Pick(Evidence evidence, int from, int to, double score, double passageCoverage, double windowCoverage,
                boolean typed) {
        String quote() {
            return evidence.text().substring(from, to);
        }
    }

    private final TermWeights weights;

    SpanPicker(TermWeights weights) {
        this.weights = weights;
    }

    /** The coverage of the question's terms in one passage (with its title): the evidence measure. */
    double passageCoverage(Question q, Evidence e) {
        Set<String> present = Texts.terms(e.title() + "\n" + e.text());
        return weights.coverage(q.terms(), present);
    }

    Optional<Pick> best(Question q, List<Evidence> evidences) {
        Pick best = null;
        for (Evidence e : evidences) {
            double passageCov = passageCoverage(q, e);
            String text = e.text();
            for (Texts.Range sentence : Texts.sentences(text)) {
                String sentenceText = text.substring(sentence.start(), sentence.end());
                double sentenceCov = weights.coverage(q.terms(), Texts.terms(sentenceText));
                double sentenceChars = charShare(q, sentenceText);
                List<Texts.Range> clauses = Texts.clauses(text, sentence);
                for (int i = 0; i < clauses.size(); i++) {
                    for (int j = i; j < clauses.size(); j++) {
                        int from = clauses.get(i).start();
                        int to = clauses.get(j).end();
                        if (j > i && to - from > MAX_WINDOW) {
                            break;
                        }
                        Pick pick = score(q, e, from, to, passageCov, sentenceCov, sentenceChars);
                        if (best == null || pick.score() > best.score()) {
                            best = pick;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best).map(this::widen);
    }

    private Pick score(Question q, Evidence e, int from, int to, double passageCov, double sentenceCov,
                       double sentenceChars) {
        String window = e.text().substring(from, to);
        double windowCov = weights.coverage(q.terms(), Texts.terms(window));
        double windowChars = charShare(q, window);
        boolean typed = q.kind().answeredIn(window, q.text());
        double s = 0.45 * windowCov + 0.2 * sentenceCov + 0.15 * windowChars + 0.05 * sentenceChars
                + 0.1 * passageCov + 0.08 / (1 + e.rank());
        if (q.kind().typed()) {
            s += typed ? 0.2 : -0.1;
        }
        if (!q.unit().isEmpty() && typed && holdsNumberWith(window, q.unit())) {
            s += 0.1;
        }
        if (novelChars(q, window) == 0) {
            s -= 0.5;
        }
        int len = to - from;
        s -= 0.002 * Math.max(0, len - 30);
        if (len > MAX_QUOTE) {
            s -= 1;
        }
        return new Pick(e, from, to, s, passageCov, windowCov, typed);
    }

    /** A window that starts with a pronoun takes the clause before it, so the answer names who or what it is about. */
    private Pick widen(Pick pick) {
        String text = pick.evidence().text();
        int from = pick.from();
        if (from > 0 && PRONOUN_STARTS.indexOf(text.charAt(from)) >= 0) {
            int prev = from - 1;
            while (prev > 0 && "，,：:；;".indexOf(text.charAt(prev)) >= 0) {
                prev--;
            }
            int start = prev;
            while (start > 0 && "，,：:；;。！？!?\n".indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            if (start < from && pick.to() - start <= MAX_QUOTE && "。！？!?\n".indexOf(text.charAt(from - 1)) < 0) {
                return new Pick(pick.evidence(), start, pick.to(), pick.score(), pick.passageCoverage(),
                        pick.windowCoverage(), pick.typed());
            }
        }
        return pick;
    }

    private static boolean holdsNumberWith(String window, String unit) {
        return window.matches("(?s).*[0-9零一二两三四五六七八九十百千万亿]+(余|多)?(万|亿)?" + java.util.regex.Pattern.quote(unit) + ".*");
    }

    private static double charShare(Question q, String text) {
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

    private static int novelChars(Question q, String window) {
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
