package com.newsbot.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeds file rewritten while an update is running (an operator copying a new version in while the
 * bot re-reads the seeds): the update never indexes a snapshot that is not what the file holds
 * without saying so, and the next update indexes the final content.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SeedChangedWhileIndexingTest {

    @TempDir
    Path dir;

    /** A Markdown issue of about {@code bytes} bytes whose every article mentions {@code word}. */
    private static String issue(String word, int bytes) {
        StringBuilder text = new StringBuilder("---\ntitle: 合订本\ndate: 2021-06-01\n---\n");
        int n = 0;
        while (text.length() * 3 < bytes) {
            text.append("## ").append(word).append("车间第").append(n).append("号产线完成改造\n作者：王芳\n")
                    .append(word).append("车间第").append(n).append("号产线完成了调试，产能提升百分之").append(n % 90 + 10)
                    .append("，各项指标均达到设计要求，为后续项目的推进打下了坚实基础。\n");
            n++;
        }
        return text.toString();
    }

    private static String titleOf(NewsIndex index, String query) throws Exception {
        return index.searchArticles(query, 1).stream().findFirst().map(hit -> hit.article().title()).orElse("");
    }

    /**
     * Updates {@code index} from {@code seeds} in the background, rewrites {@code file} with {@code text} 400 ms in (while
     * that update is reading), and returns what that update reports.
     */
    private static IndexStats updateRewritingMidway(NewsIndex index, Path seeds, Path file, String text) throws Exception {
        CompletableFuture<IndexStats> running = CompletableFuture.supplyAsync(() -> {
            try {
                return index.update(seeds, IndexProgress.NONE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(400);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return running.get(90, TimeUnit.SECONDS);
    }

    @Test
    void aFileRewrittenWhileItIsBeingReadIsReportedAndTheNextUpdateIndexesTheFinalVersion() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path file = seeds.resolve("volume.md");
        Files.writeString(file, issue("旧版", 20_000_000), StandardCharsets.UTF_8);
        try (NewsIndex index = NewsIndex.open(dir.resolve("index"), false)) {
            IndexStats first = updateRewritingMidway(index, seeds, file, issue("新版", 20_000));

            assertThat(first.problems()).singleElement().asString().contains("volume.md", "changed while being read");
            assertThat(index.issues()).isEmpty();

            IndexStats second = index.update(seeds, IndexProgress.NONE);

            assertThat(second.problems()).isEmpty();
            assertThat(second.filesIndexed()).isEqualTo(1);
            assertThat(titleOf(index, "新版车间 产线")).startsWith("新版车间");
            assertThat(titleOf(index, "旧版车间 产线")).doesNotStartWith("旧版车间");
        }
    }

    @Test
    void aFileRewrittenAfterItWasReadIsIndexedAsReadAndReplacedByTheNextUpdate() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path small = seeds.resolve("a-small.md");
        Files.writeString(small, issue("旧版", 3_000), StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("z-volume.md"), issue("合订", 20_000_000), StandardCharsets.UTF_8);
        try (NewsIndex index = NewsIndex.open(dir.resolve("index"), false)) {
            IndexStats first = updateRewritingMidway(index, seeds, small, issue("新版", 3_000));

            assertThat(first.problems()).isEmpty();
            assertThat(first.filesIndexed()).isEqualTo(2);
            String indexed = titleOf(index, "旧版车间 新版车间 产线");
            assertThat(indexed).as("one whole version, as read").matches("(旧版|新版)车间.*");

            IndexStats second = index.update(seeds, IndexProgress.NONE);

            assertThat(second.filesIndexed()).as("the final version differs from the one read").isEqualTo(indexed.startsWith("旧版") ? 1 : 0);
            assertThat(titleOf(index, "新版车间 产线")).startsWith("新版车间");
            assertThat(titleOf(index, "旧版车间 产线")).doesNotStartWith("旧版车间");
        }
    }
}
