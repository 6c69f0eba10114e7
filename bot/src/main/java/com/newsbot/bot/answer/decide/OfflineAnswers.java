package com.newsbot.bot.answer.decide;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.render.DirectAnswers;
import com.newsbot.bot.answer.render.ReadingComposer;
import com.newsbot.bot.answer.retrieve.Headlines;
import com.newsbot.bot.answer.retrieve.Paper;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ChineseScript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decide stage offline: of what the two readers of a plain question found ({@link OfflineDecision}), which answers
 * — the picker's clause, the reader's sentence, or "not covered" with the articles read as related — and the answer
 * it gives, its direct answer first.
 */
public final class OfflineAnswers {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OfflineAnswers.class);
    /** A direct answer goes before a quote only while the whole answer stays this short. */
    static final int MAX_ANSWER_CHARS = 150;
    /** Closest articles listed when the paper does not cover a question. */
    static final int RELATED = 3;
    /**
     * Least share of a question's words an article holds to be suggested as related when the paper does not answer.
     * On the news paper's dev set, questions about nothing in the paper (a canteen menu, train tickets) have articles
     * at 0.12–0.35 (with a cosine under 0.45), those about a covered story at 0.5 and more.
     */
    static final double RELATED_TOPIC = 0.4;

    private final Paper paper;
    private final Prompts prompts;
    private final ExtractiveAnswerer extractive;
    private final ReadingAnswers readingAnswers;
    private final ReadingComposer composer;
    private final DirectAnswers direct;
    private final Headlines headlines;

    public OfflineAnswers(Paper paper, Prompts prompts, ExtractiveAnswerer extractive, ReadingAnswers readingAnswers,
                          ReadingComposer composer, DirectAnswers direct, Headlines headlines) {
        this.paper = paper;
        this.prompts = prompts;
        this.extractive = extractive;
        this.readingAnswers = readingAnswers;
        this.composer = composer;
        this.direct = direct;
        this.headlines = headlines;
    }

    /** One way of answering a plain question offline; empty when it does not apply. */
    @FunctionalInterface
    interface Strategy {
        Optional<Answer> answer(String question, Asked asked, OfflineDecision decision, long start);
    }

    /**
     * The offline strategies for a plain question, in order; the first that answers decides: the lexical picker's clause
     * when it is sure and nothing says the reader knows better (copied-words questions, CMRC-like), then what reading the
     * first articles whole found ({@link ArticleReader}), then "not covered" with the articles read as related.
     */
    private final List<Strategy> strategies = List.of(this::pickerClause, this::readerAnswer, this::notCovered);

    private Optional<Answer> pickerClause(String question, Asked asked, OfflineDecision d, long start) {
        return d.pickerAnswers()
                ? Optional.of(withShort(extractive.found(question, d.pick().orElseThrow(), AnswerComposer.millisSince(start)), asked))
                : Optional.empty();
    }

    private Optional<Answer> readerAnswer(String question, Asked asked, OfflineDecision d, long start) {
        return d.answering().map(r -> composer.compose(question, asked, r, d.earlier(), d.readerOf(), headlines,
                AnswerComposer.millisSince(start)));
    }

    private Optional<Answer> notCovered(String question, Asked asked, OfflineDecision d, long start) {
        return Optional.of(extractive.notFound(question, related(d.readings()), AnswerComposer.millisSince(start)));
    }

    public Answer decide(String question, Asked asked, ArticleReader reader, List<ArticleReader.Reading> readings,
                          Optional<SpanPicker.Pick> pick, long start) {
        OfflineDecision decision = new OfflineDecision(asked, reader, readings, pick, readingAnswers, paper.embeddings());
        Answer answer = null;
        for (Strategy strategy : strategies) {
            Optional<Answer> a = strategy.answer(question, asked, decision, start);
            if (a.isPresent()) {
                answer = a.get();
                break;
            }
        }
        if (answer == null) {
            throw new IllegalStateException("the last strategy always answers");
        }
        return paper.embeddings() && NotFoundVerdict.mode() != NotFoundVerdict.Mode.HAND
                ? verdict(question, asked, decision, answer, start) : answer;
    }

    /**
     * The learned verdict on {@code answer}: the candidate is the answer the strategies gave, or, when they gave none
     * only because the reader doubted the article's subject, the reader's answer all the same; it answers when
     * {@link NotFoundVerdict} says the paper covers the question, and is "not covered" otherwise.
     */
    private Answer verdict(String question, Asked asked, OfflineDecision decision, Answer answer, long start) {
        Optional<ArticleReader.Reading> chosen = decision.chosen();
        if (chosen.isEmpty()) {
            return answer;
        }
        boolean byPicker = answer.found() && decision.pickerAnswers();
        Answer candidate = answer;
        if (!answer.found() && decision.doubtedOnItsSubject().isPresent()) {
            candidate = composer.compose(question, asked, chosen.get(), decision.earlier(), decision.readerOf(),
                    headlines, AnswerComposer.millisSince(start));
        }
        if (!candidate.found()) {
            return answer;
        }
        double[] x = NotFoundVerdict.features(asked, decision, chosen.get(), byPicker);
        boolean answers = NotFoundVerdict.answers(x);
        log.debug("verdict {}: {}", answers ? "answers" : "not covered", NotFoundVerdict.describe(x));
        return answers ? candidate : notCovered(question, asked, decision, start).orElseThrow();
    }

    /**
     * The articles to suggest when the paper does not answer: only those read as being about the question's subject
     * (half its words, or fewer with a close meaning), never the three nearest of anything (asdfgh, 今天天气怎么样).
     */
    private List<com.newsbot.retrieval.ArticleHit> related(List<ArticleReader.Reading> readings) {
        List<com.newsbot.retrieval.ArticleHit> out = new ArrayList<>();
        for (ArticleReader.Reading r : readings) {
            boolean close = r.topic() >= RELATED_TOPIC
                    && (!paper.embeddings() || r.evidence().denseScore() >= ReadingAnswers.MIN_DENSE);
            if (close && out.size() < RELATED) {
                Article a = r.article();
                out.add(new com.newsbot.retrieval.ArticleHit(a, r.total(), a.passages().isEmpty() ? null : a.passages().get(0)));
            }
        }
        return out;
    }

    /** {@code a} with the direct answer its quote holds put first. */
    private Answer withShort(Answer a, Asked asked) {
        String quote = a.citations().get(0).quote();
        String shortAnswer = direct.of(asked, List.of(ChineseScript.toSimplified(quote)), List.of(quote),
                a.citations().get(0).date()).replaceAll("[。.]+$", "");
        String prefix = shortAnswer + prompts.text("answer-short-end.zh.txt");
        if (shortAnswer.isEmpty() || a.text().startsWith(shortAnswer) || prefix.length() + a.text().length() > MAX_ANSWER_CHARS) {
            return a; // already first, or a long quote: an answer stays short
        }
        return new Answer(a.question(), a.found(), shortAnswer + prompts.text("answer-short-end.zh.txt") + a.text(), a.mode(),
                a.citations(), a.related(), a.latencyMs(), shortAnswer);
    }
}
