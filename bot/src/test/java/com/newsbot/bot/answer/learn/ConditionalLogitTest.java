package com.newsbot.bot.answer.learn;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionalLogitTest {
    /** Groups of five candidates: the right one has feature 0 raised; feature 1 is noise; feature 2 is a large-scale distractor. */
    private static List<ConditionalLogit.Group> groups(int n, long seed) {
        Random r = new Random(seed);
        List<ConditionalLogit.Group> out = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            double[][] x = new double[5][3];
            boolean[] positive = new boolean[5];
            int right = r.nextInt(5);
            for (int i = 0; i < 5; i++) {
                x[i][0] = r.nextGaussian() + (i == right ? 1.5 : 0);
                x[i][1] = r.nextGaussian();
                x[i][2] = 100 * r.nextGaussian();
                positive[i] = i == right;
            }
            out.add(new ConditionalLogit.Group(x, positive, 1));
        }
        return out;
    }

    @Test
    void fittingLowersTheLossAndFindsTheFeatureThatChoosesTheRightCandidate() {
        ConditionalLogit.Fit fit = new ConditionalLogit(3, 0.001, 300).fit(groups(300, 7), new double[3]);
        assertThat(fit.lossAfter()).isLessThan(fit.lossBefore() - 0.3);
        assertThat(fit.weights()[0]).isGreaterThan(0.8);
        assertThat(Math.abs(fit.weights()[1])).isLessThan(0.3);
        assertThat(Math.abs(fit.weights()[2] * 100)).isLessThan(0.3); // on its raw scale the distractor stays near zero
    }

    @Test
    void theFittedWeightsChooseTheRightCandidateOnGroupsTheyWereNotFitOn() {
        double[] w = new ConditionalLogit(3, 0.001, 300).fit(groups(300, 7), new double[3]).weights();
        int right = 0;
        List<ConditionalLogit.Group> unseen = groups(200, 11);
        for (ConditionalLogit.Group g : unseen) {
            int best = 0;
            for (int i = 1; i < g.x().length; i++) {
                if (score(w, g.x()[i]) > score(w, g.x()[best])) {
                    best = i;
                }
            }
            right += g.positive()[best] ? 1 : 0;
        }
        assertThat(right).isGreaterThan(unseen.size() / 2); // chance is one in five
    }

    @Test
    void groupsWithoutARightCandidateOrWithOnlyRightOnesTeachNothing() {
        double[][] x = {{1, 0, 0}, {0, 1, 0}};
        ConditionalLogit.Fit fit = new ConditionalLogit(3, 0.001, 10).fit(List.of(
                new ConditionalLogit.Group(x, new boolean[]{false, false}, 1),
                new ConditionalLogit.Group(x, new boolean[]{true, true}, 1),
                new ConditionalLogit.Group(x, new boolean[]{true, false}, 1)), new double[3]);
        assertThat(fit.groups()).isEqualTo(1);
    }

    private static double score(double[] w, double[] x) {
        double s = 0;
        for (int k = 0; k < w.length; k++) {
            s += w[k] * x[k];
        }
        return s;
    }
}
