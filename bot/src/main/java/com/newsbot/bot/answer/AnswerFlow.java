package com.newsbot.bot.answer;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.decide.ExtractiveAnswerer;
import com.newsbot.bot.answer.decide.OfflineAnswers;
import com.newsbot.bot.answer.decide.ReadingAnswers;
import com.newsbot.bot.answer.english.EnglishQuestions;
import com.newsbot.bot.answer.english.ForeignQuestions;
import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.model.ModelAnswers;
import com.newsbot.bot.answer.model.ModelPassages;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.question.Bylines;
import com.newsbot.bot.answer.question.FollowUps;
import com.newsbot.bot.answer.question.IssueScope;
import com.newsbot.bot.answer.question.Ordinals;
import com.newsbot.bot.answer.question.QuestionReader;
import com.newsbot.bot.answer.question.QuestionRouter;
import com.newsbot.bot.answer.render.ArticleFacts;
import com.newsbot.bot.answer.render.DirectAnswers;
import com.newsbot.bot.answer.render.ReadingComposer;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.bot.answer.retrieve.Evidences;
import com.newsbot.bot.answer.retrieve.Headlines;
import com.newsbot.bot.answer.retrieve.Paper;
import com.newsbot.bot.answer.retrieve.Retrieval;
import com.newsbot.retrieval.ChineseScript;
import com.newsbot.retrieval.concurrent.OnCores;
import dev.langchain4j.model.chat.ChatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One question's way through the stages of answering ({@link AnswerComposer}, drawn in {@code package-info.java}): the
 * question read once ({@link QuestionReader}), its passages retrieved ({@link Retrieval}), the candidates found (the
 * picker's clause, the reader's readings), one decision ({@link OfflineAnswers}) and its answer; a question with no
 * Chinese in it goes to {@link ForeignQuestions}, a question for the N-th story or an article's author to
 * {@link ArticleFacts}. Each stage is made once, here. Thread-safe; close it to stop its threads (those that read articles at once, those that call the model).
 */
final class AnswerFlow implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AnswerFlow.class);
    /** Questions longer than this are cut before retrieval. */
    static final int MAX_QUESTION_CHARS = 500;

    private final Paper paper;
    private final Duration timeout;
    private final ExtractiveAnswerer extractive;
    private final QuestionReader questions;
    private final QuestionsOnTheirOwn onItsOwn;
    private final Evidences evidences;
    private final OfflineAnswers offlineAnswers;
    private final ForeignQuestions foreign;
    private final ArticleFacts articleFacts;
    private final QuestionRouter router = new QuestionRouter();
    /** What the chat model does, under the answer's deadline (null offline). */
    private final ModelAnswers modelAnswers;
    /** Whether a question for the latest of a story gets the newest report (with its date and the earlier figure). */
    private final boolean latestWord;
    /** The threads that read a question's articles (and seek the picker's clause) at once. */
    private final OnCores cores = OnCores.forThisMachine();

    /** @param redact masks secrets (the API key) in what is logged about a failing model */
    AnswerFlow(Paper paper, ChatModel chatModel, Duration timeout, Prompts prompts, UnaryOperator<String> redact,
               boolean latestWord) {
        this.latestWord = latestWord;
        Objects.requireNonNull(redact, "redact");
        this.paper = Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(prompts, "prompts");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.extractive = new ExtractiveAnswerer(prompts);
        Headlines headlines = new Headlines(prompts, paper);
        this.evidences = new Evidences(headlines);
        this.articleFacts = new ArticleFacts(paper, prompts, headlines, evidences);
        ReadingAnswers readingAnswers = new ReadingAnswers(prompts);
        ReadingComposer composer = new ReadingComposer(prompts);
        DirectAnswers direct = new DirectAnswers(prompts);
        this.questions = new QuestionReader(evidences, extractive);
        this.onItsOwn = new QuestionsOnTheirOwn(paper, evidences);
        this.offlineAnswers = new OfflineAnswers(paper, prompts, extractive, readingAnswers, composer, direct,
                headlines);
        this.modelAnswers = chatModel == null ? null : new ModelAnswers(chatModel, prompts, timeout, redact);
        this.foreign = new ForeignQuestions(paper, prompts, evidences, modelAnswers == null ? null : modelAnswers.llm(),
                modelAnswers == null ? null : modelAnswers.calls(), EnglishQuestions.over(paper),
                chinese -> answerInScope(chinese, List.of()));
    }

    /**
     * {@code question} answered with {@code history}, within {@code scope} (empty: the whole paper), read as about
     * {@code topic} (when not blank); see {@link AnswerComposer#answer(String, List, java.util.Set, String)}.
     */
    Answer answer(String question, List<Turn> history, java.util.Set<String> scope, String topic) {
        this.scope.set(scope == null ? java.util.Set.of() : java.util.Set.copyOf(scope));
        this.topic.set(topic == null ? "" : topic.strip());
        try {
            return answerInScope(question, history);
        } finally {
            this.scope.remove();
            this.topic.remove();
        }
    }

    /** The topic the question being answered on this thread is read with ("" for none). */
    private final ThreadLocal<String> topic = ThreadLocal.withInitial(String::new);

    /** The articles the question being answered on this thread may be answered from (empty: the whole paper). */
    private final ThreadLocal<java.util.Set<String>> scope = ThreadLocal.withInitial(java.util.Set::of);

    private Answer answerInScope(String question, List<Turn> history) {
        Retrieval retrieval = new Retrieval(paper, scope.get());
        try {
            return answerInScope(question, history, retrieval);
        } finally {
            log.debug("searches for one question: {}", retrieval.searches());
        }
    }

    private Answer answerInScope(String question, List<Turn> history, Retrieval retrieval) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        String asked = question == null ? "" : question.strip();
        if (asked.length() > MAX_QUESTION_CHARS) {
            asked = asked.substring(0, MAX_QUESTION_CHARS);
        }
        if (asked.isEmpty() || Texts.terms(asked).isEmpty()) {
            return extractive.notFound(asked, List.of(), AnswerComposer.millisSince(start));
        }
        if (router.foreign(asked)) { // the rest of what the router reads is the front end's (ConversationHandler)
            return foreign.answer(asked, start, deadline);
        }
        asked = questions.withNames(asked, retrieval);
        Optional<Ordinals.Pick> ordinal = Ordinals.pick(asked, paper.issues());
        if (ordinal.isPresent()) {
            return articleFacts.ordinal(asked, ordinal.get(), start);
        }
        List<Turn> turns = history == null ? List.of() : history;
        SpanPicker picker = new SpanPicker(paper.weights());
        QuestionReader.Resolution resolution = questions.resolve(asked, turns, topic.get(), retrieval, picker);
        FollowUps.Resolved resolved = resolution.resolved();
        String query = resolved.query();
        if (modelAnswers != null && resolved.followUp()) {
            query = modelAnswers.rewrite(asked, turns, deadline).orElse(query);
        }
        retrieval.prepare(query); // its embedding runs on the other core while the question is read and its words searched
        Optional<String> bylineSubject = Bylines.subject(ChineseScript.toSimplified(asked));
        if (bylineSubject.isPresent()) {
            Optional<Answer> byline = articleFacts.byline(asked, bylineSubject.get(), turns, resolved, retrieval,
                    scope.get(), start);
            if (byline.isPresent()) {
                return byline.get();
            }
        }
        String read = IssueScope.unscoped(asked); // retrieval reads the issue phrase (and keeps to that issue); readers do not
        Asked reading = questions.typed(read, asked, resolution, latestWord);
        List<Evidence> evidences = this.evidences.of(retrieval.passages(query, reading.recent()),
                resolved.preferredArticle());
        // the picker's clause and the reader's articles are sought at once, on the machine's cores
        OnCores.Later<Optional<SpanPicker.Pick>> picking = cores.ahead(
                () -> extractive.pick(reading.literal(), evidences, picker));
        ArticleReader reader = new ArticleReader(paper.weights(), paper, query).on(cores);
        boolean withinArticle = !scope.get().isEmpty() && paper.embeddings();
        if (withinArticle) {
            // within the conversation's article the subject is known, the sentence is sought: by its meaning too, and the
            // lexical picker's clause only when it lies in the sentence closest in meaning
            reader = reader.withSentenceMeaning(read);
        }
        List<ArticleReader.Reading> readings = onItsOwn.readings(retrieval, reader, reading, evidences, query);
        Optional<SpanPicker.Pick> pick = picking.get();
        if (withinArticle) {
            ArticleReader within = reader;
            pick = pick.filter(p -> paper.article(p.evidence().articleId())
                    .map(a -> within.closestInMeaning(a, p.evidence().start() + p.from())).orElse(false));
        }
        Answer offline = offlineAnswers.decide(asked, reading, reader, readings, pick, start);
        // the model sees the best passages also when the offline answer found nothing (readers paraphrase); it may decline
        return modelAnswers == null ? offline
                : modelAnswers.answerOr(offline, asked, query, ModelPassages.of(readings, evidences), start, deadline);
    }

    /** The stages run on a question asked on its own, for the commands that measure them. */
    QuestionsOnTheirOwn onItsOwn() {
        return onItsOwn;
    }

    @Override
    public void close() {
        cores.close();
        if (modelAnswers != null) {
            modelAnswers.close();
        }
    }
}
