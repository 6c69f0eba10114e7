package com.newsbot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliSearchAndSourceTest {
    @TempDir
    static Path temp;

    static CliRun cli;

    @BeforeAll
    static void indexTheSeeds() throws Exception {
        cli = new CliRun(temp);
        CliRun.Result result = cli.run(cli.withDirs("index"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("indexed 1 of 1 files").contains("articles");
    }

    @Test
    void indexAlsoSavesTheTermCountsAnsweringNeedsBesideTheIndex() throws Exception {
        Path answers = cli.index.resolveSibling(cli.index.getFileName() + "-answers");

        try (java.util.stream.Stream<Path> saved = java.nio.file.Files.list(answers)) {
            assertThat(saved.map(p -> p.getFileName().toString())).singleElement().asString()
                    .startsWith("paper-stats-").endsWith(".gz");
        }
    }

    @Test
    void searchJsonListsTheMatchingArticleFirst() throws Exception {
        CliRun.Result result = cli.run(cli.withDirs("search", "--json", "全国劳动模范"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(result.out());
        JsonNode first = json.get("articles").get(0);
        assertThat(first.get("title").asText()).contains("全国劳动模范");
        assertThat(first.get("article_id").asText()).isNotBlank();
        assertThat(first.get("date").asText()).isEqualTo("2020-11-24");
        assertThat(result.out().strip().lines()).hasSize(1);
    }

    @Test
    void sourceJsonPrintsTheWholeCleanArticle() throws Exception {
        String id = Json.MAPPER.readTree(cli.run(cli.withDirs("search", "--json", "大陆集团 战略合作")).out())
                .get("articles").get(0).get("article_id").asText();

        CliRun.Result result = cli.run(cli.withDirs("source", "--json", id));

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode article = Json.MAPPER.readTree(result.out());
        assertThat(article.get("article_id").asText()).isEqualTo(id);
        assertThat(article.get("title").asText()).contains("大陆集团");
        assertThat(article.get("author").asText()).contains("阮希琼");
        assertThat(article.get("text").asText()).contains("中国汽车品牌").doesNotContain("本报记者");
        assertThat(article.get("source").asText()).endsWith("000_ca8ae608e85ef6a0.txt");
    }

    @Test
    void sourceOfAnUnknownIdIsBadInputWithAClearMessage() {
        CliRun.Result result = cli.run(cli.withDirs("source", "no-such-article"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no article with id no-such-article").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void luceneSyntaxInASearchIsHarmless() {
        CliRun.Result result = cli.run(cli.withDirs("search", "title:(", "*:*", "AND", "OR", "NOT"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("Exception");
    }

    @Test
    void aMissingSeedsFolderIsBadUsage() {
        CliRun.Result result = cli.run("search", "x", "--seeds", temp.resolve("nowhere").toString(),
                "--index", temp.resolve("idx2").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("seeds folder not found");
    }

    @Test
    void anUnknownEmbeddingSettingIsBadUsage() {
        cli.env.put("NEWSBOT_EMBEDDINGS", "gpt");
        try {
            CliRun.Result result = cli.run(cli.withDirs("search", "劳模"));
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("NEWSBOT_EMBEDDINGS");
        } finally {
            cli.env.remove("NEWSBOT_EMBEDDINGS");
        }
    }

    @Test
    void aSecondIndexRunOverUnchangedSeedsSkipsTheFile() {
        CliRun.Result result = cli.run(cli.withDirs("index"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("1 unchanged");
        assertThat(Files.isDirectory(cli.index)).isTrue();
    }
}
