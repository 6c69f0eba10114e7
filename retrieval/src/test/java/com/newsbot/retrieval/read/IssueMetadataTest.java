package com.newsbot.retrieval.read;

import com.newsbot.retrieval.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IssueMetadataTest {
    private static final String STORY = """
            上汽报第三版

            本报记者 李娜

            2022年6月1日，某项目启动。6月3日，首批样车下线。
            """;
    private final IssueReader reader = new IssueReader();

    @Test
    void withoutSidecarTheFileNameIsTheIdAndTheDateIsInferred(@TempDir Path dir) throws Exception {
        Path file = write(dir.resolve("2022_06.txt"), STORY);

        Issue issue = reader.read(file);

        assertThat(issue.id()).isEqualTo("2022_06");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2022, 6, 3));
        assertThat(issue.source()).isEqualTo(file.toString());
    }

    @Test
    void sidecarWinsOverFrontMatterAndInference(@TempDir Path dir) throws Exception {
        Path file = write(dir.resolve("paper.md"), "---\ntitle: 旧名字\ndate: 2020-01-01\nissue: 1\n---\n## 标题\n正文。\n");
        write(dir.resolve("paper.properties"),
                "id=saic-2023-07\nname=上汽报\ndate=2023-07-14\nnumber=第2001期\nurl=https://example.com/2001\n");

        Issue issue = reader.read(file);

        assertThat(issue.id()).isEqualTo("saic-2023-07");
        assertThat(issue.name()).isEqualTo("上汽报");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2023, 7, 14));
        assertThat(issue.number()).isEqualTo("第2001期");
        assertThat(issue.url()).isEqualTo("https://example.com/2001");
        assertThat(issue.articles().get(0).id()).isEqualTo("saic-2023-07-01");
        assertThat(issue.articles().get(0).issueId()).isEqualTo("saic-2023-07");
    }

    @Test
    void partialSidecarKeepsTheRestFromTheFile(@TempDir Path dir) throws Exception {
        Path file = write(dir.resolve("paper.txt"), STORY);
        write(dir.resolve("paper.properties"), "name=上汽报\n");

        Issue issue = reader.read(file);

        assertThat(issue.id()).isEqualTo("paper");
        assertThat(issue.name()).isEqualTo("上汽报");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2022, 6, 3));
    }

    @Test
    void badSidecarDateFallsBackToTheText(@TempDir Path dir) throws Exception {
        Path file = write(dir.resolve("paper.txt"), STORY);
        write(dir.resolve("paper.properties"), "date=June 2022\n");

        assertThat(reader.read(file).date()).isEqualTo(LocalDate.of(2022, 6, 3));
    }

    @Test
    void contentHashChangesWithTheSidecar(@TempDir Path dir) throws Exception {
        Path file = write(dir.resolve("paper.txt"), STORY);
        String alone = reader.read(file).contentHash();
        write(dir.resolve("paper.properties"), "name=上汽报\n");

        String withSidecar = reader.read(file).contentHash();

        assertThat(alone).matches("[0-9a-f]{64}");
        assertThat(withSidecar).isNotEqualTo(alone);
        assertThat(reader.read(file).contentHash()).isEqualTo(withSidecar);
    }

    @Test
    void listKeepsIssueFilesSortedByNameAndLeavesOutTheRest(@TempDir Path dir) throws Exception {
        write(dir.resolve("b.md"), "## x\ny\n");
        write(dir.resolve("a.txt"), STORY);
        write(dir.resolve("a.properties"), "name=x\n");
        write(dir.resolve(".hidden.txt"), STORY);
        write(dir.resolve("notes.docx"), "x");
        write(dir.resolve("c.TXT"), STORY);
        Files.createDirectory(dir.resolve("d.txt"));

        assertThat(reader.list(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.txt", "b.md", "c.TXT");
    }

    private static Path write(Path file, String text) throws Exception {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
