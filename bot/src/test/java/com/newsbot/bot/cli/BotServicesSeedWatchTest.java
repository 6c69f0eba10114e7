package com.newsbot.bot.cli;

import com.newsbot.bot.SeedIndex;
import com.newsbot.retrieval.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A long-running bot keeps its index in step with the seeds; a second one on the same index follows the first. */
class BotServicesSeedWatchTest {
    @TempDir
    Path dir;

    private CliContext context(ByteArrayOutputStream err) {
        return new CliContext(Map.of("NEWSBOT_EMBEDDINGS", "none", "NEWSBOT_HOME", dir.resolve("home").toString()),
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private CommonOptions options(Path seeds) {
        CommonOptions options = new CommonOptions();
        options.seeds = seeds;
        options.index = dir.resolve("index");
        return options;
    }

    @Test
    void aNewIssueReachesTheWatchingBotAndTheReadOnlyBotBesideIt() throws Exception {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        Files.copy(SeedIndex.repoSeeds().resolve(SeedIndex.SEED), seeds.resolve(SeedIndex.SEED));
        ByteArrayOutputStream firstErr = new ByteArrayOutputStream();
        ByteArrayOutputStream secondErr = new ByteArrayOutputStream();
        try (BotServices first = BotServices.open(options(seeds), context(firstErr));
             BotServices second = BotServices.open(options(seeds), context(secondErr))) {
            assertThat(second.index().readOnly()).isTrue();
            assertThat(secondErr.toString(StandardCharsets.UTF_8)).contains("in use by another newsbot process");
            first.watchSeeds(Duration.ofMillis(100));
            second.watchSeeds(Duration.ofMillis(100));

            Files.writeString(seeds.resolve("2020-12-01.md"), "---\ntitle: 上汽报 第二期\ndate: 2020-12-01\n---\n\n"
                    + "## 临港工厂举行冬季安全生产培训\n\n临港工厂十二月一日组织三百名职工参加冬季安全生产培训。\n");

            assertThat(awaitIssues(first, 2)).extracting(Issue::date).hasSize(2);
            assertThat(awaitIssues(second, 2)).hasSize(2);
        }
    }

    private static List<Issue> awaitIssues(BotServices services, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Issue> issues = services.index().issueHeaders();
        while (issues.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            issues = services.index().issueHeaders();
        }
        return issues;
    }
}
