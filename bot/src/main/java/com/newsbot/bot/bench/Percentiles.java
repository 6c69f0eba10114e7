package com.newsbot.bot.bench;

import java.util.Arrays;

/** Latency percentiles by the nearest-rank method: the smallest sample with at least p of all samples at or below it. */
final class Percentiles {
    private final long[] sortedNanos;

    Percentiles(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sortedNanos = nanos.clone();
        Arrays.sort(this.sortedNanos);
    }

    /** The {@code p}-th percentile ({@code 0 < p <= 1}) in milliseconds. */
    double millis(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1], was " + p);
        }
        int rank = (int) Math.ceil(p * sortedNanos.length - 1e-9); // 0.99 * 100 must be rank 99, not 100
        return sortedNanos[Math.max(1, rank) - 1] / 1e6;
    }

    int count() {
        return sortedNanos.length;
    }
}
