package com.newsbot.retrieval.read;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class MarkdownIssueTest {
    private static final Path RESOURCES = Path.of("src/test/resources/read");
    private final IssueReader reader = new IssueReader();

    @Test
    void frontMatterGivesNameDateNumberAndUrl() throws Exception {
        Issue issue = reader.read(RESOURCES.resolve("frontmatter.md"));

        assertThat(issue.id()).isEqualTo("frontmatter");
        assertThat(issue.name()).isEqualTo("上汽报");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2021, 5, 20));
        assertThat(issue.number()).isEqualTo("第1024期");
        assertThat(issue.url()).isEqualTo("https://example.com/paper/1024");
    }

    @Test
    void headlinesSubtitlesAndEnglishAuthorLinesMakeArticles() throws Exception {
        Issue issue = reader.read(RESOURCES.resolve("frontmatter.md"));

        assertThat(issue.articles()).hasSize(2);
        Article first = issue.articles().get(0);
        assertThat(first.title()).isEqualTo("智己汽车首款车型开启交付");
        assertThat(first.subtitle()).isEqualTo("——来自临港基地的报道");
        assertThat(first.author()).isEqualTo("Chen Jing");
        assertThat(first.text()).isEqualTo("5月18日，智己汽车首款车型在临港基地开启交付。\n首批车主来自上海、杭州等地。");
        Article second = issue.articles().get(1);
        assertThat(second.title()).isEqualTo("职工书屋建设再上新台阶");
        assertThat(second.author()).isEmpty();
        assertThat(second.subtitle()).isEmpty();
        assertThat(second.id()).isEqualTo("frontmatter-02");
    }

    @Test
    void withoutFrontMatterTheDateIsInferredOnlyWhenAYearIsStated() throws Exception {
        Issue issue = reader.read(RESOURCES.resolve("plain.md"));

        assertThat(issue.name()).isEmpty();
        assertThat(issue.date()).isNull();
        Article report = issue.articles().get(0);
        assertThat(report.author()).isEqualTo("王小明");
        assertThat(report.text()).isEqualTo("上汽集团3月30日发布年度报告，全年销售整车560万辆。\n海外市场销量同比增长百分之七十。");
    }

    @Test
    void sidebarLabelAsHeadlineMakesASidebar() throws Exception {
        Issue issue = reader.read(RESOURCES.resolve("plain.md"));

        assertThat(issue.articles()).extracting(Article::kind).containsExactly(ArticleKind.STORY, ArticleKind.SIDEBAR);
        assertThat(issue.articles().get(1).title()).isEqualTo("微评");
    }

    @Test
    void bodyLinesKeepTheirHashtagsAndDeeperHeadingsReadAsText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tags.md");
        Files.writeString(file, "## 话题\n\n#上汽好声音#活动开始了。\n\n#### 小标题\n\n正文。\n", StandardCharsets.UTF_8);

        Issue issue = reader.read(file);

        assertThat(issue.articles().get(0).text()).isEqualTo("#上汽好声音#活动开始了。\n小标题\n正文。");
    }

    @Test
    void markdownWithoutHeadlinesIsUnreadable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.md");
        Files.writeString(file, "just some notes\n\nwithout any headline\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableIssueException.class)
                .hasMessageStartingWith(file.toString() + ": no articles found");
    }

    @Test
    void aCorpusOfThousandsOfArticlesReadsQuickly(@TempDir Path dir) throws Exception {
        StringBuilder md = new StringBuilder("---\ntitle: 压力测试\ndate: 2022-01-05\n---\n");
        for (int i = 0; i < 5000; i++) {
            md.append("## 第").append(i).append("篇报道\n作者：记者").append(i).append("\n\n");
            for (int p = 0; p < 4; p++) {
                md.append("上汽集团第").append(i).append("号项目进展顺利，团队完成了第").append(p)
                        .append("阶段的测试工作。各部门通力协作，确保按期交付。\n\n");
            }
        }
        Path file = dir.resolve("corpus.md");
        Files.writeString(file, md, StandardCharsets.UTF_8);

        Issue issue = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(file));

        assertThat(issue.articles()).hasSize(5000);
        assertThat(issue.articles().get(4999).id()).isEqualTo("corpus-5000");
        assertThat(issue.articles().get(4999).author()).isEqualTo("记者4999");
    }
}
