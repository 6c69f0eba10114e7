package com.newsbot.bot.eval;

/** Nearest-rank percentiles of the evaluations' samples. */
final class Percentile {
    private Percentile() {
    }

    /** The {@code p}-th percentile of already sorted samples, in their unit; 0 when there are none. */
    static double nearestRank(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, i)];
    }
}
