package com.newsbot.bot.answer;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ChineseScript;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the few articles retrieval ranks first, whole (headline and every sentence), the way a person looks for the
 * answer to a question put in their own words: how much of what the question is about each article covers (its words,
 * the paper's words for them, a mistyped character forgiven), and which sentence holds what is asked: the kind of
 * answer ({@link Asked.Shape}) next to the asked noun ({@link Asked#focus}). The result says how sure it is; the
 * composer decides whether that is enough.
 */
final class ArticleReader {
    /** Articles read per question: retrieval's first few (recall@5 is 0.99 and more on the question sets). */
    static final int ARTICLES = 4;
    /** A question word the paper says otherwise (a synonym) earns this share of its weight. */
    static final double ALTERNATIVE_CREDIT = 0.7;
    /** A word of the article's headline says which article, hardly which sentence. */
    private static final double HEADLINE_WORD_FACTOR = 0.35;
    private static final Pattern REASON_CUE = Pattern.compile("因为|由于|原因|为了|导致|因此|所以|是因|受到?.{0,12}影响|旨在|目的|源于|据悉|称|表示|认为");
    private static final Pattern CAUSE = Pattern.compile(
            "因为|由于|原因[是在为]|导致|因此|所以|之所以|是因|受到?.{0,12}(?:影响|冲击)|为了|以便|旨在|源于|随着|缘于|归因于");
    private static final Pattern ENUMERATION = Pattern.compile("[^，。、；：\\s]{1,16}、[^，。、；：\\s]{1,16}(?:、|和|及|与|以及)[^，。、；：\\s]{1,16}");
    /** What a sentence that lists three or more things earns for a list question. */
    private static final double LIST_FORM = 0.2;
    private static final Pattern ASKS = Pattern.compile("[？?]\\s*$");
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’'《》「」『』]");
    private static final Pattern UNTIL = Pattern.compile("(?:至|到|延长至|延至|截至|推迟至|持续到)\\s*(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]");
    /** What a unit earns when an answer of the asked kind touches the asked noun (法官吴德植 for 那个法官叫什么). */
    static final double TOUCHING_ASKED = 0.3;
    /** Letters (characters, Latin letters) a unit must hold beyond the question's to say something. */
    static final int LEAST_NEW = 2;
    /** What a unit that only repeats the question loses. */
    private static final double ECHO_PENALTY = 0.3;
    private static final Pattern MANNER_CUE = Pattern.compile("通过|利用|采用|用|以|方式|方法|手段|办法");

    /** One unit an article is read in: its headline ({@code start} -1) or a sentence {@code [start, end)} of its text. */
    record Unit(int start, int end, String text) {
        boolean headline() {
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
    record Reading(Evidence evidence, Article article, List<Unit> units, double topic, Unit best, double score,
                   List<AnswerSpans.Span> spans, boolean focusInArticle, int rank, double total) {
        LocalDate date() {
            return evidence.date();
        }

        boolean typedHit() {
            return !spans.isEmpty();
        }
    }

    private final TermWeights weights;
    private final Paper paper;
    /** What chooses a reading's best unit and orders the readings (learned, or the hand weights for measuring). */
    private final UnitFeatures.Weights choice;
    /** The text retrieval searched with: what the article's passages are compared with in meaning ("": not compared). */
    private final String query;

    ArticleReader(TermWeights weights, Paper paper) {
        this(weights, paper, "");
    }

    ArticleReader(TermWeights weights, Paper paper, String query) {
        this(weights, paper, UnitFeatures.learned(), query);
    }

    ArticleReader(TermWeights weights, Paper paper, UnitFeatures.Weights choice, String query) {
        this.weights = weights;
        this.paper = paper;
        this.choice = choice;
        this.query = query;
    }

    /** The readings of retrieval's first articles, best first (the newest of equally good ones first when asked for the latest). */
    List<Reading> read(Asked asked, List<Evidence> evidences) {
        return read(asked, evidences, ARTICLES);
    }

    /** As {@link #read(Asked, List)}, reading up to {@code maxArticles} articles. */
    List<Reading> read(Asked asked, List<Evidence> evidences, int maxArticles) {
        Map<String, Evidence> firstPassage = new LinkedHashMap<>();
        for (Evidence e : evidences) {
            firstPassage.putIfAbsent(e.articleId(), e);
            if (firstPassage.size() == maxArticles) {
                break;
            }
        }
        List<Reading> readings = new ArrayList<>();
        int rank = 0;
        for (Evidence e : firstPassage.values()) {
            Optional<Article> article = paper.article(e.articleId());
            if (article.isPresent()) {
                readings.add(read(asked, e, article.get(), rank));
            }
            rank++;
        }
        readings.sort(Comparator.comparingDouble(Reading::total).reversed());
        return readings;
    }

    Reading read(Asked asked, Evidence evidence, Article article, int rank) {
        String headline = ChineseScript.toSimplified(String.join(" ", article.kicker(), article.title(), article.subtitle()).strip());
        String body = ChineseScript.toSimplified(article.text());
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(-1, -1, headline));
        for (Texts.Range r : Texts.sentences(article.text())) {
            units.add(new Unit(r.start(), r.end(), body.substring(r.start(), r.end())));
        }
        List<String> words = asked.words();
        String whole = headline + "\n" + body;
        double total = 0;
        double hit = 0;
        for (String w : words) {
            double ww = weights.wordWeight(w);
            total += ww;
            hit += ww * match(whole, w);
        }
        double topic = total == 0 ? 0 : hit / total;

        double[][] meaning = meaning(article.id(), units, false);
        Unit best = null;
        Featured bestFeatured = null;
        double bestChoice = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < units.size(); i++) {
            Featured f = features(asked, headline, units.get(i), i, meaning[i]);
            double c = choice.unitScore(f.x());
            if (bestFeatured == null || c > bestChoice) {
                bestFeatured = f;
                bestChoice = c;
                best = units.get(i);
            }
        }
        double bestScore = UnitFeatures.HAND.unitScore(bestFeatured.x()); // the checks after reading keep the hand scale
        List<AnswerSpans.Span> bestSpans = bestFeatured.spans();
        boolean focusInArticle = asked.focus.isEmpty() || match(whole, asked.focus) > 0.6 || match(whole, asked.focusHead) > 0.6;
        double prior = 1.0 / (1 + rank);
        double sum = bestChoice + choice.articleScore(topic, prior, evidence.denseScore());
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
        for (int i = 0; i < r.units().size(); i++) {
            double[] x = features(asked, headline, r.units().get(i), i, meaning[i]).x();
            x[UnitFeatures.TOPIC] = r.topic();
            x[UnitFeatures.PRIOR] = prior;
            x[UnitFeatures.DENSE] = r.evidence().denseScore();
            out.add(x);
        }
        return out;
    }

    /** How well one unit answers: its score, its answer-shaped spans, whether it names the asked noun. */
    record Scored(double score, List<AnswerSpans.Span> spans) {
    }

    /** How well {@code u} of the reading's article answers {@code asked}. */
    double unitScore(Asked asked, Reading r, Unit u) {
        return score(asked, r.units().get(0).text(), u, r.units().indexOf(u)).score();
    }

    /** How well unit {@code u} (number {@code i} of its article, the headline being 0) answers {@code asked}. */
    Scored score(Asked asked, String headline, Unit u, int i) {
        Featured f = features(asked, headline, u, i);
        return new Scored(UnitFeatures.HAND.unitScore(f.x()), f.spans());
    }

    /** What is read of one unit: its features ({@link UnitFeatures}) and its answer-shaped spans. */
    record Featured(double[] x, List<AnswerSpans.Span> spans) {
    }

    /** The features of unit {@code u} (number {@code i} of its article, the headline being 0) for {@code asked}. */
    Featured features(Asked asked, String headline, Unit u, int i) {
        return features(asked, headline, u, i, NO_MEANING);
    }

    private static final double[] NO_MEANING = {0, 0};

    /**
     * Per unit of an article: {@link UnitFeatures#PASSAGE_BEST} and {@link UnitFeatures#PASSAGE_GAP} from the cosines
     * of the query and the article's passages (zeros for the headline, without embeddings, or with one passage; and,
     * unless {@code always}, when the weights give them nothing).
     */
    double[][] meaning(String articleId, List<Unit> units, boolean always) {
        double[][] out = new double[units.size()][];
        java.util.Arrays.fill(out, NO_MEANING);
        if (query.isEmpty() || (choice.get(UnitFeatures.PASSAGE_BEST) == 0 && choice.get(UnitFeatures.PASSAGE_GAP) == 0
                && !always)) {
            return out; // weighed at nothing: not worth the search
        }
        List<com.newsbot.retrieval.PassageCosine> passages = paper.passageCosines(query, articleId);
        if (passages.size() < 2) {
            return out;
        }
        double top = passages.stream().mapToDouble(com.newsbot.retrieval.PassageCosine::cosine).max().orElse(0);
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.headline()) {
                continue;
            }
            double closest = Double.NEGATIVE_INFINITY;
            for (com.newsbot.retrieval.PassageCosine p : passages) {
                if (p.start() < u.end() && u.start() < p.end()) {
                    closest = Math.max(closest, p.cosine());
                }
            }
            if (closest > Double.NEGATIVE_INFINITY) {
                out[i] = new double[]{closest >= top ? 1 : 0, closest - top};
            }
        }
        return out;
    }

    /** As {@link #features(Asked, String, Unit, int)}, with the unit's {@link #meaning} ({best, gap}). */
    Featured features(Asked asked, String headline, Unit u, int i, double[] meaning) {
        double[] x = new double[UnitFeatures.SIZE];
        x[UnitFeatures.PASSAGE_BEST] = meaning[0];
        x[UnitFeatures.PASSAGE_GAP] = meaning[1];
        double local = 0;
        double localHit = 0;
        for (String w : asked.words()) {
            double lw = weights.wordWeight(w) * (!u.headline() && Texts.holdsWord(headline, w) ? HEADLINE_WORD_FACTOR : 1);
            local += lw;
            localHit += lw * match(u.text(), w);
        }
        x[UnitFeatures.LEX] = local == 0 ? 0 : localHit / local;
        List<AnswerSpans.Span> spans = asked.typed() || (asked.shape == Asked.Shape.NAMED && !asked.focus.isEmpty())
                ? AnswerSpans.find(asked.shape, u.text(), asked.text) : List.of(); // a name is sought next to 哪条救助船's 救助船
        boolean focusHit = asked.focus.isEmpty() || match(u.text(), asked.focus) > 0.6;
        if (asked.typed()) {
            boolean unitAsked = !asked.units.isEmpty() && (asked.shape == Asked.Shape.NUMBER);
            if (unitAsked) {
                boolean withUnit = AnswerSpans.quantityWith(u.text(), asked.text, asked.units).isPresent();
                x[UnitFeatures.WITH_UNIT] = withUnit ? 1 : 0;
                x[UnitFeatures.TYPED_NOT_UNIT] = !withUnit && !spans.isEmpty() ? 1 : 0;
                if (!withUnit) {
                    spans = List.of(); // 5个 does not answer 几倍
                }
            } else {
                x[UnitFeatures.TYPED] = spans.isEmpty() ? 0 : 1;
            }
            if (asked.until && !spans.isEmpty() && UNTIL.matcher(u.text()).find()) {
                x[UnitFeatures.UNTIL] = 1; // 禁到几号: the date after 至/到
            }
        } else if (asked.shape == Asked.Shape.REASON && CAUSE.matcher(u.text()).find()) {
            x[UnitFeatures.CAUSE] = 1; // 受广告收入下滑的冲击, 所以会出现列车积压: a cause is said
        } else if (asked.shape == Asked.Shape.REASON && REASON_CUE.matcher(u.text()).find()) {
            x[UnitFeatures.REASON_CUE] = 1;
        } else if (asked.shape == Asked.Shape.MANNER && MANNER_CUE.matcher(u.text()).find()) {
            x[UnitFeatures.MANNER] = 1;
        }
        if (!asked.focus.isEmpty() && focusHit) {
            x[UnitFeatures.FOCUS] = 1;
        }
        if (!spans.isEmpty()) {
            if (touches(asked, u.text(), spans)) {
                x[UnitFeatures.TOUCHES] = 1;
            } else {
                x[UnitFeatures.NEAR] = nextToAsked(asked, u.text(), spans);
            }
        }
        if (i <= 1) {
            x[UnitFeatures.LEAD] = 1;
        }
        if (u.headline() && asked.shape == Asked.Shape.YESNO) {
            x[UnitFeatures.HEADLINE_YESNO] = 1; // a headline states the story's main fact: whether it happened
        }
        if (asked.list && (asked.focus.isEmpty() || focusHit) && listsAsked(asked, u.text())) {
            x[UnitFeatures.LISTS] = 1; // 铅、铟和锡: a sentence that lists answers a list question
            if (asked.shape == Asked.Shape.PERSON) {
                x[UnitFeatures.PEOPLE] = Math.min(4, people(asked, u.text()) - 2); // the four prize-winners over two dignitaries
            }
        }
        if (asked.shape != Asked.Shape.YESNO && ASKS.matcher(u.text()).find()) {
            x[UnitFeatures.ASKS] = 1; // a headline that asks does not answer
        }
        if (echoes(u.text(), asked.text)) {
            x[UnitFeatures.ECHOES] = 1; // nothing the question does not say
        }
        x[UnitFeatures.LONG] = Math.max(0, u.text().length() - 100);
        x[UnitFeatures.HEADLINE] = u.headline() ? 1 : 0;
        return new Featured(x, spans);
    }

    /**
     * Whether an answer of the asked kind in {@code text} touches what is asked: the asked noun (法官吴德植, 挪威Nordlaks公司)
     * or, for 哪个港, a place of that kind (大榭港).
     */
    static boolean touches(Asked asked, String text, List<AnswerSpans.Span> spans) {
        if (spans.stream().anyMatch(sp -> asked.ofAskedKind(sp.text()))) {
            return true;
        }
        return nextToAsked(asked, text, spans) == 4;
    }

    /** As {@link #touches(Asked, String, List)} over the spans of the asked kind that {@code text} holds. */
    static boolean touches(Asked asked, String text) {
        return touches(asked, text, AnswerSpans.find(asked.shape, text, asked.text));
    }

    /**
     * How closely a span stands by what is asked: 4 when the asked noun touches it (法官吴德植), 1 when the asked noun or a
     * question word of two or more characters is within a few characters, 0 otherwise.
     */
    static int nextToAsked(Asked asked, String text, List<AnswerSpans.Span> spans) {
        if (!asked.focus.isEmpty()) {
            for (AnswerSpans.Span s : spans) {
                String before = text.substring(Math.max(0, s.start() - asked.focus.length() - 1), s.start());
                String after = text.substring(s.end(), Math.min(text.length(), s.end() + asked.focus.length() + 1));
                if ((before.contains(asked.focus) || after.contains(asked.focus)) && !s.text().contains(asked.focus)) {
                    return 4;
                }
            }
        }
        List<String> near = new ArrayList<>();
        if (!asked.focus.isEmpty()) {
            near.add(asked.focus);
        }
        for (String w : asked.words()) {
            if (w.length() >= 2) {
                near.add(w);
            }
        }
        for (AnswerSpans.Span s : spans) {
            String around = text.substring(Math.max(0, s.start() - 6), Math.min(text.length(), s.end() + 6));
            String clause = clauseAround(text, s);
            for (String w : near) {
                if ((around.contains(w) || clause.contains(w)) && !s.text().contains(w)) {
                    return 1; // 其中8人的新冠病毒检测呈阳性: the number and what it is of in one clause
                }
            }
        }
        return 0;
    }

    /**
     * Whether {@code text} lists what a list question asks: two people or more when people are asked (仇杰…张生春…黄元毅),
     * three things or more otherwise (铅、铟和锡).
     */
    static boolean listsAsked(Asked asked, String text) {
        if (asked.shape == Asked.Shape.PERSON) {
            return people(asked, text) >= 2;
        }
        return ENUMERATION.matcher(text).find();
    }

    /** How many people {@code text} names that the question does not. */
    private static int people(Asked asked, String text) {
        return (int) Entities.people(text).stream().filter(p -> !asked.text.contains(p)).count();
    }

    /** Whether {@code text} lists three things or more (铅、铟和锡). */
    static boolean lists(String text) {
        return ENUMERATION.matcher(text).find();
    }

    /** Whether {@code text} says why (因为, 由于, 受…冲击, 所以, 为了…). */
    static boolean saysCause(String text) {
        return CAUSE.matcher(text).find();
    }

    private static final Pattern CHINESE_NUMERAL = Pattern.compile("^[零〇一二两三四五六七八九十百千]+");

    /** {@code word} with its leading Chinese numeral in figures (六十 → 60, 一百八十多万 → 180多万); "" when it has none. */
    static String inFigures(String word) {
        java.util.regex.Matcher m = CHINESE_NUMERAL.matcher(word);
        if (!m.find() || m.group().length() < 2) {
            return ""; // a single 一 or 三 is part of too many words
        }
        java.util.OptionalInt n = com.newsbot.retrieval.IssueRefs.chineseNumber(m.group());
        return n.isPresent() ? n.getAsInt() + word.substring(m.end()) : "";
    }

    /** Whether {@code unit} says next to nothing the question does not: fewer than {@value #LEAST_NEW} letters of its own. */
    static boolean echoes(String unit, String question) {
        int own = 0;
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            if (Character.isLetter(c) && question.indexOf(c) < 0 && ++own >= LEAST_NEW) {
                return false;
            }
        }
        return true;
    }

    /** The clause (between commas, semicolons or sentence ends) that holds span {@code s} of {@code text}. */
    static String clauseAround(String text, AnswerSpans.Span s) {
        int from = s.start();
        while (from > 0 && com.newsbot.retrieval.ChineseText.CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = s.end();
        while (to < text.length() && com.newsbot.retrieval.ChineseText.CLAUSE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    /**
     * How well {@code text} holds {@code word}: 1 when it does (or its full form, 劳模 in 劳动模范), {@value #ALTERNATIVE_CREDIT}
     * when it holds a word the paper uses for it, the share of its character pairs otherwise (a mistyped character).
     */
    double match(String text, String word) {
        if (Texts.holdsWord(text, word)) {
            return 1;
        }
        if (QUOTES.matcher(text).find() && Texts.holdsWord(QUOTES.matcher(text).replaceAll(""), word)) {
            return 1; // 赞丹号 in “赞丹”号
        }
        for (String alt : Colloquial.get().alternatives(word)) {
            if (text.contains(alt)) {
                return ALTERNATIVE_CREDIT;
            }
        }
        String figures = inFigures(word);
        if (!figures.isEmpty() && text.contains(figures)) {
            return 1; // 六十家 in 60家, 一百八十多万 in 180多万
        }
        Set<String> pairs = Texts.terms(word);
        pairs.remove(word);
        if (word.length() < 3 || pairs.isEmpty()) {
            return 0;
        }
        int in = 0;
        for (String p : pairs) {
            if (text.contains(p)) {
                in++;
            }
        }
        return 0.5 * in / pairs.size();
    }
}
