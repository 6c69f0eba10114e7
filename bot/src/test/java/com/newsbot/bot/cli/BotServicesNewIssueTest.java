package com.newsbot.bot.cli;

import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.Delivery;
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

/** The running bot's seed re-read also queues a new issue's announcement for every subscribed chat, once. */
class BotServicesNewIssueTest {
    @TempDir
    Path dir;

    @Test
    void a_new_issue_found_by_the_re_read_is_queued_once_for_each_subscriber() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(SeedIndex.repoSeeds().resolve(SeedIndex.SEED), seeds.resolve(SeedIndex.SEED));
        CommonOptions options = new CommonOptions();
        options.seeds = seeds;
        options.index = dir.resolve("index");
        CliContext context = new CliContext(Map.of("NEWSBOT_EMBEDDINGS", "none", "NEWSBOT_HOME", dir.resolve("home").toString()),
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (BotServices services = BotServices.open(options, context)) {
            BotState state = services.state(context);
            assertThat(state.available()).isTrue();
            assertThat(dir.resolve("home/newsbot.db")).exists();
            state.subscriptions().subscribe("telegram", "1001");
            state.subscriptions().subscribe("telegram", "1002");
            services.watchSeeds(Duration.ofMillis(100));
            Thread.sleep(300); // the issue already there is recorded as the baseline, not announced
            assertThat(state.announcements().pending("telegram", 10)).isEmpty();

            Files.writeString(seeds.resolve("2020-12-01.md"), "---\ntitle: 上汽报 第二期\ndate: 2020-12-01\n---\n\n"
                    + "## 临港工厂举行冬季安全生产培训\n\n临港工厂十二月一日组织三百名职工参加冬季安全生产培训。\n");

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            List<Delivery> pending = state.announcements().pending("telegram", 10);
            while (pending.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                pending = state.announcements().pending("telegram", 10);
            }
            Thread.sleep(300); // more re-reads: nothing queued twice
            assertThat(state.announcements().pending("telegram", 10)).extracting(Delivery::chatId)
                    .containsExactly("1001", "1002");
            assertThat(pending).extracting(Delivery::issueId).containsOnly("2020-12-01");
        }
    }
}
