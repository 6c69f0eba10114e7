package com.newsbot.bot.report;

import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.LoggedQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's figures from a real question log. */
class ReportBuilderTest {
    @TempDir
    Path dir;

    private static LoggedQuestion asked(LocalDate day, String question, boolean found, String articleId) {
        return new LoggedQuestion(question + day, day.atTime(9, 0).toInstant(ZoneOffset.UTC), "telegram", question, found,
                "extractive", 10, "…", articleId, articleId == null ? null : "标题 " + articleId,
                articleId == null ? List.of() : List.of(articleId));
    }

    @Test
    void days_without_questions_between_the_first_and_the_last_count_as_zero_and_answered_shares_add_up() throws Exception {
        LocalDate first = LocalDate.of(2026, 11, 2);
        try (BotState state = BotState.open(dir.resolve("newsbot.db"), true)) {
            state.questions().recordAll(List.of(
                    asked(first, "劳模有谁？", true, "a1"),
                    asked(first, "食堂几点开门？", false, null),
                    asked(first.plusDays(3), "劳模是哪天表彰的？", true, "a1"),
                    asked(first.plusDays(3), "擎度和谁合作？", true, "a2")));

            ReaderReport report = new ReportBuilder(state.questions(), state.votes(),
                    new QuestionGroups(new BigramEmbeddingModel(), 0.6), ZoneOffset.UTC).build(first.minusDays(10));

            assertThat(report.days()).extracting(ReaderReport.Day::questions).containsExactly(2, 0, 0, 2);
            assertThat(report.days().get(0).answeredShare()).isEqualTo(0.5);
            assertThat(report.questions()).isEqualTo(4);
            assertThat(report.answered()).isEqualTo(3);
            assertThat(report.topArticles()).extracting(ReaderReport.TopArticle::articleId).containsExactly("a1", "a2");
            assertThat(report.topArticles().get(0).count()).isEqualTo(2);
            assertThat(report.topArticles().get(0).title()).isEqualTo("标题 a1");
            assertThat(report.notFound()).singleElement().satisfies(group -> assertThat(group.questions())
                    .containsExactly("食堂几点开门？"));
        }
    }
}
