package com.newsbot.bot.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    private static long[] millisOneTo(int n) {
        return LongStream.rangeClosed(1, n).map(ms -> ms * 1_000_000L).toArray();
    }

    @Test
    void nearestRankOfOneToAHundredIsTheValueAtThatRank() {
        // given samples 1..100 ms, slowest first
        long[] reversed = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000L).toArray();

        Percentiles p = new Percentiles(reversed);

        assertThat(p.millis(0.50)).isEqualTo(50.0);
        assertThat(p.millis(0.99)).isEqualTo(99.0);
        assertThat(p.millis(1.0)).isEqualTo(100.0);
        assertThat(p.count()).isEqualTo(100);
    }

    @Test
    void p99OfFewSamplesIsTheSlowest() {
        Percentiles p = new Percentiles(millisOneTo(10));

        assertThat(p.millis(0.99)).isEqualTo(10.0);
        assertThat(p.millis(0.50)).isEqualTo(5.0);
        assertThat(p.millis(0.01)).isEqualTo(1.0);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Percentiles p = new Percentiles(new long[] {2_500_000L});

        assertThat(p.millis(0.5)).isEqualTo(2.5);
        assertThat(p.millis(0.99)).isEqualTo(2.5);
    }

    @Test
    void theSamplesGivenAreNotReordered() {
        long[] samples = {3, 1, 2};

        new Percentiles(samples);

        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void noSamplesOrAPercentileOutsideOneHundredIsAnError() {
        assertThatThrownBy(() -> new Percentiles(new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentiles(new long[] {1}).millis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentiles(new long[] {1}).millis(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
