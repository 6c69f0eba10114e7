package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.question.Question;
import com.newsbot.bot.answer.question.QuestionKind;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.bot.answer.retrieve.TermWeights;
import com.newsbot.retrieval.ChineseScript;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the sentence or clause that answers a question among retrieved passages. Every window of one
 * to a few adjacent clauses of every sentence is scored by the weighted share of the question's terms
 * it holds (and its sentence holds), whether it holds the kind of answer the question asks for (a
 * number with the asked unit, a date, a person, a place, a name before the asked noun), its length and
 * the passage's retrieval rank. The answer is the best window's sentence when that is short, else the
 * window grown by the clauses after it.
 */
public final class SpanPicker {
    /** Longest scored window, in characters, unless a single clause is longer. */
    static final int MAX_WINDOW = 90;
    /**
     * A sentence up to this long is quoted whole; a longer one is cut to the answering clauses. Measured on CMRC
     * (lexical, with {@link #SHORT_QUOTE} 60): 100 / 110 / 120 gave gold-in-answer 79.2 / 79.6 / 80.3 %, longest answer
     * 142 characters for each.
     */
    public static final int MAX_QUOTE = 120;
    /** Longest quote once a pronoun's antecedent clause or sentence is added. */
    public static final int MAX_WIDENED = 140;
    /**
     * What a follow-up carries from earlier turns (他们是谁？ after 上汽在职的全国劳模有几位？) found the article; inside it a
     * carried term earns this share of its weight when a sentence holds it, yet counts fully in the total, so the
     * sentence is picked by what the follow-up itself asks (its kind of answer, its own words).
     */
    static final double CARRIED_CREDIT = 0.3;
    /** A question term that is in the article's title picks the article, hardly the sentence. */
    static final double TITLE_TERM_FACTOR = 0.1;
    /** Share of a window's term coverage taken from whole question words (the rest from character pairs); measured on CMRC. */
    private static final double WORD_SHARE = 0.6;
    private static final Pattern DEFINITION = Pattern.compile("^什么是|是什么[？?]?$|指什么|是指什么|是什么意思");
    private static final double HEAD_BONUS = 0.15;
    /** A quoted name right before the asked noun (“安心码”应用) is the strongest sign of an entity answer. */
    private static final double QUOTED_HEAD_BONUS = 0.15;
    /**
     * A window that holds the asked noun only after a restatement of the question (“…比赛”应用 asked as 比赛用的是哪个应用)
     * echoes the question rather than answering it.
     */
    private static final double ECHO_PENALTY = 0.2;
    /**
     * An entity question whose best window does not name the asked noun takes the best window of the same passage that
     * does with a quoted name (“安心码”应用), when it scores at most this much lower. CMRC (lexical) 0.15 / 0.3 / 0.5:
     * gold-in-answer 80.2 % each.
     */
    private static final double NAMED_MARGIN = 0.3;
    /**
     * Retrieval's first article is almost always the right one (recall@1 0.986 on CMRC, lexical): its sentences get
     * this much, so a sentence elsewhere that shares more words with the question does not take the citation. Measured
     * on CMRC (lexical): 0.15 / 0.3 / 0.5 / 1.0 gave gold-in-answer 77.8 / 78.2 / 78.1 / 78.1 %.
     */
    static final double TOP_ARTICLE_BONUS = 0.3;
    /** Longest quote made of a sentence and its neighbour. */
    static final int MAX_PAIR = 120;
    /**
     * A quote up to this long answering an untyped question takes the sentence after it. CMRC (lexical, {@link #MAX_QUOTE}
     * 120): 40 / 50 / 60 gave 79.4 / 79.9 / 80.3 %, median answer 61 / 65 / 67 characters.
     */
    static final int SHORT_QUOTE = 60;
    /** Openings that point back to the sentence before. */
    static final Pattern BACK_REFERENCE = Pattern.compile(
            "^(所以|因此|因而|于是|故而|从而|此后|其后|随后|之后|然后|后来|赛后|会后|事后|在此|此时|当时|同时|对此|为此|这样|这些|这个|这种|这是|这)");
    static final String PRONOUN_STARTS = "他她它这此其该";
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\d{1,2}\\s?月\\s?\\d{1,2}\\s?[日号]|[一二三四五六七八九十]+月[一二三四五六七八九十]+[日号]");

    /**
     * The chosen quote and what the evidence gate needs to know about it.
     *
     * @param from            offset of the quote in the passage text
     * @param to              end offset of the quote in the passage text
     * @param passageCoverage weighted share of the question's terms found in the passage and its title
     * @param anchor          rarity (0..1) of the rarest question term the passage holds
     * @param typed           whether the scored window holds the kind of answer the question asks for
     * @param wordCoverage    weighted share of the question's words found in the passage and its title
     */
    public record Pick(Evidence evidence, int from, int to, double score, double passageCoverage, double anchor,
                boolean typed, double wordCoverage) {
        public String quote() {
            return evidence.text().substring(from, to);
        }

        /** How well the passage covers the question: the mean of its pair coverage and its word coverage. */
        public double support() {
            return (passageCoverage + wordCoverage) / 2;
        }

        Pick withScore(double newScore) {
            return new Pick(evidence, from, to, newScore, passageCoverage, anchor, typed, wordCoverage);
        }

        Pick withEvidence(Evidence same) {
            return new Pick(same, from, to, score, passageCoverage, anchor, typed, wordCoverage);
        }

        Pick withRange(int newFrom, int newTo) {
            return new Pick(evidence, newFrom, newTo, score, passageCoverage, anchor, typed, wordCoverage);
        }
    }

    private final TermWeights weights;

    public SpanPicker(TermWeights weights) {
        this.weights = weights;
    }

    /** The coverage of the question's terms in one passage (with its title): the evidence measure. */
    double passageCoverage(Question q, Evidence e) {
        return weights.coverage(q.terms(), Texts.terms(ChineseScript.toSimplified(e.title() + "\n" + e.text())));
    }

    /**
     * The best clause among {@code evidences} for {@code q}, compared in simplified characters (the question is read so)
     * and quoted from the original passage.
     */
    public Optional<Pick> best(Question q, List<Evidence> evidences) {
        List<Evidence> simplified = new java.util.ArrayList<>(evidences.size());
        Map<Evidence, Evidence> original = new java.util.IdentityHashMap<>();
        for (Evidence e : evidences) {
            Evidence s = e.simplified();
            simplified.add(s);
            original.put(s, e);
        }
        return bestSimplified(q, simplified).map(p -> p.withEvidence(original.get(p.evidence())));
    }

    private Optional<Pick> bestSimplified(Question q, List<Evidence> evidences) {
        Set<String> ownTerms = Texts.terms(q.own());
        Set<Character> ownChars = Texts.chars(q.own());
        Pick best = null;
        Texts.Range bestSentence = null;
        Pick bestNamed = null;
        Texts.Range bestNamedSentence = null;
        String topArticle = evidences.isEmpty() ? "" : evidences.get(0).articleId();
        for (Evidence e : evidences) {
            double articleBonus = e.articleId().equals(topArticle) ? TOP_ARTICLE_BONUS : 0;
            Set<String> passageTerms = Texts.terms(e.title() + "\n" + e.text());
            double passageCov = weights.coverage(q.terms(), passageTerms);
            double anchor = 0;
            for (String t : q.terms()) {
                if (passageTerms.contains(t)) {
                    anchor = Math.max(anchor, weights.rarity(t));
                }
            }
            String text = e.text();
            List<Texts.Range> sentences = Texts.sentences(text);
            PickerTerms.Local<String> local = PickerTerms.Local.of(PickerTerms.localWeights(weights, q, e, sentences), t -> !ownTerms.contains(t));
            PickerTerms.Local<Character> localChars = PickerTerms.Local.of(PickerTerms.localChars(q, e), c -> !ownChars.contains(c));
            PickerTerms.Local<String> localWords = PickerTerms.Local.of(PickerTerms.localWords(weights, q, e), w -> !q.own().contains(w));
            for (Texts.Range sentence : sentences) {
                String sentenceText = text.substring(sentence.start(), sentence.end());
                Set<String> sentenceTerms = Texts.terms(sentenceText);
                double sentenceCov = local.share(sentenceTerms::contains);
                double sentenceChars = PickerTerms.charShare(q, sentenceText);
                List<Texts.Range> clauses = Texts.clauses(text, sentence);
                List<Set<String>> clauseTerms = new java.util.ArrayList<>(clauses.size());
                List<Set<Character>> clauseChars = new java.util.ArrayList<>(clauses.size());
                for (Texts.Range c : clauses) {
                    String clauseText = text.substring(c.start(), c.end());
                    clauseTerms.add(Texts.terms(clauseText));
                    clauseChars.add(Texts.chars(clauseText));
                }
                for (int i = 0; i < clauses.size(); i++) {
                    for (int j = i; j < clauses.size(); j++) {
                        int from = clauses.get(i).start();
                        int to = clauses.get(j).end();
                        if (j > i && to - from > MAX_WINDOW) {
                            break;
                        }
                        List<Set<String>> windowTerms = clauseTerms.subList(i, j + 1);
                        List<Set<Character>> windowCharSets = clauseChars.subList(i, j + 1);
                        String windowText = text.substring(from, to);
                        double windowCov = (1 - WORD_SHARE) * local.share(t -> PickerTerms.anyHolds(windowTerms, t))
                                + WORD_SHARE * localWords.share(w -> Texts.holdsWord(windowText, w));
                        double windowChars = localChars.share(c -> PickerTerms.anyHolds(windowCharSets, c));
                        Pick pick = score(q, e, from, to, windowCov, windowChars, passageCov, anchor, sentenceCov,
                                sentenceChars);
                        pick = pick.withScore(pick.score() + articleBonus);
                        if (e.start() == 0 && sentence.start() == 0) {
                            pick = pick.withScore(pick.score() + (definitional(q, e) ? 0.15 : 0));
                        }
                        if (best == null || pick.score() > best.score()) {
                            best = pick;
                            bestSentence = sentence;
                        }
                        if (!q.kind().typed() && !q.head().isEmpty() && pick.typed()
                                && HeadCues.quotedHead(q, text.substring(from, to)) && (bestNamed == null || pick.score() > bestNamed.score())) {
                            bestNamed = pick;
                            bestNamedSentence = sentence;
                        }
                    }
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        if (bestNamed != null && !best.typed() && bestNamed.evidence() == best.evidence()
                && bestNamed.score() >= best.score() - NAMED_MARGIN) {
            best = bestNamed;
            bestSentence = bestNamedSentence;
        }
        Pick chosen = QuoteShaping.trimEnd(QuoteShaping.neighbour(q, QuoteShaping.widen(QuoteShaping.grow(best, bestSentence))));
        double pairs = 0;
        double words = 0;
        double support = -1;
        for (Evidence e : evidences) {
            if (e.articleId().equals(chosen.evidence().articleId())) {
                double p = passageCoverage(q, e);
                double w = weights.wordCoverage(q.words(), e.title() + "\n" + e.text());
                if (p + w > support) {
                    support = p + w;
                    pairs = p;
                    words = w;
                }
            }
        }
        return Optional.of(new Pick(chosen.evidence(), chosen.from(), chosen.to(), chosen.score(), pairs,
                chosen.anchor(), chosen.typed(), words));
    }

    /** 什么是X / X是什么 where X is what the article is about: the lead sentence defines it. */
    private static boolean definitional(Question q, Evidence e) {
        if (!DEFINITION.matcher(q.text()).find()) {
            return false;
        }
        Set<String> title = Texts.terms(e.title());
        return !q.terms().isEmpty() && title.containsAll(q.terms());
    }

    private Pick score(Question q, Evidence e, int from, int to, double windowCov, double windowChars,
                       double passageCov, double anchor, double sentenceCov, double sentenceChars) {
        String window = e.text().substring(from, to);
        boolean typed = q.kind().answeredIn(window, q.text()) || HeadCues.namesHead(q, window);
        double s = 0.45 * windowCov + 0.2 * sentenceCov + 0.15 * windowChars + 0.05 * sentenceChars
                + 0.1 * passageCov + 0.08 / (1 + e.rank());
        if (q.kind().typed()) {
            s += typed ? 0.2 : -0.1;
        } else if (!q.head().isEmpty() && typed) {
            s += HeadCues.quotedHead(q, window) ? HEAD_BONUS + QUOTED_HEAD_BONUS : HEAD_BONUS;
        } else if (!q.head().isEmpty() && HeadCues.echoedHead(q, window)) {
            s -= ECHO_PENALTY;

        }
        if (q.kind() == QuestionKind.DATE && FULL_DATE.matcher(window).find()) {
            s += 0.1;
        }
        if (!q.unit().isEmpty() && typed && HeadCues.holdsNumberWith(window, q.unit())) {
            s += 0.1;
        }
        if (PickerTerms.novelChars(q, window) == 0) {
            s -= 0.5;
        }
        int len = to - from;
        s -= 0.0005 * len + 0.002 * Math.max(0, len - 50);
        return new Pick(e, from, to, s, passageCov, anchor, typed, 0);
    }

}
