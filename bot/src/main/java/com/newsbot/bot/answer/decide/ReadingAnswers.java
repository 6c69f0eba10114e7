package com.newsbot.bot.answer.decide;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.candidates.UnitCues;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.render.DirectAnswers;

import java.util.List;
import java.util.Optional;

/**
 * Whether what {@link ArticleReader} found answers, or "the paper does not cover it": decides whether the best-read
 * article answers (its subject is the question's, by words and by meaning; what is asked — a number, a date, a name,
 * the asked noun — is there) and prefers the newest report when the question asks for the latest; the answer itself is
 * {@link com.newsbot.bot.answer.render.ReadingComposer}'s.
 */
public final class ReadingAnswers {
    /** Least share of the question's words (weighted, alternatives in part) the article must hold. */
    public static final double MIN_TOPIC = 0.55;
    /**
     * How much higher a question's cosines are since questions are embedded without bge's query instruction, added to
     * every gate below that was set on cosines with it. Measured on 150 CMRC question-paragraph pairs (median +0.039 to
     * its paragraph, +0.029 to another, p90 +0.063 / +0.054). Chosen among 0.035, 0.045 and 0.055 (2026-12-07; with the
     * instruction in brackets): news-train folds 0-3 right 147 / 146 / 146 of 236 (145), news-dev 75 / 74 / 73 (74),
     * questions the paper does not cover answered: CMRC trial 54 / 48 / 46 of 490 (47), DRCD dev - / 225 / 204 of 1,775
     * (196). 0.055 invents the fewest answers, as the instruction's gates did.
     */
    public static final double COSINE_RISE = 0.055;
    /**
     * Least cosine of the question's and the article's best passage's embeddings (bge-small-zh), when there are
     * embeddings. Chosen on news-train folds 0-3 with the learned reader weights (2026-12-07), on cosines with bge's
     * query instruction: 0.45 / 0.5 / 0.55 right for 140 / 141 / 141 of 236 (uncovered refused 18 / 19 / 20 of 28),
     * news-dev 76 / 76 / 74; 0.5 kept news-dev. Without the instruction, plus {@link #COSINE_RISE}.
     */
    static final double MIN_DENSE = 0.5 + COSINE_RISE;
    /** Below {@link #MIN_TOPIC}, the article answers when words and meaning together reach this (topic + cosine). */
    static final double MIN_TOPIC_AND_MEANING = 0.95 + COSINE_RISE;
    /** A newer report of the same story answers the latest-word question when its sentence reads at least this well. */
    static final double NEWER_READ = 0.75;
    private final DirectAnswers direct;

    public ReadingAnswers(Prompts prompts) {
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
        return r.topic() + Math.max(0, r.evidence().denseScore()) < MIN_TOPIC + COSINE_RISE
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
            return "no " + otherPart; // 三期项目 asked, only 一期 reported
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
}
