package com.newsbot.bot.report;

import com.newsbot.bot.state.QuestionLog;
import com.newsbot.bot.state.StateException;
import com.newsbot.bot.state.Vote;
import com.newsbot.bot.state.Votes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Reads the question log and the votes since a day and works out the {@link ReaderReport}. */
public final class ReportBuilder {
    static final int TOP_ARTICLES = 10;
    static final int DOWN_VOTES_SHOWN = 100;

    private final QuestionLog questions;
    private final Votes votes;
    private final QuestionGroups groups;
    private final ZoneId zone;

    public ReportBuilder(QuestionLog questions, Votes votes, QuestionGroups groups, ZoneId zone) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.votes = Objects.requireNonNull(votes, "votes");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    private static final class Counts {
        int questions;
        int answered;
    }

    private record Article(String id, String title) {
    }

    public ReaderReport build(LocalDate since) throws StateException {
        TreeMap<LocalDate, Counts> days = new TreeMap<>();
        Map<String, Integer> notFound = new HashMap<>();
        Map<String, Integer> articleCounts = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Counts all = new Counts();
        questions.since(since.atStartOfDay(zone).toInstant(), q -> {
            Counts day = days.computeIfAbsent(q.askedAt().atZone(zone).toLocalDate(), d -> new Counts());
            day.questions++;
            all.questions++;
            if (q.found()) {
                day.answered++;
                all.answered++;
                if (q.articleId() != null) {
                    articleCounts.merge(q.articleId(), 1, Integer::sum);
                    if (q.articleTitle() != null) {
                        titles.put(q.articleId(), q.articleTitle());
                    }
                }
            } else {
                notFound.merge(q.question(), 1, Integer::sum);
            }
        });
        List<ReaderReport.Day> dayList = new ArrayList<>();
        if (!days.isEmpty()) { // a day without questions between the first and the last is a day of 0, not left out
            LocalDate last = days.lastKey();
            for (LocalDate date = days.firstKey(); !date.isAfter(last); date = date.plusDays(1)) {
                Counts counts = days.getOrDefault(date, new Counts());
                dayList.add(new ReaderReport.Day(date, counts.questions, counts.answered));
            }
        }
        List<ReaderReport.TopArticle> top = articleCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(TOP_ARTICLES)
                .map(e -> new ReaderReport.TopArticle(e.getKey(), titles.getOrDefault(e.getKey(), ""), e.getValue()))
                .toList();
        List<Vote> cast = votes.since(since.atStartOfDay(zone).toInstant());
        int up = (int) cast.stream().filter(Vote::up).count();
        List<ReaderReport.DownVote> down = cast.stream().filter(v -> !v.up())
                .sorted(Comparator.comparing(Vote::at).reversed())
                .limit(DOWN_VOTES_SHOWN)
                .map(v -> new ReaderReport.DownVote(v.question(), v.answer(), v.articleIds()))
                .toList();
        return new ReaderReport(since, all.questions, all.answered, dayList, top, groups.group(notFound), up,
                cast.size() - up, down);
    }
}
