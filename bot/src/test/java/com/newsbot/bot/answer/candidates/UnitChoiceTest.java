package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.SeedComposer;
import com.newsbot.bot.answer.AnswerComposer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's choice of a unit, tagging names only where they could still change it (over the seed issue). */
class UnitChoiceTest {
    static final AnswerComposer composer = SeedComposer.open();

    @AfterAll
    static void close() {
        composer.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"劳模表彰大会是在哪里开的", "谁在上汽的签约仪式上讲了话", "这次得全国劳模的都有谁",
            "张生春在哪个单位上班", "用户服务平台是哪家公司做的", "客户服务系统由谁负责"})
    void aQuestionAskingForNamesGetsTheUnitTaggingEveryUnitWouldChoose(String question) {
        AnswerComposer.Read r = composer.readOnItsOwn(question);
        assertThat(UnitFeatureReader.tags(r.asked())).as("asks for names: " + r.asked().shape()).isTrue();
        assertThat(r.readings()).isNotEmpty();
        UnitFeatures.Weights weights = UnitFeatures.learned();
        for (ArticleReader.Reading reading : r.readings()) {
            List<double[]> every = r.reader().featuresOfEveryUnit(r.asked(), reading); // each unit tagged
            int best = 0;
            for (int i = 1; i < every.size(); i++) {
                if (weights.unitScore(every.get(i)) > weights.unitScore(every.get(best))) {
                    best = i;
                }
            }
            assertThat(reading.best()).as(reading.article().title()).isEqualTo(reading.units().get(best));
        }
    }

    @Test
    void theBoundTakesEachOpenFeatureAtItsBestForTheWeights() {
        double[] w = new double[UnitFeatures.SIZE];
        w[UnitFeatures.LEX] = 2;
        w[UnitFeatures.TYPED] = 3;
        w[UnitFeatures.PEOPLE] = -0.5;
        w[UnitFeatures.NEAR] = 0.25;
        UnitFeatures.Weights weights = new UnitFeatures.Weights(w);
        double[] x = new double[UnitFeatures.SIZE];
        x[UnitFeatures.LEX] = 0.5;
        x[UnitFeatures.NEAR] = 1;
        assertThat(weights.unitScore(x)).isEqualTo(1.25);
        // TYPED could become 1 (+3); PEOPLE at 0 is its best under a negative weight; NEAR is at its best already
        List<int[]> open = List.of(new int[]{UnitFeatures.TYPED, 0, 1}, new int[]{UnitFeatures.PEOPLE, 0, 4},
                new int[]{UnitFeatures.NEAR, 0, 1});
        assertThat(weights.tagged(x, open)).isEqualTo(4.25);
        assertThat(weights.tagged(x, List.of())).isEqualTo(weights.unitScore(x));
    }
}
