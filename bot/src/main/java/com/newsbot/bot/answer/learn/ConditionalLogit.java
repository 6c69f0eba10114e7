package com.newsbot.bot.answer.learn;

import java.util.List;

/**
 * A conditional logit (McFadden's choice model, the softmax ranker): each group is one question's candidates, some of
 * which answer it; the model gives candidate i of a group the probability exp(w·x_i) / Σ_j exp(w·x_j) and is fit by
 * maximising the log of the probability of choosing an answering candidate, less an L2 penalty. Features are scaled
 * to unit spread for fitting and the weights scaled back, so they apply to the raw features.
 */
public final class ConditionalLogit {
    /** One question: its candidates' features and which of them answer. */
    public record Group(double[][] x, boolean[] positive, double weight) {
        public Group {
            if (x.length != positive.length) {
                throw new IllegalArgumentException(x.length + " candidates, " + positive.length + " labels");
            }
        }

        public boolean usable() {
            boolean any = false;
            boolean all = true;
            for (boolean p : positive) {
                any |= p;
                all &= p;
            }
            return any && !all;
        }
    }

    /** The fitted weights, and the mean negative log-likelihood per unit of group weight before and after. */
    public record Fit(double[] weights, double lossBefore, double lossAfter, int groups) {
    }

    private final int size;
    private final double l2;
    private final int iterations;

    /**
     * @param size       features per candidate
     * @param l2         the penalty on the squared (scaled) weights, per unit of group weight
     * @param iterations full-batch gradient steps (Adam)
     */
    public ConditionalLogit(int size, double l2, int iterations) {
        this.size = size;
        this.l2 = l2;
        this.iterations = iterations;
    }

    /** Fits from {@code start} weights (raw scale); groups with no answering candidate, or only answering ones, teach nothing and are left out. */
    public Fit fit(List<Group> all, double[] start) {
        List<Group> groups = all.stream().filter(Group::usable).toList();
        double[] scale = scales(groups);
        double[] w = new double[size];
        for (int k = 0; k < size; k++) {
            w[k] = start[k] * scale[k];
        }
        double totalWeight = groups.stream().mapToDouble(Group::weight).sum();
        double before = loss(groups, w, scale, totalWeight, null);
        double[] m = new double[size];
        double[] v = new double[size];
        double[] grad = new double[size];
        double rate = 0.05;
        for (int t = 1; t <= iterations; t++) {
            loss(groups, w, scale, totalWeight, grad);
            for (int k = 0; k < size; k++) {
                m[k] = 0.9 * m[k] + 0.1 * grad[k];
                v[k] = 0.999 * v[k] + 0.001 * grad[k] * grad[k];
                double mh = m[k] / (1 - Math.pow(0.9, t));
                double vh = v[k] / (1 - Math.pow(0.999, t));
                w[k] -= rate * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        double after = loss(groups, w, scale, totalWeight, null);
        double[] raw = new double[size];
        for (int k = 0; k < size; k++) {
            raw[k] = w[k] / scale[k];
        }
        return new Fit(raw, before, after, groups.size());
    }

    /** The penalised mean negative log-likelihood at scaled weights {@code w}; its gradient into {@code grad} when not null. */
    double loss(List<Group> groups, double[] w, double[] scale, double totalWeight, double[] grad) {
        if (grad != null) {
            java.util.Arrays.fill(grad, 0);
        }
        double nll = 0;
        for (Group g : groups) {
            int n = g.x().length;
            double[] s = new double[n];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int k = 0; k < size; k++) {
                    z += w[k] * g.x()[i][k] / scale[k];
                }
                s[i] = z;
                max = Math.max(max, z);
            }
            double all = 0;
            double pos = 0;
            for (int i = 0; i < n; i++) {
                double e = Math.exp(s[i] - max);
                all += e;
                if (g.positive()[i]) {
                    pos += e;
                }
            }
            double share = g.weight() / totalWeight;
            nll -= share * Math.log(pos / all);
            if (grad != null) {
                for (int i = 0; i < n; i++) {
                    double e = Math.exp(s[i] - max);
                    double c = e / all - (g.positive()[i] ? e / pos : 0);
                    if (c != 0) {
                        for (int k = 0; k < size; k++) {
                            grad[k] += share * c * g.x()[i][k] / scale[k];
                        }
                    }
                }
            }
        }
        double penalty = 0;
        for (int k = 0; k < size; k++) {
            penalty += w[k] * w[k];
            if (grad != null) {
                grad[k] += 2 * l2 * w[k];
            }
        }
        return nll + l2 * penalty;
    }

    /** Each feature's spread over all candidates (1 when it does not vary). */
    private double[] scales(List<Group> groups) {
        double[] sum = new double[size];
        double[] sq = new double[size];
        long n = 0;
        for (Group g : groups) {
            for (double[] x : g.x()) {
                for (int k = 0; k < size; k++) {
                    sum[k] += x[k];
                    sq[k] += x[k] * x[k];
                }
                n++;
            }
        }
        double[] scale = new double[size];
        for (int k = 0; k < size; k++) {
            double mean = n == 0 ? 0 : sum[k] / n;
            double var = n == 0 ? 0 : sq[k] / n - mean * mean;
            scale[k] = var > 1e-12 ? Math.sqrt(var) : 1;
        }
        return scale;
    }
}
