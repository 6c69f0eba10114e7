package com.newsbot.bot.answer;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.model.LlmConfig;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.question.FollowUps;
import com.newsbot.bot.answer.question.Question;
import com.newsbot.bot.answer.retrieve.IndexPaper;
import com.newsbot.bot.answer.retrieve.Paper;
import com.newsbot.bot.answer.retrieve.PaperStatsCache;
import com.newsbot.bot.answer.retrieve.Retrieval;
import com.newsbot.retrieval.ChineseScript;
import com.newsbot.retrieval.NewsIndex;
import dev.langchain4j.model.chat.ChatModel;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The front door of answering: a question (and the chat's earlier turns) in, a short cited answer out.
 *
 * <p>Offline, the answer is the clause of the best retrieved passage that answers the question, quoted
 * exactly and cited {@code [1]}; below the evidence threshold it says the paper does not cover the
 * question and lists the closest articles. With a chat model, the model answers from numbered passages
 * (only questions that passed the evidence gate: a model never turns an uncovered question into an
 * answer), its answer is held to them, and any timeout, error or unsupported answer falls back to the
 * offline answer — the user never waits longer than the timeout.
 *
 * <p>Thread-safe; close it to stop the threads that call the model.
 */
public final class AnswerComposer implements AutoCloseable {
    private final Paper paper;
    /** The stages a question goes through, each made once. */
    private final AnswerFlow flow;

    /** Offline answers over {@code index}. */
    public AnswerComposer(NewsIndex index) {
        this(index, null, LlmConfig.DEFAULT_TIMEOUT);
    }

    /**
     * Answers over {@code index}, with {@code chatModel} when it is not null.
     *
     * @param timeout the longest a user waits for the model before the offline answer
     */
    public AnswerComposer(NewsIndex index, ChatModel chatModel, Duration timeout) {
        this(new IndexPaper(index, Retrieval.PASSAGES), chatModel, timeout, new Prompts());
    }

    /** Answers over {@code index} with the model the configuration names (none: offline). */
    public static AnswerComposer of(NewsIndex index, LlmConfig config) {
        return of(index, config, null);
    }

    /**
     * As {@link #of(NewsIndex, LlmConfig)}, saving what it learns by reading the whole paper (term counts, sidebar
     * hosts) in {@code statsDir} (null: nowhere), so that the next process over the same paper need not read it again.
     */
    public static AnswerComposer of(NewsIndex index, LlmConfig config, java.nio.file.Path statsDir) {
        return of(index, config, statsDir, true);
    }

    /**
     * As {@link #of(NewsIndex, LlmConfig, java.nio.file.Path)}; without the {@code latestWord} rule (false) a question for
     * the latest of a story is answered from the best-read report whatever its date: for measuring the rule.
     */
    public static AnswerComposer of(NewsIndex index, LlmConfig config, java.nio.file.Path statsDir, boolean latestWord) {
        PaperStatsCache cache = statsDir == null ? PaperStatsCache.NONE : new PaperStatsCache(statsDir);
        return new AnswerComposer(new IndexPaper(Objects.requireNonNull(index, "index"), Retrieval.PASSAGES, cache),
                config.chatModel().orElse(null), config.timeout(), new Prompts(), config::redact, latestWord);
    }

    /**
     * Reads what answering needs from the whole paper (term counts, sidebar hosts) and saves it in {@code statsDir}, unless
     * it is saved there already: after indexing, so that the next answer need not read the paper.
     */
    public static void saveWhatAnsweringNeeds(NewsIndex index, java.nio.file.Path statsDir) {
        new IndexPaper(Objects.requireNonNull(index, "index"), Retrieval.PASSAGES, new PaperStatsCache(statsDir)).weights();
    }

    /**
     * Reads (or loads) what answering needs from the whole paper now rather than at the first question: for a
     * long-running chat, call it on a background thread at start.
     */
    public void prepare() {
        paper.weights();
    }

    AnswerComposer(Paper paper, ChatModel chatModel, Duration timeout, Prompts prompts) {
        this(paper, chatModel, timeout, prompts, UnaryOperator.identity());
    }

    /** @param redact masks secrets (the API key) in what is logged about a failing model */
    AnswerComposer(Paper paper, ChatModel chatModel, Duration timeout, Prompts prompts, UnaryOperator<String> redact) {
        this(paper, chatModel, timeout, prompts, redact, true);
    }

    private AnswerComposer(Paper paper, ChatModel chatModel, Duration timeout, Prompts prompts, UnaryOperator<String> redact,
                           boolean latestWord) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.flow = new AnswerFlow(paper, chatModel, timeout, prompts, redact, latestWord);
    }

    /** Answers a question that stands alone. */
    public Answer answer(String question) {
        return answer(question, List.of());
    }

    /**
     * Answers {@code question}, resolving a follow-up against {@code history} (oldest first, the last turn
     * the most recent).
     */
    public Answer answer(String question, List<Turn> history) {
        return answer(question, history, java.util.Set.of());
    }

    /**
     * As {@link #answer(String, List)}, reading only the articles {@code scope} names (when not empty): a conversation
     * going on about the articles its last answers cited. Their passages are searched within their issues.
     */
    public Answer answer(String question, List<Turn> history, java.util.Set<String> scope) {
        return answer(question, history, scope, "");
    }

    /**
     * As {@link #answer(String, List, java.util.Set)}, reading the question as about {@code topic} (when not blank: the
     * headline of the story a conversation is about, for the same story in another issue) the way a follow-up is read
     * with the words of the question before it.
     */
    public Answer answer(String question, List<Turn> history, java.util.Set<String> scope, String topic) {
        return flow.answer(question, history, scope, topic);
    }

    /**
     * For each set of articles of {@code articleSets}, the weighted share of the question's content terms (rare ones
     * weigh more) that those articles hold in their headlines and text: near 1 when the question names nothing they do
     * not. The question is read once for all of them.
     */
    public double[] coverage(String question, java.util.List<java.util.Set<String>> articleSets) {
        var terms = Question.of(question).terms();
        double[] out = new double[articleSets.size()];
        for (int i = 0; i < out.length; i++) {
            java.util.Set<String> present = new java.util.HashSet<>();
            for (String id : articleSets.get(i)) {
                paper.article(id).ifPresent(a -> present.addAll(Texts.terms(ChineseScript.toSimplified(a.title() + "\n"
                        + a.subtitle() + "\n" + a.text()))));
            }
            out[i] = paper.weights().coverage(terms, present);
        }
        return out;
    }

    /**
     * Whether a question leans on an earlier turn (a pronoun, a leading 那, or too little content of its own: 那周五呢),
     * as follow-ups are read.
     */
    public static boolean leansOnEarlierTurn(String question) {
        return FollowUps.isFollowUp(question);
    }

    /**
     * The passages a model is shown for {@code question} (as {@link #answer} would show them): for {@code eval
     * --context}, whether what the model sees holds the answer.
     */
    public List<String> modelContext(String question) {
        return flow.onItsOwn().modelContext(question);
    }

    /** A question asked on its own as the reader reads it: for {@code newsbot train}. */
    public record Read(Asked asked, ArticleReader reader, List<ArticleReader.Reading> readings) {
    }

    /** Reads {@code question}, asked on its own, the way {@link #answer} reads a plain question. */
    public Read readOnItsOwn(String question) {
        return flow.onItsOwn().read(question);
    }

    /** For measuring the evidence gate: the best clause for a question, before the gate. */
    Optional<SpanPicker.Pick> inspect(String question) {
        return flow.onItsOwn().bestClause(question);
    }

    /** Milliseconds since {@code startNanos} ({@link System#nanoTime}): the latency every stage's answer carries. */
    public static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public void close() {
        flow.close();
    }
}
