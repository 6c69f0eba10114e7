package com.newsbot.retrieval.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The real bge model: query vectors are unit length, repeated questions are answered from the cache. */
class EmbedderTest {
    private static Embedder embedder;

    @BeforeAll
    static void load() {
        embedder = new Embedder();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void aRepeatedQueryGetsTheSameVectorAndChangingACopyDoesNotChangeTheNext() {
        float[] first = embedder.embedQuery("上汽集团去年卖了多少辆车？");
        float[] expected = first.clone();
        first[0] = 42f;

        float[] again = embedder.embedQuery("上汽集团去年卖了多少辆车？");

        assertThat(again).containsExactly(expected);
        double norm = 0;
        for (float v : again) {
            norm += v * v;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void differentQueriesGetDifferentVectors() {
        assertThat(embedder.embedQuery("劳模有几位？")).isNotEqualTo(embedder.embedQuery("新能源汽车的销量"));
    }
}
