package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.retrieve.Paper;
import com.newsbot.retrieval.PassageCosine;

import java.util.Arrays;
import java.util.List;

/**
 * Where in an article the meaning of a question lies, by the passages retrieval embedded: per unit (sentence) of the
 * article, {@link UnitFeatures#PASSAGE_BEST} (1 when it lies in the passage closest to the question) and
 * {@link UnitFeatures#PASSAGE_GAP} (how far the closest passage holding it falls behind that one, 0 or less).
 */
final class PassageMeaning {
    /** A unit with nothing known of its meaning: the headline, or an article of one passage or without embeddings. */
    static final double[] NONE = {0, 0};

    private PassageMeaning() {
    }

    /** {best, gap} per unit of {@code units} for {@code query} ("": {@link #NONE} for all). */
    static double[][] of(Paper paper, String query, String articleId, List<ArticleReader.Unit> units) {
        double[][] out = new double[units.size()][];
        Arrays.fill(out, NONE);
        if (query.isEmpty()) {
            return out;
        }
        List<PassageCosine> passages = paper.passageCosines(query, articleId);
        if (passages.size() < 2) {
            return out;
        }
        double top = passages.stream().mapToDouble(PassageCosine::cosine).max().orElse(0);
        for (int i = 0; i < units.size(); i++) {
            ArticleReader.Unit u = units.get(i);
            if (u.headline()) {
                continue;
            }
            double closest = Double.NEGATIVE_INFINITY;
            for (PassageCosine p : passages) {
                if (p.start() < u.end() && u.start() < p.end()) {
                    closest = Math.max(closest, p.cosine());
                }
            }
            if (closest > Double.NEGATIVE_INFINITY) {
                out[i] = new double[]{closest >= top ? 1 : 0, closest - top};
            }
        }
        return out;
    }
}
