package com.newsbot.bot.answer.decide;

import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The not-found verdict learned on a small sample of our own questions over the seed issue (with embeddings, where the
 * verdict decides): candidates are observed with their features, the loss falls, the file reads back; and the shipped
 * model, when asked for (the hand-set gates decide by default), answers a covered question and refuses one the paper
 * does not cover.
 */
class VerdictTrainingTest {
    @TempDir
    static Path dir;
    static AnswerComposer composer;

    @BeforeAll
    static void indexTheSeed() throws Exception {
        composer = new AnswerComposer(SeedIndex.sharedWithEmbeddings());
    }

    @AfterAll
    static void close() throws Exception {
        composer.close();
    }

    @Test
    void retrainingOnASmallSampleObservesCandidatesLowersTheLossAndWritesAModelTheBotReads() throws Exception {
        VerdictTraining.Data data = new VerdictTraining.Data();
        List<String[]> covered = List.of(
                new String[]{"上汽在职的全国劳模有几位？", "13位"},
                new String[]{"这次得全国劳模的都有谁", "仇杰"},
                new String[]{"劳模表彰大会是在哪里开的", "北京"});
        List<String> uncovered = List.of("公司食堂下周吃什么？", "年会抽奖的一等奖是什么", "停车场月卡怎么办理");
        VerdictTraining.answerEveryCandidate();
        try {
            int fold = 0;
            for (String[] q : covered) {
                Answer[] a = new Answer[1];
                data.add("golden", fold++ % 4, true, () -> a[0] = composer.answer(q[0]), () -> a[0].text().contains(q[1]));
            }
            for (String q : uncovered) {
                data.add("golden", fold++ % 4, false, () -> composer.answer(q), () -> false);
            }
        } finally {
            NotFoundVerdict.useHandGates(); // the default
        }
        int[] counts = data.counts().get("golden");
        assertThat(counts[0]).isEqualTo(6);
        assertThat(counts[2]).as("covered and right, with a verdict").isPositive();
        assertThat(data.table().lines()).hasSize(1 + counts[2] + counts[3]);

        VerdictTraining.ThresholdChoice choice = data.chooseThreshold("golden");
        double[] loss = new double[2];
        NotFoundVerdict.Model m = data.fit(-1, choice.threshold(), loss);
        assertThat(loss[1]).isLessThan(loss[0]);
        Path file = dir.resolve("not-found.txt");
        Files.writeString(file, data.file(choice, -1, "VerdictTrainingTest"));
        assertThat(NotFoundVerdict.Model.parse(Files.readAllLines(file), file.toString()).format()).isEqualTo(m.format());
    }

    @Test
    void theShippedModelAnswersACoveredQuestionAndRefusesOneThePaperDoesNotCover() {
        assertThat(NotFoundVerdict.mode()).as("the default").isEqualTo(NotFoundVerdict.Mode.HAND);
        VerdictTraining.useShippedModel();
        try {
            assertThat(NotFoundVerdict.mode()).isEqualTo(NotFoundVerdict.Mode.LEARNED);
            assertThat(composer.answer("上汽现在还在岗的全国劳模一共多少人？").text()).contains("13");
            for (String q : List.of("公司食堂下周吃什么？", "年会抽奖的一等奖是什么")) {
                assertThat(composer.answer(q).found()).as(q).isFalse();
            }
        } finally {
            VerdictTraining.useHandGates();
        }
    }

    @Test
    void aBrokenModelFileIsRefusedWithItsLine() {
        assertThat(NotFoundVerdict.model().threshold()).isBetween(0.0, 1.0);
        assertThatThrownBy(() -> NotFoundVerdict.Model.parse(List.of("threshold 0.5", "nonsense 2"), "v.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonsense 2");
        assertThatThrownBy(() -> NotFoundVerdict.Model.parse(List.of("threshold 0.5", "bias 1"), "v.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weight for picker");
        StringBuilder noThreshold = new StringBuilder();
        NotFoundVerdict.NAMES.forEach(n -> noThreshold.append(n).append(" 0\n"));
        assertThatThrownBy(() -> NotFoundVerdict.Model.parse(noThreshold.toString().lines().toList(), "v.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no threshold");
    }
}
