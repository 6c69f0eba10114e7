package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Turn;
import com.newsbot.bot.answer.question.Intent;
import com.newsbot.bot.answer.question.QuestionRouter;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;

/**
 * The one conversation every front end talks to: commands ({@code /start}, {@code /help}, {@code /latest},
 * {@code /issues}, {@code /issue}, {@code /search}, {@code /source}; one {@link SlashCommand} each) and questions, with
 * per-conversation memory so follow-ups work and {@code /source 2} opens the second item last listed. Front ends only
 * translate their messages into {@link IncomingMessage} and render the {@link Reply} ({@link ReplyRenderer} builds
 * it). Thread-safe; calls for one conversation are expected one at a time.
 */
public final class ConversationHandler {
    /** Longer questions are refused politely instead of being answered. */
    public static final int MAX_QUESTION_LENGTH = 1000;
    static final int SEARCH_RESULTS = 5;
    static final int DEFAULT_CONVERSATIONS = 1000;
    static final int DEFAULT_TURNS = 4;
    /** Grammar: a question ending in 吗 asks yes or no about something (这期报了X吗), it does not ask for the issue. */
    private static final java.util.regex.Pattern YES_NO = java.util.regex.Pattern.compile("[吗嘛][\\s？?。!！]*$");
    private static final Logger log = LoggerFactory.getLogger(ConversationHandler.class);

    private final Answerer answerer;
    private final ConversationMemory<Said> memory;
    private final QuestionRouter router = new QuestionRouter();
    private final ListedItems listed;
    private final ReplyRenderer render;
    private final ArticlePages pages;
    private final WholeIssueAnswers wholeIssues;
    private final SlashCommands commands;
    private final TurnActs acts;
    private final ContextualQuestions questions;

    public ConversationHandler(Answerer answerer, IssueSummaries summaries, ArticleSource articles, Prompts prompts) {
        this(answerer, summaries, articles, prompts, null);
    }

    /**
     * @param embeddings the in-process embedding model turn acts are recognised with (null: every message not a
     *                   command or small talk is read as a question)
     */
    public ConversationHandler(Answerer answerer, IssueSummaries summaries, ArticleSource articles, Prompts prompts,
                               EmbeddingModel embeddings) {
        this(answerer, summaries, articles, prompts, embeddings == null ? null : new TurnActs(embeddings),
                new ConversationMemory<>(DEFAULT_CONVERSATIONS, DEFAULT_TURNS));
    }

    ConversationHandler(Answerer answerer, IssueSummaries summaries, ArticleSource articles, Prompts prompts,
                        TurnActs acts, ConversationMemory<Said> memory) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        Objects.requireNonNull(summaries, "summaries");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(prompts, "prompts");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.listed = new ListedItems(DEFAULT_CONVERSATIONS);
        IssueCatalog catalog = new IssueCatalog(articles);
        IssueReplies issueReplies = new IssueReplies(catalog, prompts);
        this.render = new ReplyRenderer(articles, prompts);
        this.pages = new ArticlePages(articles, render);
        IssueSummaryReplies summaryReplies = new IssueSummaryReplies(summaries, issueReplies, render, prompts);
        this.wholeIssues = new WholeIssueAnswers(summaries, catalog, issueReplies, summaryReplies, render);
        this.acts = acts;
        this.questions = new ContextualQuestions(answerer, articles, render, prompts);
        this.commands = new SlashCommands(List.of(
                new StartCommand(prompts, this::forget),
                new HelpCommand(render),
                new LatestCommand(summaryReplies),
                new IssuesCommand(issueReplies, render),
                new IssueCommand(catalog, issueReplies, summaryReplies, render),
                new SearchCommand(articles, catalog, render),
                new SourceCommand(listed, pages, render)));
    }

    /** Answers one message: a command or a question. Never throws for a bad message or a failing answerer. */
    public Reply handle(IncomingMessage message) {
        return handle(message, AnswerListener.NONE);
    }

    /**
     * Answers one message as {@link #handle(IncomingMessage)} does, telling {@code listener} the {@link Answer} when the
     * message was a question answered from the paper (not for commands, small talk or refusals).
     */
    public Reply handle(IncomingMessage message, AnswerListener listener) {
        String text = message.text().strip();
        if (text.isEmpty()) {
            return render.text("chat-empty.zh.txt");
        }
        Reply reply = text.startsWith("/")
                ? command(message.conversationId(), text)
                : respond(message.conversationId(), text, listener).reply();
        listed.remember(message.conversationId(), reply);
        return reply;
    }

    /**
     * Answers one question as {@code ask} does: the same router and the same answer as in a chat, as an {@link Answer}
     * (a whole-issue question's summary or facts, small talk's reply, or the paper's answer). Never throws.
     */
    public Answer ask(String conversationId, String question) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            return new Answer(text, false, render.text("chat-empty.zh.txt").plainText(), AnswerMode.EXTRACTIVE,
                    List.of(), List.of(), 0);
        }
        return respond(conversationId, text, AnswerListener.NONE).answer();
    }

    /**
     * Does what a pressed button says (a front end passes {@link Button#target()} or its callback data): an article
     * id opens the whole cleaned article (a polite message when unknown); a command ({@code /issue ID},
     * {@code /issues 2}) is run as if typed.
     */
    public Reply openArticle(String conversationId, String articleId) {
        String data = articleId.strip();
        if (data.startsWith("/")) {
            return handle(new IncomingMessage(conversationId, data));
        }
        return pages.open(data);
    }

    private Reply command(String conversationId, String text) {
        String[] parts = text.split("\\s", 2);
        String name = parts[0];
        String argument = parts.length < 2 ? "" : parts[1].strip();
        return commands.named(name)
                .map(c -> c.run(new SlashCommand.Call(conversationId, argument,
                        typed -> handle(new IncomingMessage(conversationId, typed)))))
                .orElseGet(() -> render.unknownCommand(name.toLowerCase(java.util.Locale.ROOT)));
    }

    private void forget(String conversationId) {
        memory.forget(conversationId);
        listed.forget(conversationId);
    }

    private Response respond(String conversationId, String text, AnswerListener listener) {
        long start = System.nanoTime();
        if (text.length() > MAX_QUESTION_LENGTH) {
            return Response.plain(text, false, render.tooLong(text), start);
        }
        Intent routed = router.route(text);
        List<Said> said = memory.history(conversationId);
        TurnActs.Reading reading = acts == null || routed instanceof Intent.SmallTalk
                ? new TurnActs.Reading(TurnActs.Act.QUESTION, text, List.of()) : acts.read(text);
        if (reading.is(TurnActs.Act.OTHER_ISSUE) && said.stream().noneMatch(s -> s.cited().isPresent() || s.found())
                && com.newsbot.retrieval.IssueRefs.find(text).isEmpty()) {
            reading = reading.second(); // "the same story in another issue" with no story talked about and no issue named
        }
        boolean ownQuestion = ContextualQuestions.hasOwnQuestion(reading) || YES_NO.matcher(text).find();
        Intent intent = acts == null ? routed : IntentsByMeaning.of(routed, reading, ownQuestion);
        if (IntentsByMeaning.asksForIssues(reading, ownQuestion)) {
            return Response.plain(text, false, commands.named("/issues").orElseThrow()
                    .run(new SlashCommand.Call(conversationId, "", typed -> handle(new IncomingMessage(conversationId, typed)))), start);
        }
        if (intent instanceof Intent.SmallTalk talk) {
            Reply reply = render.text(switch (talk.talk()) {
                case GREETING -> "chat-greeting.zh.txt";
                case THANKS -> "chat-thanks.zh.txt";
                case ACKNOWLEDGED -> "chat-ack.zh.txt";
                case GOODBYE -> "chat-goodbye.zh.txt";
            });
            return Response.plain(text, false, reply, start);
        }
        boolean namesAnIssueAlone = said.stream().noneMatch(s -> s.cited().isPresent()) // 4月1号那期呢 alone: that issue
                && com.newsbot.retrieval.IssueRefs.find(text).isPresent();
        if ((intent instanceof Intent.WholeIssue && !(reading.is(TurnActs.Act.OTHER_ISSUE) && ownQuestion))
                || (reading.is(TurnActs.Act.OTHER_ISSUE) && namesAnIssueAlone && !ownQuestion)) {
            Intent.Aspect aspect = intent instanceof Intent.WholeIssue whole ? whole.aspect() : Intent.Aspect.CONTENTS;
            Response response = wholeIssues.answer(questions.withIssueResolved(text, said), aspect, start);
            if (aspect == Intent.Aspect.CONTENTS && response.answer().found()) {
                memory.remember(conversationId, Said.summary(text, response.answer()));
            }
            return response;
        }
        ContextualQuestions.Outcome outcome;
        try {
            boolean byline = intent instanceof Intent.Ask ask && ask.form() == Intent.Form.BYLINE;
            outcome = questions.answer(text, reading, byline, said, start);
        } catch (RuntimeException e) {
            log.error("Answering failed for conversation {} ({} chars asked)", conversationId, text.length(), e);
            return Response.plain(text, false, render.apology(), start);
        }
        memory.remember(conversationId, outcome.said());
        if (outcome.said().answer() != null) {
            listener.answered(outcome.response().answer());
        }
        return outcome.response();
    }
}
