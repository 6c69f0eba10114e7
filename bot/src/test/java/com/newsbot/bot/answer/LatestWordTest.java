package com.newsbot.bot.answer;

import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A story reported in three daily issues with a growing figure: the latest word wins and says its date. */
class LatestWordTest {
    @TempDir
    static Path dir;
    static NewsIndex index;
    static AnswerComposer composer;

    @BeforeAll
    static void indexThreeIssues() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        int[] counts = {31, 38, 45};
        for (int day = 1; day <= 3; day++) {
            int n = counts[day - 1];
            String issue = "---\ntitle: 河东日报\ndate: 2021-05-0" + day + "\nissue: " + day + "\n---\n\n"
                    + "## 河东市境外输入确诊病例增至" + n + "例\n\n"
                    + "本报讯 河东市卫健委" + day + "日通报，截至前一日24时，河东市累计报告境外输入确诊病例" + n + "例，均在定点医院隔离治疗。\n\n"
                    + "## 河东市图书馆恢复开放\n\n"
                    + "河东市图书馆" + day + "日起恢复开放，读者需预约入馆，每日限流" + (500 + day) + "人。\n\n"
                    + "## 河东大桥维修进入收尾阶段\n\n"
                    + "河东大桥维修工程已完成桥面铺装，预计下月通车，工程总投资" + (2 + day) + "亿元。\n"
                    + switch (day) {
                        // a story told in full once, then by a terse data bulletin that shares few of the question's words
                        case 1 -> "\n## 河西水库开闸泄洪 下游沿岸群众转移\n\n"
                                + "河西水库1日开闸泄洪，沿岸三个村庄的群众已连夜转移。水文站监测数据显示，"
                                + "下游断面(事发点)：水位超警戒0.3米，流速平稳。\n"
                                // a policy told in full, reported again in a round-up with the same figure
                                + "\n## 河东市淘汰国三货车每辆补助3万元\n\n"
                                + "河东市发布老旧车辆淘汰方案，今年淘汰国三排放货车的车主，每辆补助3万元。\n";
                        case 3 -> "\n## 水文监测数据通报\n\n"
                                + "市水文站3日通报，水库下游断面(事发点)：水位超警戒1.6米，流速平稳。上游来水减少。\n"
                                + "\n## 多地出台新政促进汽车消费\n\n"
                                + "河东：针对国三排放货车，淘汰的每辆最高补助三万元。河南多地发放购车消费券。\n";
                        default -> "";
                    };
            Files.writeString(seeds.resolve("hd-2021-05-0" + day + ".md"), issue, StandardCharsets.UTF_8);
        }
        index = NewsIndex.open(dir.resolve("index"), false);
        index.update(seeds, IndexProgress.NONE);
        composer = new AnswerComposer(index);
    }

    @AfterAll
    static void close() throws Exception {
        composer.close();
        index.close();
    }

    @Test
    void aQuestionForTheLatestFigureGetsTheNewestReportWithItsDateAndTheEarlierFigure() {
        Answer answer = composer.answer("河东那边境外输入的确诊现在累计多少例了？");

        assertThat(answer.found()).isTrue();
        assertThat(answer.shortAnswer()).isEqualTo("45例");
        assertThat(answer.text()).startsWith("45例。").contains("据5月3日报道").contains("5月2日的报道为38例");
        assertThat(answer.citations().get(0).date()).hasToString("2021-05-03");
    }

    @Test
    void aLaterBulletinThatSaysTheSameFactInFewerWordsIsTheLatestWord() {
        Answer answer = composer.answer("河西水库泄洪那事，最新测的下游水位超警戒多少米？");

        assertThat(answer.found()).isTrue();
        assertThat(answer.shortAnswer()).isEqualTo("1.6米");
        assertThat(answer.text()).contains("据5月3日报道").contains("5月1日的报道为0.3米");
        assertThat(answer.citations().get(0).date()).hasToString("2021-05-03");
    }

    @Test
    void whenTheFigureDidNotChangeTheReportThatToldTheStoryIsCited() {
        Answer answer = composer.answer("河东现在淘汰国三货车，政府给补多少钱？");

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("3万元").doesNotContain("据5月3日报道");
        assertThat(answer.citations().get(0).date()).hasToString("2021-05-01");
    }

    @Test
    void aQuestionThatNamesAnIssueIsAnsweredFromThatIssue() {
        Answer answer = composer.answer("5月1日那期说河东境外输入确诊有多少例？");

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("31例");
        assertThat(answer.citations().get(0).date()).hasToString("2021-05-01");
    }
}
