package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.question.Asked;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which unit (headline or sentence) of one article a reader chooses for a question ({@link ArticleReader}): the one the
 * weights score best, reading as few of the article's names as that takes.
 */
final class UnitChoice {
    private final UnitFeatureReader unitFeatures;
    private final UnitFeatures.Weights choice;

    UnitChoice(UnitFeatureReader unitFeatures, UnitFeatures.Weights choice) {
        this.unitFeatures = unitFeatures;
        this.choice = choice;
    }

    /** The unit a reader chooses in an article (its number, the headline being 0), its features and its score. */
    record Best(int index, UnitFeatureReader.Featured featured, double choice) {
    }

    /** How much a bound on a unit's score may fall short of the score itself by rounding. */
    private static final double ROUNDING = 1e-9;

    /**
     * The unit of {@code units} the weights score best (the first of equally good ones). When reading asks for names,
     * every unit is first read without tagging them ({@link UnitFeatureReader#tags}), which bounds its score
     * ({@link UnitFeatures.Weights#tagged}); units are then tagged best bound first, until no bound reaches the best
     * score found: the same unit as tagging them all, for a few sentences' tagging instead of the article's.
     */
    Best best(Asked asked, String headline, List<ArticleReader.Unit> units, double[][] meaning, WordHits hits) {
        boolean tags = UnitFeatureReader.tags(asked);
        UnitFeatureReader.Featured[] untagged = new UnitFeatureReader.Featured[units.size()];
        double[] most = new double[units.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            untagged[i] = unitFeatures.of(asked, headline, units.get(i), i, meaning[i], hits, !tags);
            most[i] = choice.tagged(untagged[i].x(), untagged[i].open());
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> most[i]).reversed()); // stable: the first of equal bounds first
        Best best = null;
        for (int i : order) {
            if (best != null && most[i] + ROUNDING < best.choice()) {
                break; // neither this unit nor any after it can score as well
            }
            UnitFeatureReader.Featured f = untagged[i].open().isEmpty() ? untagged[i]
                    : unitFeatures.of(asked, headline, units.get(i), i, meaning[i], hits, true);
            double c = choice.unitScore(f.x());
            if (best == null || c > best.choice() || (c == best.choice() && i < best.index())) {
                best = new Best(i, f, c);
            }
        }
        return best;
    }

    /**
     * Within the article a conversation is about, a typed question (几个人, 哪一年) is answered by a sentence holding an
     * answer of its type when one does: the subject is known, what is asked decides. Then the best scored.
     */
    Best typedFirst(Asked asked, String headline, List<ArticleReader.Unit> units, double[][] meaning, WordHits hits) {
        Best best = null;
        boolean bestTyped = false;
        for (int i = 0; i < units.size(); i++) {
            UnitFeatureReader.Featured f = unitFeatures.of(asked, headline, units.get(i), i, meaning[i], hits);
            double c = choice.unitScore(f.x());
            boolean typed = !f.spans().isEmpty();
            if (best == null || (typed && !bestTyped) || (typed == bestTyped && c > best.choice())) {
                best = new Best(i, f, c);
                bestTyped = typed;
            }
        }
        return best;
    }
}
