package com.newsbot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbot.bot.bench.QuestionLogGenerator;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.LoggedQuestion;
import com.newsbot.bot.state.Vote;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsbot report} through the real CLI on a real SQLite file with a generated question log. */
class CliReportTest {
    @TempDir
    static Path temp;

    static CliRun cli;
    static Path db;
    static final LocalDate LAST_DAY = LocalDate.now(ZoneId.systemDefault());

    @BeforeAll
    static void logQuestionsAndVotes() throws Exception {
        cli = new CliRun(temp);
        cli.env.put("NEWSBOT_EMBEDDINGS", "none");
        db = temp.resolve("state/newsbot.db");
        cli.env.put("NEWSBOT_DB", db.toString());
        try (BotState state = BotState.open(db, true)) {
            List<LoggedQuestion> log = new ArrayList<>(new QuestionLogGenerator(5).generate(600, 10, LAST_DAY, 0.7, 12));
            log.add(new LoggedQuestion("x1", Instant.now(), "telegram", "<script>alert('年会')</script> 在哪开？", false,
                    "extractive", 9, "没有", null, null, List.of()));
            state.questions().recordAll(log);
            state.votes().record(new Vote("a1", state.userHash("telegram", "1"), false, "劳模有谁？", "4人：仇杰 & <b>", "extractive",
                    List.of("art-1"), "telegram", Instant.now()));
            state.votes().record(new Vote("a2", state.userHash("telegram", "1"), true, "q", "a", "llm", List.of(), "telegram",
                    Instant.now()));
        }
    }

    @Test
    void json_holds_the_figures_in_the_designed_shape() throws Exception {
        CliRun.Result result = cli.run("report", "--json", "--since", LAST_DAY.minusDays(9).toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = Json.MAPPER.readTree(result.out());
        assertThat(report.get("since").asText()).isEqualTo(LAST_DAY.minusDays(9).toString());
        assertThat(report.get("questions").asInt()).isEqualTo(601);
        int answered = report.get("answered").asInt();
        assertThat(answered).isBetween(350, 500);
        int perDay = 0;
        int answeredPerDay = 0;
        for (JsonNode day : report.get("days")) {
            perDay += day.get("questions").asInt();
            answeredPerDay += day.get("answered").asInt();
            assertThat(day.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        assertThat(perDay).isEqualTo(601);
        assertThat(answeredPerDay).isEqualTo(answered);
        JsonNode top = report.get("top_articles");
        assertThat(top.get(0).get("article_id").asText()).isEqualTo("article-0");
        assertThat(top.get(0).get("title").asText()).isEqualTo("第0篇文章的标题");
        assertThat(top.get(0).get("count").asInt()).isGreaterThanOrEqualTo(top.get(1).get("count").asInt());
        JsonNode notFound = report.get("not_found");
        int grouped = 0;
        for (JsonNode group : notFound) {
            grouped += group.get("count").asInt();
        }
        assertThat(grouped).isEqualTo(601 - answered);
        assertThat(notFound.size()).isLessThan(601 - answered);
        assertThat(notFound.get(0).get("count").asInt()).isGreaterThanOrEqualTo(notFound.get(1).get("count").asInt());
        assertThat(report.get("votes").get("up").asInt()).isEqualTo(1);
        assertThat(report.get("votes").get("down").asInt()).isEqualTo(1);
        assertThat(report.get("down").get(0).get("question").asText()).isEqualTo("劳模有谁？");
        assertThat(report.get("down").get(0).get("article_ids").get(0).asText()).isEqualTo("art-1");
    }

    @Test
    void since_leaves_out_earlier_days() throws Exception {
        JsonNode report = Json.MAPPER.readTree(cli.run("report", "--json", "--since", LAST_DAY.toString()).out());

        assertThat(report.get("days")).hasSize(1);
        assertThat(report.get("questions").asInt()).isLessThan(200);
    }

    @Test
    void html_is_one_self_contained_page_that_parses_cleanly_with_a_chart_and_escaped_questions() throws Exception {
        Path page = temp.resolve("report.html");

        CliRun.Result result = cli.run("report", "--since", LAST_DAY.minusDays(9).toString(), "--html", page.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("report written to");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).isEmpty();
        assertThat(document.select("script, link, img, iframe")).isEmpty();
        assertThat(document.select("[src], [href]")).isEmpty();
        assertThat(document.select("meta[name=viewport]")).hasSize(1);
        assertThat(document.select("svg.chart rect.bar")).hasSize(10);
        assertThat(document.select("svg.chart path.share").attr("d")).startsWith("M");
        assertThat(document.select("ol.groups > li")).isNotEmpty();
        assertThat(document.text()).contains("<script>alert('年会')</script> 在哪开？", "劳模有谁？", "4人：仇杰 & <b>");
        assertThat(document.select("article.down")).hasSize(1);
    }

    @Test
    void a_bad_date_is_bad_usage_and_a_missing_database_says_so() {
        CliRun.Result badDate = cli.run("report", "--since", "last week");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("YYYY-MM-DD").doesNotContain("Exception");

        CliRun other = cli;
        String saved = other.env.put("NEWSBOT_DB", temp.resolve("nowhere/newsbot.db").toString());
        try {
            CliRun.Result missing = other.run("report", "--json");
            assertThat(missing.exitCode()).isEqualTo(2);
            assertThat(missing.err()).contains("no state database", "NEWSBOT_DB");
        } finally {
            other.env.put("NEWSBOT_DB", saved);
        }
    }

    @Test
    void a_damaged_database_is_one_clear_message_without_a_stack_trace() throws Exception {
        Path broken = temp.resolve("broken.db");
        Files.writeString(broken, "not a database\n".repeat(300));
        String saved = cli.env.put("NEWSBOT_DB", broken.toString());
        try {
            CliRun.Result result = cli.run("report", "--json");
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err().strip().lines()).hasSize(1);
            assertThat(result.err()).contains("damaged or not a database", "mv ").doesNotContain("at org.");
        } finally {
            cli.env.put("NEWSBOT_DB", saved);
        }
    }
}
