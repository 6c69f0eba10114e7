package com.newsbot.bot.cli;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.model.LlmConfig;
import com.newsbot.bot.chat.Answerer;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chat answers while the seeds are read in the background: the issues written so far are searched already, the
 * answers say that the paper is still being read, and the note goes away when the update ends.
 */
class BackgroundIndexingTest {
    @TempDir
    Path dir;

    /** Issue {@code n}: {@code articles} one-paragraph articles (one passage each), the first about {@code topic}. */
    private static String issue(int n, int articles, String topic) {
        StringBuilder md = new StringBuilder("---\ntitle: 测试报 第" + n + "期\ndate: 2021-0" + n + "-01\n---\n\n");
        md.append("## ").append(topic).append("\n\n").append(topic).append("，全体职工参加，现场气氛热烈。\n\n");
        for (int a = 1; a < articles; a++) {
            md.append("## 第").append(n).append("期第").append(a).append("篇通讯\n\n")
                    .append("车间第").append(a).append("号班组本月完成生产任务").append(a * 7 % 100).append("项。\n\n");
        }
        return md.toString();
    }

    @Test
    void answersDuringTheUpdateFindWhatIsWrittenAndSaySoUntilTheUpdateEnds() throws Exception {
        // given three issues of 600 one-passage articles (more than one group of passages each)
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("2021-01-01.md"), issue(1, 600, "临港工厂举行冬季消防演练"));
        Files.writeString(seeds.resolve("2021-02-01.md"), issue(2, 600, "宁德基地召开安全生产大会"));
        Files.writeString(seeds.resolve("2021-03-01.md"), issue(3, 600, "研发总院发布氢能源路线图"));
        List<String> reports = new CopyOnWriteArrayList<>();
        CountDownLatch firstProgress = new CountDownLatch(1);
        CountDownLatch questionAsked = new CountDownLatch(1);
        Prompts prompts = new Prompts();
        try (NewsIndex index = NewsIndex.open(dir.resolve("index"), false);
             AnswerComposer composer = AnswerComposer.of(index, LlmConfig.none())) {
            BackgroundIndexing background = new BackgroundIndexing(index, seeds, prompts, line -> {
                reports.add(line);
                if (line.contains("passages so far")) {
                    firstProgress.countDown();
                    await(questionAsked); // the update holds here until the question below is answered
                }
            }, Duration.ZERO);
            Answerer answerer = background.noting(composer::answer);

            // when the update has written its first group and a question comes
            background.start();
            assertThat(firstProgress.await(60, TimeUnit.SECONDS)).isTrue();
            Answer during = answerer.answer("临港工厂举行了什么演练？", List.of());
            questionAsked.countDown();

            // then the issue already written answers it, with the note that the paper is still being read
            assertThat(background.running()).isTrue();
            assertThat(during.found()).isTrue();
            assertThat(during.text()).contains("消防演练").contains("报纸还在读取中");
            assertThat(reports).anySatisfy(line -> assertThat(line).contains("files", "passages so far"));

            // and after the update the answers carry no note, and the last report says the index is up to date
            assertThat(background.await(Duration.ofSeconds(60))).isTrue();
            Answer after = answerer.answer("研发总院发布了什么路线图？", List.of());
            assertThat(after.found()).isTrue();
            assertThat(after.text()).contains("氢能源").doesNotContain("报纸还在读取中");
            assertThat(reports.get(reports.size() - 1)).contains("index up to date: 3 files read");
            assertThat(background.stats().passages()).isGreaterThanOrEqualTo(1800);
            background.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
