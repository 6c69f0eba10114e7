package com.newsbot.bot.answer.decide;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.candidates.AnswerSpans;
import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.candidates.UnitCues;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.render.DirectAnswers;
import com.newsbot.bot.answer.retrieve.Headlines;
import com.newsbot.retrieval.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what {@link ArticleReader} found into an answer, or into "the paper does not cover it": decides whether the
 * best-read article answers (its subject is the question's, by words and by meaning; what is asked — a number, a
 * date, a name, the asked noun — is there), prefers the newest report when the question asks for the latest, picks
 * the quote (a list or a reason takes the sentences that go with it) and puts the direct answer first.
 */
public final class ReadingAnswers {
    /** Least share of the question's words (weighted, alternatives in part) the article must hold. */
    public static final double MIN_TOPIC = 0.55;
    /**
     * Least cosine of the question's and the article's best passage's embeddings (bge-small-zh), when there are
     * embeddings. Chosen on news-train folds 0-3 with the learned reader weights (2026-12-07): 0.45 / 0.5 / 0.55 right
     * for 140 / 141 / 141 of 236 (uncovered refused 18 / 19 / 20 of 28), news-dev 76 / 76 / 74; 0.5 kept news-dev.
     */
    static final double MIN_DENSE = 0.5;
    /** Below {@link #MIN_TOPIC}, the article answers when words and meaning together reach this (topic + cosine). */
    static final double MIN_TOPIC_AND_MEANING = 0.95;
    /** A newer report of the same story answers the latest-word question when its sentence reads at least this well. */
    static final double NEWER_READ = 0.75;
    /** Longest quote gathered for a list, a reason or a manner. */
    static final int MAX_GATHERED = 200;

    /** A list takes sentences that score at least this share of the best one. */
    static final double LIST_SHARE = 0.6;
    /** Most sentences quoted for a list. */
    static final int MAX_LIST_UNITS = 3;

    private final Prompts prompts;
    private final DirectAnswers direct;

    public ReadingAnswers(Prompts prompts) {
        this.prompts = prompts;
        this.direct = new DirectAnswers(prompts);
    }

    /**
     * Whether a {@link #refusal} doubts only that the article is about the question's subject (by meaning, or by its
     * share of the question's words), not that it holds what is asked.
     */
    static boolean aboutTheSubjectOnly(String refusal) {
        return refusal.startsWith("meaning ") || refusal.startsWith("topic ");
    }

    /**
     * The {@link #refusal} of a reading of the article a conversation is about, refused only on its subject: "" when its
     * words and meaning together reach what words alone must reach elsewhere ({@link #MIN_TOPIC}): a follow-up in the
     * reader's own words shares few of the article's words but much of its meaning, a question about something else
     * (公司的年终奖 after a story about exams) neither.
     */
    static String refusalInKnownArticle(ArticleReader.Reading r) {
        return r.topic() + Math.max(0, r.evidence().denseScore()) < MIN_TOPIC
                ? "topic and meaning " + String.format("%.2f", r.topic() + r.evidence().denseScore()) : "";
    }

    /** Whether the reading's article answers what is asked; "" when it does, otherwise why not. */
    static String refusal(Asked asked, ArticleReader.Reading r, boolean embeddings) {
        // first what is asked (a veto: the story is there but not what is asked of it), then the subject
        if (asked.typed() && !r.typedHit()) {
            return "no " + asked.shape();
        }
        if ((asked.shape() == Asked.Shape.NUMBER || asked.shape() == Asked.Shape.MONEY) && asked.units().isEmpty()
                && UnitCues.nextToAsked(asked, r.best().text(), r.spans()) == 0) {
            return "no " + asked.shape() + " near what is asked"; // 销量是多少 is not answered by a number about something else
        }
        if (!asked.focus().isEmpty() && !r.focusInArticle() && (asked.typed() || asked.shape() == Asked.Shape.NAMED)
                && (asked.units().isEmpty() || genericCount(asked))) { // a unit of its own (几倍, 多少吨) decides; 几家工厂 needs 工厂
            return "no " + asked.focus();
        }
        String otherPart = otherPart(asked, r);
        if (!otherPart.isEmpty()) {
            return "no " + otherPart; // 二期工程 asked, only 一期 reported
        }
        double dense = r.evidence().denseScore();
        if (embeddings && dense < MIN_DENSE) {
            return "meaning " + String.format("%.2f", dense);
        }
        if (r.topic() < MIN_TOPIC && !(embeddings && r.topic() + dense >= MIN_TOPIC_AND_MEANING)) {
            return "topic " + String.format("%.2f", r.topic());
        }
        return "";
    }

    /**
     * A numbered part the question asks about (二期, 第三批, 6号线) that the article never names while it names another of
     * the same kind (一期): the part asked about is not reported. "" when there is none.
     */
    static String otherPart(Asked asked, ArticleReader.Reading r) {
        java.util.regex.Matcher m = NUMBERED_PART.matcher(asked.text());
        String article = null;
        while (m.find()) {
            if (article == null) {
                article = r.units().get(0).text() + "\n" + com.newsbot.retrieval.ChineseScript.toSimplified(r.article().text());
            }
            String kind = m.group(2);
            if (!article.contains(m.group()) && !article.contains(m.group(1).replace("第", "") + kind)) {
                java.util.regex.Matcher other = java.util.regex.Pattern.compile("[一二三四五六七八九十\\d]+" + kind).matcher(article);
                if (other.find()) {
                    return m.group();
                }
            }
        }
        return "";
    }

    private static final java.util.regex.Pattern NUMBERED_PART =
            java.util.regex.Pattern.compile("(第?[一二三四五六七八九十\\d]+)(期|号线|批|轮|季度|届)");

    /** Whether the question counts with a measure word any noun takes (几家工厂, 几个项目), so the noun says what is counted. */
    static boolean genericCount(Asked asked) {
        String unit = asked.question().unit();
        return unit.length() == 1 && GENERIC_MEASURES.indexOf(unit.charAt(0)) >= 0;
    }

    private static final String GENERIC_MEASURES = "个家位名所座间处件项次只条种批";

    /** The reading to answer from: the best, or the newest of those reporting the same story when the latest is asked for. */
    ArticleReader.Reading choose(Asked asked, List<ArticleReader.Reading> readings) {
        ArticleReader.Reading best = readings.get(0);
        if (!asked.recent()) {
            return best;
        }
        ArticleReader.Reading newest = best;
        for (ArticleReader.Reading r : readings) {
            if (r.date() != null && newest.date() != null && r.date().isAfter(newest.date())
                    && SameStory.sameStory(asked, r, best) && r.score() >= NEWER_READ * best.score()) {
                newest = r;
            }
        }
        if (newest != best && asked.typed() && SameStory.sameFigure(figure(asked, newest), figure(asked, best))) {
            return best; // the story did not change (补助1万元 then 补助一万元): its best-read report says it best
        }
        if (newest == best && asked.typed()) { // the best-read is the newest: a round-up repeating an earlier story's figure?
            Optional<ArticleReader.Reading> before = earlier(asked, readings, best);
            if (before.isPresent() && before.get().score() >= NEWER_READ * best.score()
                    && SameStory.sameFigure(figure(asked, before.get()), figure(asked, best))) {
                return before.get(); // the figure did not change since: the report that told the story says it
            }
        }
        return newest;
    }

    private String figure(Asked asked, ArticleReader.Reading r) {
        return direct.of(asked, List.of(r.best().text()), r.date());
    }

    /**
     * The latest earlier report of the story {@code chosen} tells, when the question asks for the latest and another issue
     * reported it before (the same story: as much of the question covered, the same kind of answer found); empty
     * otherwise.
     */
    static Optional<ArticleReader.Reading> earlier(Asked asked, List<ArticleReader.Reading> readings,
                                                   ArticleReader.Reading chosen) {
        if (!asked.recent() || chosen.date() == null) {
            return Optional.empty();
        }
        ArticleReader.Reading found = null;
        for (ArticleReader.Reading r : readings) {
            if (r != chosen && r.date() != null && r.date().isBefore(chosen.date()) && SameStory.sameStory(asked, r, chosen)
                    && (found == null || r.date().isAfter(found.date()))) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    Answer compose(String question, Asked asked, ArticleReader.Reading r, ArticleReader reader, Headlines headlines,
                   long latencyMs) {
        return compose(question, asked, r, Optional.empty(), reader, headlines, latencyMs);
    }

    /**
     * The answer from reading {@code r}: the direct answer, then (when an {@code earlier} report of the same story exists)
     * the date of this report, the quote and its citation, and what the earlier report said when it said otherwise.
     */
    Answer compose(String question, Asked asked, ArticleReader.Reading r, Optional<ArticleReader.Reading> earlier,
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
