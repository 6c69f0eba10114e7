package com.newsbot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The answering commands through the real CLI on the real seed: the JSON contract and bad input. */
class CliAskAndSummaryTest {
    @TempDir
    static Path temp;

    static CliRun cli;

    @BeforeAll
    static void indexTheSeeds() throws Exception {
        cli = new CliRun(temp);
        assertThat(cli.run(cli.withDirs("index")).exitCode()).isZero();
    }

    @Test
    void askJsonWritesOneObjectWithACitationThatQuotesTheArticle() throws Exception {
        CliRun.Result result = cli.run(cli.withDirs("ask", "--json", "擎度科技和哪家公司合作推出了制动系统？"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip().lines()).hasSize(1);
        JsonNode answer = Json.MAPPER.readTree(result.out());
        assertThat(answer.get("found").asBoolean()).isTrue();
        assertThat(answer.get("mode").asText()).isEqualTo("extractive");
        assertThat(answer.get("answer").asText()).contains("大陆集团").contains("[1]");
        assertThat(answer.get("latency_ms").isIntegralNumber()).isTrue();
        JsonNode citation = answer.get("citations").get(0);
        assertThat(citation.get("n").asInt()).isEqualTo(1);
        assertThat(citation.get("issue").asText()).isEqualTo("000_ca8ae608e85ef6a0");
        assertThat(citation.get("date").asText()).isEqualTo("2020-11-24");
        assertThat(citation.get("title").asText()).contains("大陆集团");
        assertThat(citation.get("source").asText()).endsWith("seeds/000_ca8ae608e85ef6a0.txt");
        String text = Json.MAPPER.readTree(cli.run(cli.withDirs("source", "--json", citation.get("article_id").asText())).out())
                .get("text").asText();
        assertThat(text.substring(citation.get("start").asInt(), citation.get("end").asInt()))
                .isEqualTo(citation.get("quote").asText());
    }

    @Test
    void askAboutSomethingThePaperDoesNotCoverSaysSoAndInventsNothing() throws Exception {
        CliRun.Result result = cli.run(cli.withDirs("ask", "--json", "公司食堂明天的午餐菜单是什么？"));

        JsonNode answer = Json.MAPPER.readTree(result.out());
        assertThat(answer.get("found").asBoolean()).isFalse();
        assertThat(answer.get("citations")).isEmpty();
        assertThat(answer.get("answer").asText()).isNotBlank();
    }

    @Test
    void askFromStdinAnswersEveryLineAndReportsBadLinesOnTheirOwn() throws Exception {
        String huge = "问".repeat(100_000);
        String stdin = "上汽在职的全国劳模一共有几位？\n\n   \n" + huge + "\nbad\u0000binary\n联创汽车电子是哪天签署合作备忘录的？\n";

        CliRun.Result result = cli.runWithInput(stdin, cli.withDirs("ask", "--json"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().strip().lines().toList();
        assertThat(lines).hasSize(6);
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertThat(first.get("found").asBoolean()).isTrue();
        assertThat(first.get("answer").asText()).contains("13");
        assertThat(Json.MAPPER.readTree(lines.get(1)).get("error").asText()).contains("empty");
        assertThat(Json.MAPPER.readTree(lines.get(2)).get("error").asText()).contains("empty");
        assertThat(Json.MAPPER.readTree(lines.get(3)).get("error").asText()).contains("too long");
        assertThat(Json.MAPPER.readTree(lines.get(4)).get("error").asText()).contains("binary");
        JsonNode last = Json.MAPPER.readTree(lines.get(5));
        assertThat(last.get("answer").asText()).contains("11月23日");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anEmptyQuestionArgumentIsBadInput() {
        CliRun.Result result = cli.run(cli.withDirs("ask", "   "));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("empty question");
    }

    @Test
    void summaryJsonListsEveryPieceOfTheLatestIssue() throws Exception {
        CliRun.Result result = cli.run(cli.withDirs("summary", "--json"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode summary = Json.MAPPER.readTree(result.out());
        assertThat(summary.get("issue").asText()).isEqualTo("000_ca8ae608e85ef6a0");
        assertThat(summary.get("date").asText()).isEqualTo("2020-11-24");
        JsonNode articles = summary.get("articles");
        assertThat(articles).hasSize(4);
        for (JsonNode article : articles) {
            assertThat(article.get("article_id").asText()).isNotBlank();
            assertThat(article.get("summary").asText()).isNotBlank().hasSizeLessThan(200);
        }
        assertThat(articles.get(3).get("kind").asText()).isEqualTo("sidebar");
    }

    @Test
    void summaryOfAnUnknownIssueIsBadInput() {
        CliRun.Result result = cli.run(cli.withDirs("summary", "--issue", "nope"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no issue nope", "newsbot issues lists them");
    }

    @Test
    void pipedChatAnswersCommandsAndQuestionsThenExitsCleanly() {
        CliRun.Result result = cli.runWithInput("/latest\n上汽在职的全国劳模一共有几位？\n", cli.withDirs("chat"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("全国劳动模范").contains("13").contains("/source 000_ca8ae608e85ef6a0-01");
    }

    @Test
    void evalOfAMissingFileIsBadInput() {
        CliRun.Result result = cli.run(cli.withDirs("eval", temp.resolve("missing.jsonl").toString()));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("question set not found");
    }

    @Test
    void evalScoresOurOwnQuestionSetOnTheSeed() throws Exception {
        Path set = temp.resolve("own.jsonl");
        Files.writeString(set, """
                {"q": "仇杰在哪个单位担任副主任？", "all": ["技术中心"], "article": "劳动模范"}
                {"q": "公司明年的年会在哪里开？", "unanswerable": true}
                """);

        CliRun.Result result = cli.run(cli.withDirs("eval", set.toString()));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("2/2");
    }

    @Test
    void telegramWithoutATokenIsBadUsageAndNamesTheVariable() {
        CliRun.Result result = cli.run(cli.withDirs("telegram"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("TELEGRAM_BOT_TOKEN");
    }
}
