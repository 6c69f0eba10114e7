package com.newsbot.bot.answer.decide;

import com.newsbot.bot.answer.candidates.AnswerSpans;
import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.candidates.UnitCues;
import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.retrieval.ChineseScript;

import java.util.List;
import java.util.Optional;

/**
 * What the two offline readers of a plain question found, and which of them should answer: the lexical picker's clause
 * ({@link SpanPicker}, strong on copied-words questions such as CMRC's), or the reading of the first articles whole
 * ({@link ArticleReader}, strong on questions in readers' own words), or neither ("not covered").
 *
 * <p>The picker is trusted when its evidence gate passes, unless one of the named reasons below says the reader knows
 * better: what is asked is missing where the picker looked ({@link #vetoed}), the reader found what the picker's clause
 * lacks ({@link #readerFoundWhatPickerLacks}), a newer report tells the story ({@link #newerReport}), or the answer is of
 * a form the reader composes ({@link #readerComposes}: yes/no, an issue's date, a list, the latest word).
 */
final class OfflineDecision {
    /** How much better the reader must read its own listing sentence than the picker's sentence to quote it instead. */
    static final double CLEARLY_BETTER = 0.05;

    private final Asked asked;
    private final ArticleReader reader;
    private final List<ArticleReader.Reading> readings;
    private final Optional<SpanPicker.Pick> pick;
    /** The reading to answer from (null when nothing was read). */
    private final ArticleReader.Reading chosen;
    /** Why {@link #chosen} does not answer, "" when it does. */
    private final String refusal;

    OfflineDecision(Asked asked, ArticleReader reader, List<ArticleReader.Reading> readings,
                    Optional<SpanPicker.Pick> pick, ReadingAnswers readingAnswers, boolean embeddings) {
        this.asked = asked;
        this.reader = reader;
        this.readings = List.copyOf(readings);
        this.pick = pick;
        ArticleReader.Reading best = null;
        String why = "nothing retrieved";
        if (!readings.isEmpty()) {
            best = readingAnswers.choose(asked, readings);
            why = ReadingAnswers.refusal(asked, best, embeddings);
            if (reader.withinKnownArticle() && ReadingAnswers.aboutTheSubjectOnly(why)) {
                why = ReadingAnswers.refusalInKnownArticle(best); // the conversation says what the article is about
            }
        }
        this.chosen = best;
        this.refusal = why;
    }

    Optional<SpanPicker.Pick> pick() {
        return pick;
    }

    List<ArticleReader.Reading> readings() {
        return readings;
    }

    /** The reader that read {@link #readings()} (to score more of their sentences when quoting a list). */
    ArticleReader readerOf() {
        return reader;
    }

    /** The reading that answers, if the reader's checks pass. */
    Optional<ArticleReader.Reading> answering() {
        return refusal.isEmpty() ? Optional.of(chosen) : Optional.empty();
    }

    /**
     * The reading the reader would answer from when its only doubt is the subject (too little of the question's words
     * or meaning: {@link ReadingAnswers#aboutTheSubjectOnly}); empty when it answers, or holds not what is asked.
     */
    Optional<ArticleReader.Reading> doubtedOnItsSubject() {
        return chosen != null && ReadingAnswers.aboutTheSubjectOnly(refusal) ? Optional.of(chosen) : Optional.empty();
    }

    /** The reading the reader chose (answering or not); empty when nothing was read. */
    Optional<ArticleReader.Reading> chosen() {
        return Optional.ofNullable(chosen);
    }

    /** The latest earlier report of the answering story, when the question asks for the latest. */
    Optional<ArticleReader.Reading> earlier() {
        return chosen == null ? Optional.empty() : ReadingAnswers.earlier(asked, readings, chosen);
    }

    /** Whether the picker's clause answers: its gate passed and no reason says the reader knows better. */
    boolean pickerAnswers() {
        return pick.isPresent() && !vetoed() && !newerReport() && !readerComposes() && !readerFoundWhatPickerLacks();
    }

    /**
     * What is asked is not in the paper where both looked, a check words cannot fake: a numbered part never reported
     * (二期 asked, only 一期 told), a sum of money, a year or a number of the counted unit, a role (爸爸叫什么 with no
     * 爸爸), a which-thing (哪家配套工厂 with no factory) — unless the picker's own quote has it.
     */
    boolean vetoed() {
        boolean partNotReported = chosen != null && !ReadingAnswers.otherPart(asked, chosen).isEmpty();
        boolean askedMissing = (refusal.equals("no " + Asked.Shape.MONEY) || refusal.equals("no " + Asked.Shape.YEAR)
                || (refusal.equals("no " + Asked.Shape.NUMBER) && !asked.units().isEmpty()) // 两代 does not count 员工
                || (asked.shape() == Asked.Shape.PERSON && refusal.equals("no " + asked.focus())))
                && pick.map(p -> lacksAsked(asked, p.quote())).orElse(true);
        boolean namedMissing = (asked.shape() == Asked.Shape.NAMED || asked.shape() == Asked.Shape.PLACE)
                && refusal.equals("no " + asked.focus())
                && asked.focus().length() >= 3 && asked.whichOfFocus() // 哪家配套工厂, not 哪个国家 or 出生地在哪里
                && pick.map(p -> !holdsFocus(asked, p.quote())).orElse(true);
        return partNotReported || askedMissing || namedMissing;
    }

    /**
     * The reader found what is asked where the picker's clause lacks it: the counted quantity (32吨 in the headline,
     * not the dateline's 4月), an answer touching the asked noun (宁波大榭港 for 哪个港, where the clause has 四川), a
     * cause (受广告收入下滑的冲击).
     */
    boolean readerFoundWhatPickerLacks() {
        if (!refusal.isEmpty() || pick.isEmpty()) {
            return false;
        }
        String quote = ChineseScript.toSimplified(pick.get().quote());
        String sentence = chosen.best().text();
        boolean quantity = chosen.typedHit() && (asked.unitNamed() || asked.shape() == Asked.Shape.MONEY
                || asked.shape() == Asked.Shape.YEAR) && lacksAsked(asked, quote);
        boolean touching = (asked.shape() == Asked.Shape.PERSON || asked.shape() == Asked.Shape.PLACE
                || (asked.shape() == Asked.Shape.NAMED && asked.whichOfFocus()))
                && UnitCues.touches(asked, sentence) && !UnitCues.touches(asked, quote);
        boolean cause = asked.shape() == Asked.Shape.REASON && UnitCues.saysCause(sentence)
                && !UnitCues.saysCause(quote);
        return quantity || touching || cause;
    }

    /** The question asks for the latest and the reader chose another report than the picker's. */
    boolean newerReport() {
        return asked.recent() && chosen != null && refusal.isEmpty()
                && !chosen.article().id().equals(pick.map(p -> p.evidence().articleId()).orElse(""));
    }

    /**
     * The answer has a form the reader composes better than a quoted clause: yes/no, the issue's date, a list it
     * gathered, the latest of a story several issues reported (said with its date, and the earlier figure).
     */
    boolean readerComposes() {
        if (asked.shape() == Asked.Shape.YESNO || asked.shape() == Asked.Shape.ISSUE_DATE) {
            return true;
        }
        if (!refusal.isEmpty()) {
            return false;
        }
        boolean readerLists = chosen != null && (asked.typed() || (UnitCues.lists(chosen.best().text())
                && (asked.focus().isEmpty() || holdsFocus(asked, chosen.best().text())) // 天敌有虎及云豹, not where it lives
                && chosen.score() >= pick.map(this::pickScore).orElse(0.0) + CLEARLY_BETTER));
        boolean listByReader = asked.list() && pick.map(p -> !enumerates(asked, p.quote()) && readerLists).orElse(true);
        return listByReader || earlier().isPresent();
    }

    /**
     * Whether {@code quote} itself lists what a list question asks: two or more figures or dates of the asked kind (4月8日
     * and 4月28日), or, when no kind is asked, three things or more (铅、铟和锡).
     */
    static boolean enumerates(Asked asked, String quote) {
        if (!asked.typed() || asked.shape() == Asked.Shape.PERSON) {
            return UnitCues.listsAsked(asked, ChineseScript.toSimplified(quote)); // people, not their titles
        }
        boolean figure = asked.shape() != Asked.Shape.PERSON && asked.shape() != Asked.Shape.PLACE; // 今年 is no item of a list of dates
        return AnswerSpans.find(asked.shape(), ChineseScript.toSimplified(quote), asked.text()).stream()
                .map(AnswerSpans.Span::text).filter(t -> !figure || t.chars().anyMatch(Character::isDigit)).distinct().count() >= 2;
    }

    /** How well the reader reads the sentence the picker chose (0 when it did not read that article). */
    private double pickScore(SpanPicker.Pick p) {
        int at = p.evidence().start() + p.from();
        for (ArticleReader.Reading r : readings) {
            if (r.article().id().equals(p.evidence().articleId())) {
                for (ArticleReader.Unit u : r.units()) {
                    if (!u.headline() && u.start() <= at && at < u.end()) {
                        return reader.unitScore(asked, r, u);
                    }
                }
            }
        }
        return 0;
    }

    /** Whether {@code text} names the asked noun (配套工厂, or its last word 工厂). */
    static boolean holdsFocus(Asked asked, String text) {
        String simplified = ChineseScript.toSimplified(text);
        return Texts.holdsWord(simplified, asked.focus()) || Texts.holdsWord(simplified, asked.focusHead());
    }

    /** Whether {@code quote} lacks what is asked: the sum of money, the year, a number of the counted unit. */
    static boolean lacksAsked(Asked asked, String quote) {
        String simplified = ChineseScript.toSimplified(quote);
        if (asked.shape() == Asked.Shape.NUMBER && !asked.units().isEmpty()) {
            boolean ofWhatIsAsked = asked.focus().isEmpty() || holdsFocus(asked, simplified); // 一个劳模 does not count 几家工厂
            return !ofWhatIsAsked || AnswerSpans.quantityWith(simplified, asked.text(), asked.units()).isEmpty();
        }
        return AnswerSpans.find(asked.shape(), simplified, asked.text()).isEmpty();
    }
}
