package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.bot.answer.retrieve.Paper;
import com.newsbot.bot.answer.retrieve.TermWeights;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ChineseScript;
import com.newsbot.retrieval.concurrent.OnCores;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the few articles retrieval ranks first, whole (headline and every sentence), the way a person looks for the
 * answer to a question put in their own words: how much of what the question is about each article covers (its words,
 * the paper's words for them, a mistyped character forgiven), and which sentence holds what is asked: the kind of
 * answer ({@link Asked.Shape}) next to the asked noun ({@link Asked#focus()}). The result says how sure it is; the
 * composer decides whether that is enough.
 */
public final class ArticleReader {
    /** Articles read per question: retrieval's first few (recall@5 is 0.99 and more on the question sets). */
    static final int ARTICLES = 4;

    /** One unit an article is read in: its headline ({@code start} -1) or a sentence {@code [start, end)} of its text. */
    public record Unit(int start, int end, String text) {
        public boolean headline() {
            return start < 0;
        }
    }

    /**
     * What reading one article found.
     *
     * @param topic    weighted share of the question's words the article holds (alternatives and near misses in part)
     * @param best     the unit that best answers
     * @param score    how well {@code best} answers (words, kind of answer, asked noun)
     * @param spans    the answer-shaped spans in {@code best}
     * @param rank     the article's position in retrieval (0 first)
     */
    public record Reading(Evidence evidence, Article article, List<Unit> units, double topic, Unit best, double score,
                   List<AnswerSpans.Span> spans, boolean focusInArticle, int rank, double total) {
        public LocalDate date() {
            return evidence.date();
        }

        public boolean typedHit() {
            return !spans.isEmpty();
        }
    }

    /**
     * The weights of a sentence's meaning ({@link UnitFeatures#PASSAGE_BEST}: it is the closest sentence;
     * {@link UnitFeatures#PASSAGE_GAP}: how far it falls behind) when a question is read within a known article, on the
     * scale of the learned reader weights (answer/reader-weights.txt, lex 3.64). Set on news-chat-dev (graded turns,
     * 2026-12-07): with the hand weights of stop 17, 0.3-1.0 with gap 0.5-3 gave 44-46 of 67 (41 without); with the
     * learned weights, 2/4, 3.3/6.6 and 5/10 all gave 55, the hand-scale 0.5/1 50, the learned passage weights (0/26)
     * 54. The single-question sets never read a known article.
     */
    static final double SENTENCE_BEST = 3.3;
    /** See {@link #SENTENCE_BEST}. */
    static final double SENTENCE_GAP = 6.6;

    private final TermWeights weights;
    /** What the reader sees of each unit. */
    private final UnitFeatureReader unitFeatures;
    private final Paper paper;
    /** What chooses a reading's best unit and orders the readings (learned, or the hand weights for measuring). */
    private final UnitFeatures.Weights choice;
    /** Which unit of an article it chooses, by {@link #choice}. */
    private final UnitChoice unitChoice;
    /** The text retrieval searched with: what the article's passages are compared with in meaning ("": not compared). */
    private final String query;
    /** The question each sentence is compared with in meaning ({@link SentenceMeaning}; "": passages are compared). */
    private final String sentenceQuestion;
    /** Where the articles are read: each on its own, at once on the machine's cores ({@link OnCores#CALLER}: in turn). */
    private final OnCores cores;

    public ArticleReader(TermWeights weights, Paper paper) {
        this(weights, paper, "");
    }

    public ArticleReader(TermWeights weights, Paper paper, String query) {
        this(weights, paper, UnitFeatures.learned(), query);
    }

    ArticleReader(TermWeights weights, Paper paper, UnitFeatures.Weights choice, String query) {
        this(weights, paper, choice, query, "", OnCores.CALLER);
    }

    private ArticleReader(TermWeights weights, Paper paper, UnitFeatures.Weights choice, String query,
                          String sentenceQuestion, OnCores cores) {
        this.weights = weights;
        this.unitFeatures = new UnitFeatureReader(weights);
        this.paper = paper;
        this.choice = choice;
        this.unitChoice = new UnitChoice(unitFeatures, choice);
        this.query = query;
        this.sentenceQuestion = sentenceQuestion;
        this.cores = java.util.Objects.requireNonNull(cores, "cores");
    }

    /** This reader reading the articles of one question at once on {@code cores} (the readings are the same). */
    public ArticleReader on(OnCores cores) {
        return new ArticleReader(weights, paper, choice, query, sentenceQuestion, cores);
    }

    /**
     * This reader choosing each article's sentence also by how close in meaning it is to {@code question}
     * ({@link SentenceMeaning}, weighed {@link #SENTENCE_BEST} and {@link #SENTENCE_GAP}): for a question asked within
     * an article the conversation is about, where the article is known and only its sentence is sought.
     */
    public ArticleReader withSentenceMeaning(String question) {
        return new ArticleReader(weights, paper, choice.withMeaning(SENTENCE_BEST, SENTENCE_GAP), query, question, cores);
    }

    /** The readings of retrieval's first articles, best first (the newest of equally good ones first when asked for the latest). */
    public List<Reading> read(Asked asked, List<Evidence> evidences) {
        return read(asked, evidences, ARTICLES);
    }

    /** As {@link #read(Asked, List)}, reading up to {@code maxArticles} articles. */
    public List<Reading> read(Asked asked, List<Evidence> evidences, int maxArticles) {
        Map<String, Evidence> firstPassage = new LinkedHashMap<>();
        for (Evidence e : evidences) {
            firstPassage.putIfAbsent(e.articleId(), e);
            if (firstPassage.size() == maxArticles) {
                break;
            }
        }
        List<java.util.function.Supplier<Optional<Reading>>> each = new ArrayList<>();
        int rank = 0;
        for (Evidence e : firstPassage.values()) {
            int at = rank++;
            each.add(() -> paper.article(e.articleId()).map(article -> read(asked, e, article, at)));
        }
        List<Reading> readings = new ArrayList<>();
        for (Optional<Reading> r : cores.all(each)) {
            r.ifPresent(readings::add);
        }
        readings.sort(Comparator.comparingDouble(Reading::total).reversed());
        return readings;
    }

    /**
     * Whether this reader reads within an article the conversation is about ({@link #withSentenceMeaning}): the subject
     * is known, only the sentence is sought.
     */
    public boolean withinKnownArticle() {
        return !sentenceQuestion.isEmpty();
    }

    /** The units an article is read in: its headline, then its sentences. */
    static List<Unit> units(Article article) {
        String headline = ChineseScript.toSimplified(String.join(" ", article.kicker(), article.title(), article.subtitle()).strip());
        String body = ChineseScript.toSimplified(article.text());
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(-1, -1, headline));
        for (Texts.Range r : Texts.sentences(article.text())) {
            units.add(new Unit(r.start(), r.end(), body.substring(r.start(), r.end())));
        }
        return units;
    }

    /**
     * Whether the sentence of {@code article} holding character {@code at} of its text is the one closest in meaning to
     * the question of {@link #withSentenceMeaning} (true when this reader compares no sentences, or nothing is known).
     */
    public boolean closestInMeaning(Article article, int at) {
        if (sentenceQuestion.isEmpty()) {
            return true;
        }
        List<Unit> units = units(article);
        double[][] meaning = SentenceMeaning.of(paper, sentenceQuestion, units);
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (!u.headline() && u.start() <= at && at < u.end()) {
                return meaning[i] == PassageMeaning.NONE || meaning[i][0] == 1;
            }
        }
        return true;
    }

    Reading read(Asked asked, Evidence evidence, Article article, int rank) {
        List<Unit> units = units(article);
        String headline = units.get(0).text();
        String body = ChineseScript.toSimplified(article.text());
        List<String> words = asked.words();
        String whole = headline + "\n" + body;
        double total = 0;
        double hit = 0;
        for (String w : words) {
            double ww = weights.wordWeight(w);
            total += ww;
            hit += ww * UnitCues.match(whole, w);
        }
        double topic = total == 0 ? 0 : hit / total;

        double[][] meaning = meaning(article.id(), units, false);
        WordHits hits = WordHits.of(words, units);
        UnitChoice.Best chosen = withinKnownArticle() && asked.typed()
                ? unitChoice.typedFirst(asked, headline, units, meaning, hits)
                : unitChoice.best(asked, headline, units, meaning, hits);
        Unit best = units.get(chosen.index());
        UnitFeatureReader.Featured bestFeatured = chosen.featured();
        double bestChoice = chosen.choice();
        double bestScore = UnitFeatures.HAND.unitScore(bestFeatured.x()); // the checks after reading keep the hand scale
        List<AnswerSpans.Span> bestSpans = bestFeatured.spans();
        boolean focusInArticle = asked.focus().isEmpty() || UnitCues.match(whole, asked.focus()) > 0.6
                || UnitCues.match(whole, asked.focusHead()) > 0.6;
        double prior = 1.0 / (1 + rank);
        double sum = bestChoice + choice.articleScore(topic, prior, evidence.denseScore(), dated(asked, evidence.date()));
        return new Reading(evidence, article, List.copyOf(units), topic, best, bestScore, bestSpans, focusInArticle, rank, sum);
    }

    /**
     * Every unit of a reading with its features and the article's ({@link UnitFeatures#SIZE} numbers each), in the
     * reading's order: what {@code newsbot train} learns from.
     */
    List<double[]> featuresOfEveryUnit(Asked asked, Reading r) {
        List<double[]> out = new ArrayList<>();
        String headline = r.units().get(0).text();
        double prior = 1.0 / (1 + r.rank());
        double[][] meaning = meaning(r.article().id(), r.units(), true); // learned from, whatever they weigh now
        WordHits hits = WordHits.of(asked.words(), r.units());
        for (int i = 0; i < r.units().size(); i++) {
            double[] x = features(asked, headline, r.units().get(i), i, meaning[i], hits).x();
            x[UnitFeatures.TOPIC] = r.topic();
            x[UnitFeatures.PRIOR] = prior;
            x[UnitFeatures.DENSE] = r.evidence().denseScore();
            x[UnitFeatures.DATED] = dated(asked, r.date());
            out.add(x);
        }
        return out;
    }

    /** {@link UnitFeatures#DATED}: 1 when an issue of {@code date} reports the day {@code asked} names (that day or the next). */
    static double dated(Asked asked, LocalDate date) {
        if (asked.day() == null || date == null) {
            return 0;
        }
        return asked.day().equals(MonthDay.from(date)) || asked.day().equals(MonthDay.from(date.minusDays(1))) ? 1 : 0;
    }

    /** How well one unit answers: its score, its answer-shaped spans, whether it names the asked noun. */
    record Scored(double score, List<AnswerSpans.Span> spans) {
    }

    /** How well {@code u} of the reading's article answers {@code asked}. */
    public double unitScore(Asked asked, Reading r, Unit u) {
        return score(asked, r.units().get(0).text(), u, r.units().indexOf(u)).score();
    }

    /** How well unit {@code u} (number {@code i} of its article, the headline being 0) answers {@code asked}. */
    Scored score(Asked asked, String headline, Unit u, int i) {
        UnitFeatureReader.Featured f = features(asked, headline, u, i);
        return new Scored(UnitFeatures.HAND.unitScore(f.x()), f.spans());
    }

    /** The features of unit {@code u} (number {@code i} of its article, the headline being 0) for {@code asked}. */
    UnitFeatureReader.Featured features(Asked asked, String headline, Unit u, int i) {
        return features(asked, headline, u, i, PassageMeaning.NONE, null);
    }

    /** The units' {@link PassageMeaning}, unless the weights give it nothing ({@code always}: all the same). */
    double[][] meaning(String articleId, List<Unit> units, boolean always) {
        boolean weighed = choice.get(UnitFeatures.PASSAGE_BEST) != 0 || choice.get(UnitFeatures.PASSAGE_GAP) != 0;
        if (!sentenceQuestion.isEmpty()) {
            return SentenceMeaning.of(paper, sentenceQuestion, units);
        }
        return PassageMeaning.of(paper, weighed || always ? query : "", articleId, units);
    }

    /**
     * As {@link #features(Asked, String, Unit, int)}, with the unit's {@link #meaning} ({best, gap}) and how its article's
     * units hold the question's words ({@code hits}; null: this unit alone is read, and every word is as rare).
     */
    UnitFeatureReader.Featured features(Asked asked, String headline, Unit u, int i, double[] meaning, WordHits hits) {
        return unitFeatures.of(asked, headline, u, i, meaning, hits);
    }
}
