package com.newsbot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbot.bot.chat.DailyPaper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code issues}, {@code summary --issue DATE|NUMBER}, dated {@code search} and urls, over the generated ten-issue paper. */
class CliIssuesTest {
    @TempDir
    static Path temp;

    static CliRun cli;

    @BeforeAll
    static void indexTheDailyPaper() throws Exception {
        cli = new CliRun(temp);
        try (var seedFiles = Files.list(cli.seeds)) {
            for (Path file : seedFiles.toList()) {
                Files.delete(file); // this paper only
            }
        }
        DailyPaper.write(cli.seeds);
        cli.env.put("NEWSBOT_EMBEDDINGS", "none");
        CliRun.Result result = cli.run(cli.withDirs("index"));
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void issuesJsonListsEveryIssueNewestFirstWithItsNumberAndArticleCount() throws Exception {
        CliRun.Result result = cli.run(cli.withDirs("issues", "--json"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip().lines()).hasSize(1);
        JsonNode issues = Json.MAPPER.readTree(result.out()).get("issues");
        assertThat(issues).hasSize(10);
        JsonNode newest = issues.get(0);
        assertThat(newest.get("id").asText()).isEqualTo("daily-2021-03-12");
        assertThat(newest.get("name").asText()).isEqualTo("园区日报");
        assertThat(newest.get("number").asText()).isEqualTo("第10期");
        assertThat(newest.get("date").asText()).isEqualTo("2021-03-12");
        assertThat(newest.get("articles").asInt()).isEqualTo(2);
        assertThat(newest.get("url").asText()).isEqualTo(DailyPaper.URL + "10");
        assertThat(issues.get(8).get("articles").asInt()).isEqualTo(3);
        List<String> dates = new ArrayList<>();
        issues.forEach(i -> dates.add(i.get("date").asText()));
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void issuesAsTextShowsOneLinePerIssue() {
        CliRun.Result result = cli.run(cli.withDirs("issues"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().toList()).hasSize(10).first().asString()
                .contains("2021-03-12", "第10期", "园区日报", "2篇", "daily-2021-03-12");
    }

    @Test
    void summaryTakesADateOrANumber() throws Exception {
        for (String issue : List.of("2021-03-02", "3月2日", "2", "daily-2021-03-02")) {
            CliRun.Result result = cli.run(cli.withDirs("summary", "--json", "--issue", issue));

            assertThat(result.exitCode()).as(issue + ": " + result.err()).isZero();
            JsonNode summary = Json.MAPPER.readTree(result.out());
            assertThat(summary.get("issue").asText()).as(issue).isEqualTo("daily-2021-03-02");
            assertThat(summary.get("number").asText()).isEqualTo("第2期");
            assertThat(summary.get("url").asText()).isEqualTo(DailyPaper.URL + "2");
            assertThat(summary.get("articles")).hasSize(3);
        }
    }

    @Test
    void summaryOfADayWithoutAnIssueNamesTheNearestOnes() {
        CliRun.Result result = cli.run(cli.withDirs("summary", "--issue", "2021-03-03"));

        assertThat(result.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.err()).contains("no issue 2021-03-03", "2021-03-04", "2021-03-02").doesNotContain("Exception");
    }

    @Test
    void searchJsonShowsDatesAndUrlsAndKeepsToTheDaysGiven() throws Exception {
        CliRun.Result result = cli.run(cli.withDirs("search", "--json", "--from", "2021-03-04", "--to", "2021-03-05",
                "食堂座位"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(result.out());
        assertThat(json.get("from").asText()).isEqualTo("2021-03-04");
        assertThat(json.get("to").asText()).isEqualTo("2021-03-05");
        List<String> dates = new ArrayList<>();
        json.get("articles").forEach(a -> {
            dates.add(a.get("date").asText());
            assertThat(a.get("url").asText()).startsWith(DailyPaper.URL);
        });
        assertThat(dates).containsExactly("2021-03-05", "2021-03-04");
    }

    @Test
    void searchTakesAMonthAndRefusesABadDate() {
        assertThat(cli.run(cli.withDirs("search", "--json", "--from", "2021-04", "食堂")).out()).contains("\"articles\":[]");
        CliRun.Result bad = cli.run(cli.withDirs("search", "--from", "yesterday", "食堂"));
        assertThat(bad.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("--from yesterday is not a date");
    }

    @Test
    void sourceJsonHasTheIssuesUrl() throws Exception {
        CliRun.Result result = cli.run(cli.withDirs("source", "--json", "daily-2021-03-04-01"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode article = Json.MAPPER.readTree(result.out());
        assertThat(article.get("date").asText()).isEqualTo(LocalDate.of(2021, 3, 4).toString());
        assertThat(article.get("url").asText()).isEqualTo(DailyPaper.URL + "3");
    }
}
