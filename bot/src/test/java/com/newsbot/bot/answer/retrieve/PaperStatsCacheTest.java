package com.newsbot.bot.answer.retrieve;

import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.model.LlmConfig;
import com.newsbot.bot.eval.AnswerEval;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The paper's term counts and sidebar hosts saved beside the index, in a real temporary folder. */
class PaperStatsCacheTest {
    @TempDir
    Path dir;

    private static PaperStatsCache.Stats stats() {
        TermWeights weights = TermWeights.of(List.of("上汽集团技术中心", "技术中心副主任仇杰", "食堂推出冬季套餐"));
        return new PaperStatsCache.Stats(weights, Map.of("issue-03", "issue-02"));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir.resolve("stats"))) {
            return list.toList();
        }
    }

    @Test
    void whatIsSavedForAPaperIsLoadedForTheSamePaperOnly() {
        PaperStatsCache cache = new PaperStatsCache(dir.resolve("stats"));
        PaperStatsCache.Stats saved = stats();

        cache.write("a:1;b:2;", saved);
        PaperStatsCache.Stats loaded = new PaperStatsCache(dir.resolve("stats")).read("a:1;b:2;").orElseThrow();

        assertThat(loaded.weights().documents()).isEqualTo(3);
        assertThat(loaded.weights().documentFrequencies()).isEqualTo(saved.weights().documentFrequencies());
        assertThat(loaded.weights().weight("技术")).isEqualTo(saved.weights().weight("技术"));
        assertThat(loaded.hostIds()).isEqualTo(saved.hostIds());
        assertThat(cache.read("a:1;b:3;")).isEmpty();
    }

    @Test
    void savingForAChangedPaperReplacesTheOldFile() throws IOException {
        PaperStatsCache cache = new PaperStatsCache(dir.resolve("stats"));

        cache.write("a:1;", stats());
        cache.write("a:2;", stats());

        assertThat(files()).hasSize(1);
        assertThat(cache.read("a:1;")).isEmpty();
        assertThat(cache.read("a:2;")).isPresent();
    }

    @Test
    void aPartialFileLeftByADeadWriterIsRemovedOnceItIsOldAndOnlyThen() throws IOException {
        Path stats = Files.createDirectories(dir.resolve("stats"));
        Path old = Files.writeString(stats.resolve("writing-1.part"), "cut short");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000L));
        Path recent = Files.writeString(stats.resolve("writing-2.part"), "another process is writing this");

        new PaperStatsCache(stats).write("a:1;", stats());

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void aDamagedOrCutShortFileIsIgnoredNotFatal() throws IOException {
        PaperStatsCache cache = new PaperStatsCache(dir.resolve("stats"));
        cache.write("a:1;", stats());
        Path file = files().get(0);
        byte[] whole = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(cache.read("a:1;")).isEmpty();

        Files.writeString(file, "not gzip at all");
        assertThat(cache.read("a:1;")).isEmpty();

        List<String> lines = new ArrayList<>(List.of("newsbot-paper-stats 2"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(cache.read("a:1;")).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyCostsTheSaving() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("stats"), "a file where the folder should be");
        PaperStatsCache cache = new PaperStatsCache(notAFolder);

        cache.write("a:1;", stats());

        assertThat(cache.read("a:1;")).isEmpty();
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }

    @Test
    void aSecondProcessOverTheSamePaperLoadsTheCountsAndAnswersExactlyAsTheFirst() throws Exception {
        Path stats = dir.resolve("index-answers");
        Path golden = Path.of(PaperStatsCacheTest.class.getResource("/answer/golden-seed.jsonl").toURI());
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        try (NewsIndex index = SeedIndex.open(dir.resolve("index"))) {
            try (AnswerComposer composer = composer(index, stats)) {
                for (AnswerEval.Case c : AnswerEval.readCases(golden)) {
                    first.add(c.question() + " → " + composer.answer(c.question()).text());
                }
            }
            Path file;
            try (Stream<Path> saved = Files.list(stats)) {
                file = saved.collect(java.util.stream.Collectors.toList()).get(0);
            }
            assertThat(file.getFileName().toString()).startsWith("paper-stats-");
            Object written = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            assertThat(written).isNotNull();
            try (AnswerComposer composer = composer(index, stats)) {
                composer.prepare();
                for (AnswerEval.Case c : AnswerEval.readCases(golden)) {
                    second.add(c.question() + " → " + composer.answer(c.question()).text());
                }
            }
            // loaded, not rebuilt: a rebuild would have written a new file in its place
            assertThat(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                    .isEqualTo(written);
            try (Stream<Path> saved = Files.list(stats)) {
                assertThat(saved).containsExactly(file);
            }
        }
        assertThat(second).hasSize(36).isEqualTo(first);
    }

    private static AnswerComposer composer(NewsIndex index, Path stats) {
        return AnswerComposer.of(index, LlmConfig.none(), stats);
    }
}
