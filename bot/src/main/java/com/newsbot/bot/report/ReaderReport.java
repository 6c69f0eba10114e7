package com.newsbot.bot.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What readers asked since a day: the figures of {@code newsbot report}, in the shape of its JSON.
 *
 * @param notFound the questions the paper did not answer, near-duplicates grouped, largest group first
 * @param down     the answers readers voted 👎, with their questions, newest first
 */
public record ReaderReport(LocalDate since, int questions, int answered, List<Day> days, List<TopArticle> topArticles,
                           List<QuestionGroup> notFound, int votesUp, int votesDown, List<DownVote> down) {
    public ReaderReport {
        days = List.copyOf(days);
        topArticles = List.copyOf(topArticles);
        notFound = List.copyOf(notFound);
        down = List.copyOf(down);
    }

    /** One day's questions and how many were answered from the paper. */
    public record Day(LocalDate date, int questions, int answered) {
        public double answeredShare() {
            return questions == 0 ? 0 : (double) answered / questions;
        }
    }

    /** An article by how often it was the main source of an answer. */
    public record TopArticle(String articleId, String title, int count) {
    }

    /** Near-duplicate questions: how often they were asked in all, and their distinct wordings, most asked first. */
    public record QuestionGroup(int count, List<String> questions) {
        public QuestionGroup {
            questions = List.copyOf(questions);
        }
    }

    /** An answer a reader voted down. */
    public record DownVote(String question, String answer, List<String> articleIds) {
        public DownVote {
            articleIds = List.copyOf(articleIds);
        }
    }

    public double answeredShare() {
        return questions == 0 ? 0 : (double) answered / questions;
    }
}
