package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.Turn;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.IssueRefs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question to the paper read in its conversation: the conversation is typed context (the articles the last answers
 * cited, with their issues; the summary last shown), and the message's act ({@link TurnActs}) says how it leans on it.
 * <ul>
 * <li>the source (原文在哪): the article the last answer used, cited, with its button;</li>
 * <li>a correction (不是X，我问的是Y): Y asked afresh, X and the turn it misled dropped;</li>
 * <li>another issue (第二天那期…, 上一期也报了吗): the issue named relative to the one talked about, rewritten as its
 * date, and the question read as about the story talked about;</li>
 * <li>a story from the summary just shown (第二条详细说说, 里面说…): the Nth listed article, or the question asked of
 * that issue;</li>
 * <li>any other question: answered from the article last cited first (retrieval scoped to it); when it does not answer,
 * from the paper when the question names what another article holds clearly better (a new question), else from the
 * paper read with the story's headline as topic but only from the same story, else "not covered": a follow-up is not
 * answered from an unrelated article.</li>
 * </ul>
 * Thread-safe (stateless; the memory is the caller's).
 */
final class ContextualQuestions {
    /** 第二条, 第3个: the Nth item of a list just shown (a grammar fact: 第 + number + measure word). */
    private static final Pattern NTH_ITEM = Pattern.compile("第([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(条|个|篇|则|项)");

    /** What was said, and what to remember of it. */
    record Outcome(Response response, Said said) {
    }

    private final Answerer answerer;
    private final ArticleSource articles;
    private final ReplyRenderer render;
    private final Prompts prompts;
    private final TalkedAbout talkedAbout;
    private final FollowUpAnswers fits;
    private final Corrections corrections = new Corrections();
    private final OtherIssues otherIssues;

    ContextualQuestions(Answerer answerer, ArticleSource articles, ReplyRenderer render, Prompts prompts) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.render = Objects.requireNonNull(render, "render");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.otherIssues = new OtherIssues(answerer, articles, render, prompts);
        this.talkedAbout = new TalkedAbout(articles);
        this.fits = new FollowUpAnswers(answerer);
    }

    /** {@code text} with a relative issue reference (第二天那期) rewritten as the issue's date, when it has one. */
    String withIssueResolved(String text, List<Said> said) {
        return talkedAbout.withIssueResolved(text, said);
    }

    Outcome answer(String text, TurnActs.Reading reading, boolean byline, List<Said> said, long start) {
        Optional<Said> lastPaper = last(said, s -> !s.summary());
        // the story talked about: the article the last answer used, or the one a "not covered" answer pointed to
        Optional<Citation> pointed = lastPaper.flatMap(talkedAbout::pointedTo);
        Optional<Said> lastFound = pointed.isPresent() ? lastPaper : last(said, s -> s.cited().isPresent());
        Optional<Citation> cited = pointed.isPresent() ? pointed : lastFound.flatMap(Said::cited);
        Said lastTurn = said.isEmpty() ? null : said.get(said.size() - 1);
        if (reading.is(TurnActs.Act.SOURCE) && !byline && cited.isPresent() && !endsAsking(text, reading)) {
            return source(text, cited, start);
        }
        if ((reading.is(TurnActs.Act.CORRECTION) || corrections.isCorrection(clauses(text))) && lastPaper.isPresent()) {
            String meant = corrections.meant(clauses(text));
            String question = meant.isBlank() ? text : meant + (text.strip().matches(".*[？?]$") ? "？" : "");
            return ask(text, question, List.of(), Set.of(), "");
        }
        // what the message asks once its asides (对了, 换个问题) are cut
        String own = reading.act() == TurnActs.Act.QUESTION && !reading.frames().isEmpty() && hasOwnQuestion(reading)
                ? reading.question() + (text.strip().matches(".*[？?]$") ? "？" : "") : text;
        String resolved = talkedAbout.withIssueResolved(own, said);
        if (lastTurn != null && lastTurn.summary()) {
            return fromSummary(text, resolved, reading, lastTurn, start);
        }
        List<Turn> history = history(said);
        Optional<Issue> named = talkedAbout.namedIssue(resolved);
        if (cited.isPresent() && named.isPresent() && !named.get().id().equals(cited.get().issueId()) && answerer.scopes()) {
            return otherIssues.answer(text, resolved, reading, lastFound.get(), cited.get(), named.get(), history);
        }
        if (lastPaper.isPresent() && !lastPaper.get().found() && pointed.isEmpty() && answerer.scopes()
                && com.newsbot.bot.answer.AnswerComposer.leansOnEarlierTurn(resolved)) {
            return outcome(text, resolved, notCovered(text, start)); // leaning on a question the paper does not cover
        }
        if (cited.isEmpty() || !answerer.scopes()) {
            // nothing cited: a new question, or one after a question the paper did not cover (its context is not carried)
            return ask(text, resolved, lastPaper.isPresent() && cited.isEmpty() && answerer.scopes() ? List.of() : history,
                    Set.of(), "");
        }
        Set<String> scope = Set.of(cited.get().articleId());
        Said before = lastFound.get();
        Citation story = cited.get();
        Answer scoped = answerer.answer(resolved, history, scope);
        // who wrote it is answered by naming the story (《…》的作者是…): its headline is no sign of an empty answer then
        if (scoped.found() && !FollowUpAnswers.repeats(scoped, before) && (byline || !FollowUpAnswers.quotesHeadline(scoped, story)) && !FollowUpAnswers.userSaid(scoped, said)) {
            return outcome(text, resolved, scoped);
        }
        // an aside (对了, 顺便问一下) opens another point: the story's headline is not read into its question
        boolean aside = reading.is(TurnActs.Act.QUESTION) && !reading.frames().isEmpty();
        Answer withTopic = aside ? scoped : answerer.answer(resolved, history, scope, cited.get().title()); // by its story
        if (withTopic.found() && !FollowUpAnswers.repeats(withTopic, before) && !FollowUpAnswers.quotesHeadline(withTopic, story) && !FollowUpAnswers.userSaid(withTopic, said)) {
            return outcome(text, resolved, withTopic);
        }
        // not in the passages searched for it: a new question when it names what another article holds clearly better;
        // else the paper read with the story's headline as topic, kept only when it answers from the same story
        // after a question the paper did not cover, one leaning on it (当时…, 那他…) is about the story it pointed to: not a
        // new question, whatever another article holds
        boolean leansOnUncovered = !before.found() && com.newsbot.bot.answer.AnswerComposer.leansOnEarlierTurn(resolved);
        Answer alone = answerer.answer(resolved, history);
        if (alone.found() && !FollowUpAnswers.repeats(alone, before) && !leansOnUncovered && fits.namesSomethingNew(resolved, scope, alone)) {
            return outcome(text, resolved, alone);
        }
        Answer wider = aside ? scoped : answerer.answer(resolved, history, Set.of(), cited.get().title());
        if (!aside && fits.sameStory(wider, cited.get()) && !FollowUpAnswers.repeats(wider, before) && !FollowUpAnswers.quotesHeadline(wider, story) && !FollowUpAnswers.userSaid(wider, said)) {
            return outcome(text, resolved, wider);
        }
        return outcome(text, resolved, scoped.found() ? notCovered(text, start) : scoped);
    }

    private Answer notCovered(String text, long start) {
        return new Answer(text, false, render.text("chat-not-found.zh.txt").plainText(), AnswerMode.EXTRACTIVE, List.of(),
                List.of(), millis(start));
    }

    /** Whether the message ends with a question of its own (帮我查下，…招了多少人？): then its frames only lead in. */
    private static boolean endsAsking(String text, TurnActs.Reading reading) {
        List<String> clauses = clauses(text);
        return text.strip().matches(".*[？?]$") && !clauses.isEmpty() && hasOwnQuestion(reading)
                && !reading.frames().contains(clauses.get(clauses.size() - 1).strip());
    }

    /** After a summary: the Nth listed story, or the question asked of the summarised issue. */
    private Outcome fromSummary(String text, String resolved, TurnActs.Reading reading, Said summary, long start) {
        List<Citation> listed = summary.answer().citations();
        Matcher nth = NTH_ITEM.matcher(text);
        if (nth.find() && !hasOwnQuestion(reading)) {
            String digits = nth.group(1);
            OptionalInt n = digits.chars().allMatch(Character::isDigit)
                    ? OptionalInt.of(Integer.parseInt(digits)) : IssueRefs.chineseNumber(digits);
            if (n.isPresent() && n.getAsInt() >= 1 && n.getAsInt() <= listed.size()) {
                Citation c = listed.get(n.getAsInt() - 1);
                Citation one = new Citation(1, c.issueId(), c.issueName(), c.date(), c.articleId(), c.title(), c.author(),
                        c.quote(), c.start(), c.end(), c.source());
                String said = prompts.render("chat-summary-item.zh.txt", Map.of("n", n.getAsInt(), "title", c.title(),
                        "quote", c.quote()));
                Answer a = new Answer(text, true, said, AnswerMode.EXTRACTIVE, List.of(one), List.of(), millis(start));
                return outcome(text, text, a);
            }
        }
        String question = resolved;
        if (IssueRefs.find(resolved).isEmpty() && !listed.isEmpty() && listed.get(0).date() != null) {
            question = listed.get(0).date().getMonthValue() + "月" + listed.get(0).date().getDayOfMonth() + "日那期，"
                    + resolved;
        }
        return ask(text, question, List.of(), Set.of(), "");
    }

    /** 原文在哪: the article the last answer used, cited with its button. */
    private Outcome source(String text, Optional<Citation> cited, long start) {
        if (cited.isEmpty()) {
            Reply reply = render.text("chat-source-nothing.zh.txt");
            return new Outcome(Response.plain(text, false, reply, start), new Said(text, text, null, false));
        }
        Citation c = cited.get();
        String where = render.where(c.issueName(), c.date());
        String said = prompts.render("chat-source-answer.zh.txt", Map.of("title", c.title(), "where", where));
        Citation one = new Citation(1, c.issueId(), c.issueName(), c.date(), c.articleId(), c.title(), c.author(),
                c.quote(), c.start(), c.end(), c.source());
        Answer a = new Answer(text, true, said, AnswerMode.EXTRACTIVE, List.of(one), List.of(), millis(start));
        return outcome(text, text, a);
    }

    private Outcome ask(String text, String question, List<Turn> history, Set<String> scope, String topic) {
        Answer a = topic.isEmpty() && scope.isEmpty() ? answerer.answer(question, history)
                : topic.isEmpty() ? answerer.answer(question, history, scope) : answerer.answer(question, history, scope, topic);
        return outcome(text, question, a);
    }

    private Outcome outcome(String text, String standalone, Answer a) {
        return outcome(render, text, standalone, a);
    }

    /** What is said for an answer to {@code text} (read as {@code standalone}), and what is remembered of it. */
    static Outcome outcome(ReplyRenderer render, String text, String standalone, Answer a) {
        Answer shown = a.question().equals(text) ? a : new Answer(text, a.found(), a.text(), a.mode(), a.citations(),
                a.related(), a.latencyMs(), a.shortAnswer());
        Reply reply = shown.found() && !shown.citations().isEmpty() ? render.found(shown) : render.notFound(shown);
        return new Outcome(new Response(reply, shown), new Said(text, standalone, shown, false));
    }

    /** Whether the message asks something of its own besides its frames (not just 那昨天那期呢). */
    static boolean hasOwnQuestion(TurnActs.Reading reading) {
        return reading.question().codePoints().filter(Character::isIdeographic).count() >= 4;
    }

    private static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        for (String c : text.split("[，,。！!？?；;：:…~～\\s]+|——")) {
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The turns the answerer reads a follow-up against: the questions to the paper, as they were answered. */
    static List<Turn> history(List<Said> said) {
        List<Turn> out = new ArrayList<>();
        for (Said s : said) {
            if (!s.summary() && s.answer() != null) {
                out.add(new Turn(s.standalone(), s.answer()));
            }
        }
        return out;
    }

    private static Optional<Said> last(List<Said> said, java.util.function.Predicate<Said> which) {
        for (int i = said.size() - 1; i >= 0; i--) {
            if (which.test(said.get(i))) {
                return Optional.of(said.get(i));
            }
        }
        return Optional.empty();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
