package com.newsbot.bot.answer.render;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.candidates.AnswerSpans;
import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.decide.SameStory;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.retrieve.Headlines;
import com.newsbot.retrieval.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer from what {@link ArticleReader} read, once the decide stage took it: the direct answer first, the quote
 * (a list or a reason takes the sentences that go with it) and its citation, and, for the latest of a story, the date
 * of its report and what an earlier report said.
 */
public final class ReadingComposer {
    /** Longest quote gathered for a list, a reason or a manner. */
    static final int MAX_GATHERED = 200;

    /** A list takes sentences that score at least this share of the best one. */
    static final double LIST_SHARE = 0.6;
    /** Most sentences quoted for a list. */
    static final int MAX_LIST_UNITS = 3;

    private final Prompts prompts;
    private final DirectAnswers direct;

    public ReadingComposer(Prompts prompts) {
        this.prompts = prompts;
        this.direct = new DirectAnswers(prompts);
    }

    /** As {@link #compose(String, Asked, ArticleReader.Reading, Optional, ArticleReader, Headlines, long)}, with no earlier report. */
    Answer compose(String question, Asked asked, ArticleReader.Reading r, ArticleReader reader, Headlines headlines,
                   long latencyMs) {
        return compose(question, asked, r, Optional.empty(), reader, headlines, latencyMs);
    }

    /**
     * The answer from reading {@code r}: the direct answer, then (when an {@code earlier} report of the same story exists)
     * the date of this report, the quote and its citation, and what the earlier report said when it said otherwise.
     */
    public Answer compose(String question, Asked asked, ArticleReader.Reading r, Optional<ArticleReader.Reading> earlier,
                          ArticleReader reader, Headlines headlines, long latencyMs) {
        Article a = r.article();
        List<ArticleReader.Unit> quoted = quoted(asked, r, reader);
        List<String> texts = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (ArticleReader.Unit u : quoted) {
            texts.add(u.text());
            printed.add(u.headline() ? String.join(" ", a.kicker(), a.title(), a.subtitle()).strip()
                    : a.text().substring(u.start(), u.end()));
        }
        String shortAnswer = direct.of(asked, texts, printed, r.date()).replaceAll("[。.]+$", "");
        ArticleReader.Unit first = quoted.get(0);
        int from;
        int to;
        String title = headlines.of(a);
        StringBuilder text = new StringBuilder();
        if (!shortAnswer.isEmpty()) {
            text.append(shortAnswer).append(prompts.text("answer-short-end.zh.txt"));
        }
        if (earlier.isPresent() && r.date() != null) { // 据4月4日报道，…
            text.append(prompts.render("answer-reported-on.zh.txt",
                    Map.of("month", r.date().getMonthValue(), "day", r.date().getDayOfMonth())));
        }
        if (first.headline()) {
            text.append(prompts.render("answer-headline.zh.txt", Map.of("headline", printed.get(0))));
            ArticleReader.Unit lead = r.units().size() > 1 ? r.units().get(1) : null;
            if (lead == null) {
                from = 0;
                to = 0;
            } else {
                from = lead.start();
                to = lead.end();
            }
        } else {
            from = quoted.stream().filter(u -> !u.headline()).mapToInt(ArticleReader.Unit::start).min().orElse(0);
            to = quoted.stream().filter(u -> !u.headline()).mapToInt(ArticleReader.Unit::end).max().orElse(0);
        }
        String quote = a.text().substring(from, to);
        text.append(quote).append(" [1]");
        if (earlier.isPresent() && !shortAnswer.isEmpty()) {
            ArticleReader.Reading e = earlier.get();
            String said = SameStory.sameFact(e, r.best().text());
            String before = said.isEmpty() ? "" : direct.of(asked, List.of(said), e.date()).replaceAll("[。.]+$", "");
            if (!before.isEmpty() && !before.equals(shortAnswer)) { // the figure the story had before, with its date
                text.append(prompts.render("answer-earlier-report.zh.txt", Map.of("month", e.date().getMonthValue(),
                        "day", e.date().getDayOfMonth(), "value", before)));
            }
        }
        Citation c = new Citation(1, r.evidence().issueId(), r.evidence().issueName(), r.evidence().date(), a.id(), title,
                a.author(), quote, from, to, r.evidence().source());
        return new Answer(question, true, text.toString(), AnswerMode.EXTRACTIVE, List.of(c), List.of(), latencyMs,
                shortAnswer);
    }

    /**
     * The units to quote, in the article's order: the best one, and for a list, a reason or a manner the sentences next
     * to it that go on answering, while the quote stays short.
     */
    private static List<ArticleReader.Unit> quoted(Asked asked, ArticleReader.Reading r, ArticleReader reader) {
        List<ArticleReader.Unit> out = new ArrayList<>();
        out.add(r.best());
        if (r.best().headline()) {
            return out;
        }
        int length = r.best().text().length();
        List<ArticleReader.Unit> units = r.units();
        if (r.best().text().endsWith("：") || r.best().text().endsWith(":")) {
            // 宣布防疫新举措：the sentences after a colon are what it announces
            for (int at = units.indexOf(r.best()) + 1; at < units.size()
                    && length + units.get(at).text().length() <= MAX_GATHERED; at++) {
                out.add(units.get(at));
                length += units.get(at).text().length();
            }
        } else if (asked.list()) {
            // the items of a list are often told a sentence each: take the next best sentences that add items
            List<ArticleReader.Unit> ranked = new ArrayList<>(units.subList(1, units.size()));
            ranked.remove(r.best());
            java.util.Map<ArticleReader.Unit, Double> scores = new java.util.IdentityHashMap<>();
            for (ArticleReader.Unit u : ranked) {
                scores.put(u, reader.unitScore(asked, r, u)); // once each: scoring a sentence may tag it (HanLP)
            }
            ranked.sort(Comparator.comparingDouble((ArticleReader.Unit u) -> -scores.get(u)));
            double floor = LIST_SHARE * r.score();
            for (ArticleReader.Unit u : ranked) {
                if (out.size() >= MAX_LIST_UNITS || length + u.text().length() > MAX_GATHERED) {
                    break;
                }
                if (scores.get(u) < floor) {
                    break;
                }
                if (asked.typed() && AnswerSpans.find(asked.shape(), u.text(), asked.text()).isEmpty()) {
                    continue;
                }
                out.add(u);
                length += u.text().length();
            }
        } else if (asked.shape() == Asked.Shape.REASON || asked.shape() == Asked.Shape.MANNER) {
            int at = units.indexOf(r.best());
            if (at + 1 < units.size() && length + units.get(at + 1).text().length() <= MAX_GATHERED) {
                out.add(units.get(at + 1)); // a reason goes on in the next sentence
            }
        }
        out.sort(Comparator.comparingInt(ArticleReader.Unit::start));
        return out;
    }
}
