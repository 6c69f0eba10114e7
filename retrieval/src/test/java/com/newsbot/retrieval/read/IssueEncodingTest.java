package com.newsbot.retrieval.read;

import com.newsbot.retrieval.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class IssueEncodingTest {
    private static final String STORY = """
            推进新能源汽车产业发展

            上汽集团召开技术创新大会

            本报记者 周明

            2021年9月10日，上汽集团召开技术创新大会，发布了“绿芯”电池计划。
            """;
    private final IssueReader reader = new IssueReader();

    @Test
    void gbkFileIsReadLikeItsUtf8Twin(@TempDir Path dir) throws Exception {
        Path gbk = Files.write(dir.resolve("gbk.txt"), STORY.getBytes(Charset.forName("GB18030")));
        Path utf8 = Files.write(dir.resolve("utf8.txt"), STORY.getBytes(StandardCharsets.UTF_8));

        Issue fromGbk = reader.read(gbk);
        Issue fromUtf8 = reader.read(utf8);

        assertThat(fromGbk.articles().get(0).title()).isEqualTo("上汽集团召开技术创新大会");
        assertThat(fromGbk.articles().get(0).text()).isEqualTo(fromUtf8.articles().get(0).text());
        assertThat(fromGbk.articles().get(0).author()).isEqualTo("周明");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(STORY.getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("bom.txt"), bytes.toByteArray());

        Issue issue = reader.read(file);

        assertThat(issue.articles()).hasSize(1);
        assertThat(issue.articles().get(0).kicker()).isEqualTo("推进新能源汽车产业发展");
    }

    @Test
    void binaryFileIsRefusedWithOneClearLine(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("x.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableIssueException.class)
                .hasMessage(file + ": not text (binary data)")
                .satisfies(e -> assertThat(((UnreadableIssueException) e).file()).isEqualTo(file));
    }

    @Test
    void emptyAndBlankFilesAreRefused(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.md"), " \n\u3000\n\t\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(empty)).hasMessage(empty + ": empty file");
        assertThatThrownBy(() -> reader.read(blank)).hasMessage(blank + ": no text (only whitespace)");
    }

    @Test
    void bytesValidInNeitherUtf8NorGb18030AreRefused(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0x81, '\n', (byte) 0xFF, 'b'});

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableIssueException.class)
                .hasMessageStartingWith(file + ": not text in a known encoding")
                .hasMessageNotContaining("\n");
    }

    @Test
    void missingFileAndOtherExtensionsAreRefused(@TempDir Path dir) {
        Path missing = dir.resolve("gone.txt");
        Path other = dir.resolve("paper.pdf");

        assertThatThrownBy(() -> reader.read(missing)).hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> reader.read(other)).hasMessageStartingWith(other + ": not an issue file");
    }

    @Test
    void twentyMegabyteFileReadsInSeconds(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder(11_000_000);
        int story = 0;
        while (text.length() < 8_000_000) {
            text.append("推进第").append(story).append("项重点工程\n\n上汽集团第").append(story)
                    .append("个项目顺利投产\n\n本报记者 王芳\n\n");
            for (int p = 0; p < 6; p++) {
                text.append("2021年5月").append(1 + p).append("日，项目组完成了第").append(p)
                        .append("阶段的调试工作，各项指标均达到设计要求，产能提升百分之").append(10 + p)
                        .append("。与此同时，团队还总结了经验，为后续项目的推进打下了坚实基础。\n\n");
            }
            story++;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(20_000_000);
        Path file = Files.write(dir.resolve("huge.txt"), bytes);

        // about 1-3 s of CPU; the guard is loose because CI machines are shared
        Issue issue = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> reader.read(file));

        assertThat(issue.articles()).hasSize(story);
        assertThat(issue.articles().get(story - 1).author()).isEqualTo("王芳");
    }
}
