package com.newsbot.retrieval.read;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;
import com.newsbot.retrieval.IndexProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Finding 2 of issue 15: the seeds folder followed symbolic links, so {@code ln -s /etc/passwd seeds/passwd.txt}
 * put a file from outside into answers and {@code /source}. Real files, real links, a real index.
 */
class SeedFolderBoundaryTest {
    private static final String SECRET = "## 运维手册\n\n数据库密码是 hunter2-secret。\n";
    /** Plain text, so that the control characters stay under the share that marks a file as binary. */
    private static final String FILLER = "这一段是普通的正文，用来说明文件是文本而不是二进制数据。".repeat(20) + "\n";
    private final IssueReader reader = new IssueReader();

    @Test
    void linkedIssueFilesAreNotListedAndNotRead(@TempDir Path temp) throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Path outside = Files.writeString(temp.resolve("secret.md"), SECRET, StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("real.md"), "## 标题\n\n正文一句。\n", StandardCharsets.UTF_8);
        Path linkedText = Files.createSymbolicLink(seeds.resolve("passwd.txt"), outside);
        Path linkedMarkdown = Files.createSymbolicLink(seeds.resolve("secret.md"), outside);
        Path relative = Files.createSymbolicLink(seeds.resolve("dotdot.md"), Path.of("..", "secret.md"));

        assertThat(reader.list(seeds)).extracting(p -> p.getFileName().toString()).containsExactly("real.md");
        for (Path link : new Path[] {linkedText, linkedMarkdown, relative}) {
            assertThatThrownBy(() -> reader.read(link)).isInstanceOf(UnreadableIssueException.class)
                    .hasMessageContaining("symbolic link");
            assertThatThrownBy(() -> reader.contentHash(link)).isInstanceOf(UnreadableIssueException.class);
        }
    }

    @Test
    void aLinkedFileIsNeitherAnsweredFromNorOpenedThroughTheIndex(@TempDir Path temp) throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Path outside = Files.writeString(temp.resolve("passwd"), SECRET, StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("real.md"), "## 劳模表彰\n\n全国劳模共有13位。\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(seeds.resolve("passwd.md"), outside);

        try (NewsIndex index = NewsIndex.open(temp.resolve("index"), false)) {
            index.update(seeds, IndexProgress.NONE);

            assertThat(index.issues()).extracting(Issue::id).containsExactly("real");
            assertThat(index.article("passwd-01")).isEmpty();
            assertThat(index.searchArticles("数据库密码是什么", 5)).noneMatch(hit -> hit.toString().contains("hunter2"));
        }
    }

    @Test
    void aLinkedSidecarIsIgnored(@TempDir Path temp) throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Path outside = Files.writeString(temp.resolve("elsewhere.properties"), "name=来自外面的名字\n", StandardCharsets.UTF_8);
        Path file = Files.writeString(seeds.resolve("paper.md"), "## 标题\n\n正文一句。\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(seeds.resolve("paper.properties"), outside);

        Issue issue = reader.read(file);

        assertThat(issue.name()).isEmpty();
        assertThat(reader.list(seeds)).containsExactly(file);
    }

    @Test
    void aFolderLinkNamedLikeAnIssueIsSkipped(@TempDir Path temp) throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.createSymbolicLink(seeds.resolve("etc.txt"), Files.createDirectories(temp.resolve("etc")));
        Files.createDirectories(seeds.resolve("folder.md"));

        assertThat(reader.list(seeds)).isEmpty();
    }

    @Test
    void aSeedsFolderThatIsItselfALinkIsStillRead(@TempDir Path temp) throws Exception {
        Path real = Files.createDirectories(temp.resolve("real-seeds"));
        Files.writeString(real.resolve("paper.md"), "## 标题\n\n正文一句。\n", StandardCharsets.UTF_8);
        Path seeds = Files.createSymbolicLink(temp.resolve("seeds"), real);

        assertThat(reader.list(seeds)).hasSize(1);
        assertThat(reader.read(reader.list(seeds).get(0)).articles()).hasSize(1);
    }

    /** Finding 4/5 at reading time: ESC sequences and line breaks in every field of every format, file names included. */
    @Test
    void controlCharactersAreRemovedFromEveryFieldFileNamesIncluded(@TempDir Path temp) throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        String esc = "\u001b]0;pwned\u0007\u001b[2J\u001b]52;c;ZWNobyBoaQ==\u0007";
        Path markdown = Files.writeString(seeds.resolve("paper" + esc + ".md"),
                "---\ntitle: 上汽报" + esc + "\ndate: 2023-07-14\n---\n## 标题" + esc + "\n\n作者：林芸" + esc
                        + "\n\n正文" + esc + "一句。\r\n第二段\u0008\u007f\u009b31m。\n\n" + FILLER, StandardCharsets.UTF_8);
        Path raw = Files.writeString(seeds.resolve("raw.txt"), "上汽报" + esc + "\n\n本报记者 李娜\n\n2022年6月1日，某项目" + esc
                + "启动。\n" + FILLER, StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("raw.properties"), "name=上汽报\\n2023-01-01 ERROR forged" + esc + "\nnumber=第1期\\r\\n\n",
                StandardCharsets.UTF_8);

        for (Path file : new Path[] {markdown, raw}) {
            Issue issue = reader.read(file);
            assertNoControl(issue.id(), issue.name(), issue.number(), issue.url(), issue.source());
            for (Article a : issue.articles()) {
                assertNoControl(a.id(), a.title(), a.kicker(), a.subtitle(), a.column(), a.author());
                assertThat(a.text()).doesNotContain("\u001b", "\u0007", "\r", "\u0008", "\u007f", "\u009b");
            }
        }
        Issue issue = reader.read(markdown);
        assertThat(issue.name()).isEqualTo("上汽报]0;pwned[2J]52;c;ZWNobyBoaQ==");
        assertThat(issue.articles().get(0).text()).startsWith("正文]0;pwned[2J]52;c;ZWNobyBoaQ==一句。第二段31m。\n");
        assertThat(reader.read(raw).name()).isEqualTo("上汽报 2023-01-01 ERROR forged]0;pwned[2J]52;c;ZWNobyBoaQ==");
    }

    private static void assertNoControl(String... values) {
        for (String value : values) {
            assertThat(value.chars()).noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f));
        }
    }
}
