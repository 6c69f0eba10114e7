package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.language.Synonyms;
import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.retrieve.TermWeights;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the reader sees of one unit (a headline or a sentence) of an article for a question ({@link ArticleReader}): the
 * numbers of {@link UnitFeatures} — how much of the question's words it holds, whether it holds an answer of the asked
 * kind ({@link AnswerSpans}) next to the asked noun, the cues of a cause, a manner or a list — and the answer-shaped
 * spans it holds.
 */
final class UnitFeatureReader {
    /** A word of the article's headline says which article, hardly which sentence. */
    private static final double HEADLINE_WORD_FACTOR = 0.35;
    private static final Pattern REASON_CUE = Pattern.compile("因为|由于|原因|为了|导致|因此|所以|是因|受到?.{0,12}影响|旨在|目的|源于|据悉|称|表示|认为");
    private static final Pattern ASKS = Pattern.compile("[？?]\\s*$");
    private static final Pattern UNTIL = Pattern.compile("(?:至|到|延长至|延至|截至|推迟至|持续到)\\s*(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]");
    private static final Pattern MANNER_CUE = Pattern.compile("通过|利用|采用|用|以|方式|方法|手段|办法");

    /**
     * What is read of one unit: its features ({@link UnitFeatures}) and its answer-shaped spans; when read without
     * tagging its names, the features tagging could change, each with the least and the most it could be
     * ({feature, least, most}; none when tagged).
     */
    record Featured(double[] x, List<AnswerSpans.Span> spans, List<int[]> open) {
    }

    private final TermWeights weights;

    UnitFeatureReader(TermWeights weights) {
        this.weights = weights;
    }

    /**
     * The features of unit {@code u} (number {@code i} of its article, the headline being 0) for {@code asked}, with the
     * unit's meaning ({best, gap}, see {@link ArticleReader#meaning}) and how its article's units hold the question's
     * words ({@code hits}; null: this unit alone is read, and every word is as rare).
     */
    Featured of(Asked asked, String headline, ArticleReader.Unit u, int i, double[] meaning, WordHits hits) {
        return of(asked, headline, u, i, meaning, hits, true);
    }

    /**
     * Whether reading a unit for {@code asked} tags its names (HanLP): the answers asked are names (谁, 哪里, 哪家), or
     * the people a sentence lists are counted.
     */
    static boolean tags(Asked asked) {
        return spansSought(asked) && AnswerSpans.namesTagged(asked.shape())
                || asked.list() && asked.shape() == Asked.Shape.PERSON;
    }

    private static boolean spansSought(Asked asked) {
        return asked.typed() || (asked.shape() == Asked.Shape.NAMED && !asked.focus().isEmpty());
    }

    /**
     * As {@link #of(Asked, String, ArticleReader.Unit, int, double[], WordHits)}; unless {@code tagged}, without the
     * names HanLP would tag: the features they set are then as if the unit held none, and {@link Featured#open} says
     * what tagging could make of them ({@link UnitFeatures.Weights#tagged} bounds the score with it).
     */
    Featured of(Asked asked, String headline, ArticleReader.Unit u, int i, double[] meaning, WordHits hits,
                boolean tagged) {
        double[] x = new double[UnitFeatures.SIZE];
        x[UnitFeatures.PASSAGE_BEST] = meaning[0];
        x[UnitFeatures.PASSAGE_GAP] = meaning[1];
        double local = 0;
        double localHit = 0;
        double rare = 0;
        double rareHit = 0;
        double beyond = 0;
        double beyondHit = 0;
        double synonymHit = 0;
        List<String> words = asked.words();
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            double ww = weights.wordWeight(w);
            double lw = ww * (!u.headline() && Texts.holdsWord(headline, w) ? HEADLINE_WORD_FACTOR : 1);
            double m = hits == null ? UnitCues.match(u.text(), w) : hits.match(i, k);
            local += lw;
            localHit += lw * m;
            double rw = ww * (hits == null ? 1 : hits.rarity(k));
            rare += rw;
            rareHit += rw * m;
            if (m < WordHits.HOLDS && (hits == null ? Synonyms.cilin().heldIn(u.text(), w) : hits.bySynonym(i, k))) {
                synonymHit += rw;
            }
            if (hits != null && hits.match(0, k) < WordHits.HOLDS) { // units.get(0) is the headline
                beyond += rw;
                beyondHit += u.headline() ? 0 : rw * m;
            }
        }
        x[UnitFeatures.LEX] = local == 0 ? 0 : localHit / local;
        x[UnitFeatures.LEX_RARE] = rare == 0 ? 0 : rareHit / rare;
        x[UnitFeatures.LEX_SYNONYM] = rare == 0 ? 0 : synonymHit / rare;
        x[UnitFeatures.BEYOND_HEADLINE] = beyond == 0 ? 0 : beyondHit / beyond;
        x[UnitFeatures.BEYOND_HEADLINE_YESNO] = asked.shape() == Asked.Shape.YESNO ? x[UnitFeatures.BEYOND_HEADLINE] : 0;
        List<AnswerSpans.Span> spans = spansSought(asked)
                ? AnswerSpans.find(asked.shape(), u.text(), asked.text(), tagged) : List.of(); // a name is sought next to 哪个救援队's 救援队
        boolean focusHit = asked.focus().isEmpty() || UnitCues.match(u.text(), asked.focus()) > 0.6;
        List<int[]> open = new java.util.ArrayList<>();
        boolean namesLeft = !tagged && spansSought(asked) && AnswerSpans.namesTagged(asked.shape());
        if (namesLeft) {
            open.add(new int[]{UnitFeatures.TOUCHES, 0, 1});
            open.add(new int[]{UnitFeatures.NEAR, 0, 1}); // UnitCues.nextToAsked is 0 or 1 when the span does not touch
        }
        if (asked.typed()) {
            boolean unitAsked = !asked.units().isEmpty() && (asked.shape() == Asked.Shape.NUMBER);
            if (unitAsked) {
                boolean withUnit = AnswerSpans.quantityWith(u.text(), asked.text(), asked.units()).isPresent();
                x[UnitFeatures.WITH_UNIT] = withUnit ? 1 : 0;
                x[UnitFeatures.TYPED_NOT_UNIT] = !withUnit && !spans.isEmpty() ? 1 : 0;
                if (!withUnit) {
                    spans = List.of(); // 5个 does not answer 几倍
                }
            } else {
                x[UnitFeatures.TYPED] = spans.isEmpty() ? 0 : 1;
                if (namesLeft) {
                    open.add(new int[]{UnitFeatures.TYPED, 0, 1});
                }
            }
            if (asked.until() && UNTIL.matcher(u.text()).find()) {
                if (!spans.isEmpty()) {
                    x[UnitFeatures.UNTIL] = 1; // 封到几号: the date after 至/到
                } else if (namesLeft) {
                    open.add(new int[]{UnitFeatures.UNTIL, 0, 1});
                }
            }
        } else if (asked.shape() == Asked.Shape.REASON && UnitCues.saysCause(u.text())) {
            x[UnitFeatures.CAUSE] = 1; // 受广告收入下滑的冲击, 所以会出现列车积压: a cause is said
        } else if (asked.shape() == Asked.Shape.REASON && REASON_CUE.matcher(u.text()).find()) {
            x[UnitFeatures.REASON_CUE] = 1;
        } else if (asked.shape() == Asked.Shape.MANNER && MANNER_CUE.matcher(u.text()).find()) {
            x[UnitFeatures.MANNER] = 1;
        }
        if (!asked.focus().isEmpty() && focusHit) {
            x[UnitFeatures.FOCUS] = 1;
        }
        if (!spans.isEmpty()) {
            if (UnitCues.touches(asked, u.text(), spans)) {
                x[UnitFeatures.TOUCHES] = 1;
            } else {
                x[UnitFeatures.NEAR] = UnitCues.nextToAsked(asked, u.text(), spans);
            }
        }
        if (i <= 1) {
            x[UnitFeatures.LEAD] = 1;
        }
        if (u.headline() && asked.shape() == Asked.Shape.YESNO) {
            x[UnitFeatures.HEADLINE_YESNO] = 1; // a headline states the story's main fact: whether it happened
        }
        boolean peopleLeft = !tagged && asked.list() && asked.shape() == Asked.Shape.PERSON
                && (asked.focus().isEmpty() || focusHit);
        if (peopleLeft) {
            open.add(new int[]{UnitFeatures.LISTS, 0, 1});
            open.add(new int[]{UnitFeatures.PEOPLE, 0, 4});
        } else if (asked.list() && (asked.focus().isEmpty() || focusHit) && UnitCues.listsAsked(asked, u.text())) {
            x[UnitFeatures.LISTS] = 1; // 铅、铟和锡: a sentence that lists answers a list question
            if (asked.shape() == Asked.Shape.PERSON) {
                x[UnitFeatures.PEOPLE] = Math.min(4, UnitCues.people(asked, u.text()) - 2); // four prize-winners, two dignitaries
            }
        }
        if (asked.shape() != Asked.Shape.YESNO && ASKS.matcher(u.text()).find()) {
            x[UnitFeatures.ASKS] = 1; // a headline that asks does not answer
        }
        if (UnitCues.echoes(u.text(), asked.text())) {
            x[UnitFeatures.ECHOES] = 1; // nothing the question does not say
        }
        x[UnitFeatures.LONG] = Math.max(0, u.text().length() - 100);
        x[UnitFeatures.HEADLINE] = u.headline() ? 1 : 0;
        return new Featured(x, spans, List.copyOf(open));
    }
}
