package com.newsbot.retrieval.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real bge model: query vectors are unit length, repeated questions are answered from the cache, a question prepared
 * ahead gets the vector it would get without it.
 */
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
    void aQueryPreparedAheadGetsTheVectorItWouldGetWithoutIt() {
        String question = "吉利汽车今年在欧洲建了几座工厂？";
        float[] inline;
        try (Embedder fresh = new Embedder()) {
            inline = fresh.embedQuery(question);
        }

        embedder.prepareQuery(question);
        float[] prepared = embedder.embedQuery(question);

        assertThat(prepared).containsExactly(inline);
    }

    @Test
    void moreQueriesPreparedThanWaitAreAllEmbeddedRightWhenSearched() {
        java.util.List<String> questions = new java.util.ArrayList<>();
        for (int i = 0; i < Embedder.AHEAD_QUEUE * 2; i++) {
            questions.add("第" + i + "家工厂的产能是多少？");
        }
        questions.forEach(embedder::prepareQuery); // half of them find the queue full

        try (Embedder fresh = new Embedder()) {
            for (String q : questions) {
                assertThat(embedder.embedQuery(q)).as(q).containsExactly(fresh.embedQuery(q));
            }
        }
    }

    @Test
    void aClosedEmbeddersPreparationIsIgnored() {
        Embedder closed = new Embedder();
        closed.close();

        org.assertj.core.api.Assertions.assertThatCode(() -> closed.prepareQuery("这期报纸讲了什么？"))
                .doesNotThrowAnyException(); // no thread takes it, and nothing is left waiting for one
    }

    @Test
    void differentQueriesGetDifferentVectors() {
        assertThat(embedder.embedQuery("劳模有几位？")).isNotEqualTo(embedder.embedQuery("新能源汽车的销量"));
    }
}
