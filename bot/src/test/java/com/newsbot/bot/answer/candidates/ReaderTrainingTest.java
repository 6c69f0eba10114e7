package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.SeedComposer;
import com.newsbot.bot.answer.AnswerComposer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retraining the reader on a small sample of our own questions about the seed issue: the loss falls, the file reads back. */
class ReaderTrainingTest {
    @TempDir
    static Path dir;
    static final AnswerComposer composer = SeedComposer.open();

    @AfterAll
    static void close() {
        composer.close();
    }

    /** Three questions of our own about the seed, each with its gold answer, read as of {@code fold}. */
    private static ReaderTraining.Data sampleOfFold(int fold) {
        ReaderTraining.Data data = new ReaderTraining.Data();
        List<String[]> sample = List.of(
                new String[]{"上汽在职的全国劳模有几位？", "13位"},
                new String[]{"这次得全国劳模的都有谁", "仇杰"},
                new String[]{"劳模表彰大会是在哪里开的", "北京"});
        for (String[] q : sample) {
            data.add(composer, new ReaderTraining.Example("golden", fold, q[0],
                    ReaderTraining.newsGold(List.of(q[1]), List.of(), "", "")));
        }
        return data;
    }

    @Test
    void retrainingOnASmallSampleLowersTheLossAndWritesWeightsTheBotReads() throws Exception {
        ReaderTraining.Data data = sampleOfFold(0);
        assertThat(data.counts().get("golden")[0]).isEqualTo(3);
        ReaderTraining.Fitted fitted = data.fit(-1);
        assertThat(fitted.groups()).isPositive();
        assertThat(fitted.lossAfter()).isLessThan(fitted.lossBefore());

        Path file = dir.resolve("weights.txt");
        Files.writeString(file, fitted.file("ReaderTrainingTest"));
        assertThat(UnitFeatures.parse(Files.readAllLines(file), file.toString()).format()).isEqualTo(fitted.weights().format());
    }

    @Test
    void aHeldOutFoldCountsTheQuestionsWhoseBestScoredUnitHoldsTheGoldAnswer() {
        ReaderTraining.Data data = sampleOfFold(2);
        ReaderTraining.Fitted all = data.fit(-1);
        assertThat(data.heldOutChoice(all)).containsExactly(0, 0); // nothing held out, nothing counted

        // three questions and 30 features: the weights fit on them choose right on each, read as fold 2
        ReaderTraining.Fitted asFold2 = new ReaderTraining.Fitted(all.weights(), all.lossBefore(), all.lossAfter(),
                all.groups(), all.perSource(), 2);
        assertThat(data.heldOutChoice(asFold2)).containsExactly(all.groups(), all.groups());
        double[] negated = new double[UnitFeatures.SIZE];
        for (int k = 0; k < negated.length; k++) {
            negated[k] = -all.weights().get(k);
        }
        ReaderTraining.Fitted backwards = new ReaderTraining.Fitted(new UnitFeatures.Weights(negated), 0, 0,
                all.groups(), all.perSource(), 2);
        assertThat(data.heldOutChoice(backwards)[0]).isLessThan(all.groups());
        assertThat(data.heldOutChoice(backwards)[1]).isEqualTo(all.groups());
    }

    @Test
    void theShippedWeightsNameEveryFeatureAndABrokenFileIsRefusedWithItsLine() {
        assertThat(UnitFeatures.learned()).isNotNull();
        assertThatThrownBy(() -> UnitFeatures.parse(List.of("lex 1", "nonsense 2"), "w.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonsense 2");
        assertThatThrownBy(() -> UnitFeatures.parse(List.of("lex 1"), "w.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weight for with_unit");
    }
}
