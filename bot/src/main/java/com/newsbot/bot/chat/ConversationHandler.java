package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.Intent;
import com.newsbot.bot.answer.QuestionRouter;
import com.newsbot.bot.answer.Turn;
import com.newsbot.bot.summary.ArticleSummary;
import com.newsbot.bot.summary.IssueSummary;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.IssueMatch;
import com.newsbot.retrieval.IssueRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one conversation every front end talks to: commands ({@code /start}, {@code /help},
 * {@code /latest}, {@code /issues}, {@code /issue}, {@code /search}, {@code /source}) and questions, with
 * per-conversation memory so follow-ups work and {@code /source 2} opens the second item last listed. Front
 * ends only translate their messages into {@link IncomingMessage} and render the {@link Reply}. Thread-safe;
 * calls for one conversation are expected one at a time.
 */
public final class ConversationHandler {
    /** Longer questions are refused politely instead of being answered. */
    public static final int MAX_QUESTION_LENGTH = 1000;
    static final int SEARCH_RESULTS = 5;
    static final int RELATED_RESULTS = 3;
    static final int DEFAULT_CONVERSATIONS = 1000;
    static final int DEFAULT_TURNS = 4;
    private static final int SNIPPET_LENGTH = 80;
    private static final Logger log = LoggerFactory.getLogger(ConversationHandler.class);

    /** {@code /source 2}: a number in the list last shown rather than an article id (ids hold a '-' or letters). */
    private static final java.util.regex.Pattern SHORT_REFERENCE = java.util.regex.Pattern.compile("[0-9]{1,3}");

    private final Answerer answerer;
    private final IssueSummaries summaries;
    private final ArticleSource articles;
    private final Prompts prompts;
    private final ConversationMemory memory;
    private final QuestionRouter router = new QuestionRouter();
    private final ListedItems listed;
    private final IssueCatalog catalog;
    private final IssueReplies issueReplies;

    public ConversationHandler(Answerer answerer, IssueSummaries summaries, ArticleSource articles, Prompts prompts) {
        this(answerer, summaries, articles, prompts, new ConversationMemory(DEFAULT_CONVERSATIONS, DEFAULT_TURNS));
    }

    ConversationHandler(Answerer answerer, IssueSummaries summaries, ArticleSource articles, Prompts prompts,
                        ConversationMemory memory) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.summaries = Objects.requireNonNull(summaries, "summaries");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.listed = new ListedItems(DEFAULT_CONVERSATIONS);
        this.catalog = new IssueCatalog(articles);
        this.issueReplies = new IssueReplies(catalog, prompts);
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
            return Reply.text(prompts.text("chat-empty.zh.txt"));
        }
        Reply reply;
        if (text.startsWith("/")) {
            int space = firstWhitespace(text);
            String command = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
            String argument = space < 0 ? "" : text.substring(space).strip();
            reply = command(message.conversationId(), command, argument);
        } else {
            reply = respond(message.conversationId(), text, listener).reply();
        }
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
            return new Answer(text, false, prompts.text("chat-empty.zh.txt"), AnswerMode.EXTRACTIVE, List.of(), List.of(), 0);
        }
        return respond(conversationId, text, AnswerListener.NONE).answer();
    }

    /** What the bot says to a message that is not a command: as a chat reply and as an answer. */
    private record Response(Reply reply, Answer answer) {
    }

    private Response respond(String conversationId, String text, AnswerListener listener) {
        long start = System.nanoTime();
        if (text.length() > MAX_QUESTION_LENGTH) {
            Reply reply = tooLong(text);
            return new Response(reply, plainAnswer(text, false, reply, start));
        }
        Intent intent = router.route(text);
        if (intent instanceof Intent.SmallTalk talk) {
            Reply reply = Reply.text(prompts.text(switch (talk.talk()) {
                case GREETING -> "chat-greeting.zh.txt";
                case THANKS -> "chat-thanks.zh.txt";
                case ACKNOWLEDGED -> "chat-ack.zh.txt";
                case GOODBYE -> "chat-goodbye.zh.txt";
            }));
            return new Response(reply, plainAnswer(text, false, reply, start));
        }
        if (intent instanceof Intent.WholeIssue whole) {
            return wholeIssue(text, whole.aspect(), start);
        }
        return question(conversationId, text, listener);
    }

    /** An answer whose text is {@code reply}'s, for replies that do not come from the paper's articles. */
    private static Answer plainAnswer(String question, boolean found, Reply reply, long startNanos) {
        return new Answer(question, found, reply.plainText(), AnswerMode.EXTRACTIVE, List.of(), List.of(),
                (System.nanoTime() - startNanos) / 1_000_000);
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
        return source(data);
    }

    private Reply command(String conversationId, String command, String argument) {
        switch (command) {
            case "/start":
                memory.forget(conversationId);
                listed.forget(conversationId);
                return Reply.text(prompts.text("chat-welcome.zh.txt") + "\n\n" + prompts.text("chat-help.zh.txt"));
            case "/help":
                return Reply.text(prompts.text("chat-help.zh.txt"));
            case "/latest":
                return latest();
            case "/issues":
                return issues(argument);
            case "/issue":
                if (argument.isEmpty()) {
                    return Reply.text(prompts.text("chat-issue-usage.zh.txt"));
                }
                return argument.length() > MAX_QUESTION_LENGTH ? tooLong(argument) : issue(argument);
            case "/search":
                if (argument.isEmpty()) {
                    return Reply.text(prompts.text("chat-search-usage.zh.txt"));
                }
                return argument.length() > MAX_QUESTION_LENGTH ? tooLong(argument) : search(argument);
            case "/source":
                if (argument.isEmpty()) {
                    return Reply.text(prompts.text("chat-source-usage.zh.txt"));
                }
                return SHORT_REFERENCE.matcher(argument).matches()
                        ? listedItem(conversationId, Integer.parseInt(argument))
                        : source(argument);
            default:
                return Reply.text(prompts.render("chat-unknown-command.zh.txt", Map.of("command", shorten(command, 32))));
        }
    }

    /** {@code /issues [PAGE]}: the issues, newest first, a page at a time. */
    private Reply issues(String argument) {
        try {
            return issueReplies.list(argument);
        } catch (IOException | RuntimeException e) {
            log.error("Listing the issues failed", e);
            return apology();
        }
    }

    /** {@code /issue 日期|期号|ID}: that issue's summary, or why there is none and the nearest issues. */
    private Reply issue(String argument) {
        IssueMatch match;
        try {
            match = catalog.resolveArgument(argument);
        } catch (IOException | RuntimeException e) {
            log.error("Finding the issue named by a {}-char argument failed", argument.length(), e);
            return apology();
        }
        return match.status() == IssueMatch.Status.RESOLVED
                ? issueSummary(match.issue())
                : issueReplies.unresolved(argument, match);
    }

    /** The summary of one issue under a heading naming it (name, number, date); a polite message when it fails. */
    Reply issueSummary(Issue issue) {
        Optional<IssueSummary> found;
        try {
            found = summaries.of(issue.id());
        } catch (RuntimeException e) {
            log.error("Summarizing issue {} failed", issue.id(), e);
            return apology();
        }
        return found.map(summary -> summaryReply(summary, prompts.render("chat-issue-heading.zh.txt",
                        Map.of("where", issueReplies.where(issue))), issue.url()))
                .orElseGet(() -> Reply.text(prompts.text("chat-latest-none.zh.txt")));
    }

    /** {@code /source N}: the Nth article (or issue) the conversation was last shown. */
    private Reply listedItem(String conversationId, int n) {
        Optional<Button> item = listed.item(conversationId, n);
        if (item.isPresent()) {
            return openArticle(conversationId, item.get().kind() == Button.Kind.ARTICLE
                    ? item.get().target() : item.get().command());
        }
        int count = listed.size(conversationId);
        return count == 0
                ? Reply.text(prompts.text("chat-source-number-none.zh.txt"))
                : Reply.text(prompts.render("chat-source-number-range.zh.txt", Map.of("count", count)));
    }

    private Response question(String conversationId, String question, AnswerListener listener) {
        long start = System.nanoTime();
        Answer answer;
        try {
            answer = answerer.answer(question, memory.history(conversationId));
        } catch (RuntimeException e) {
            log.error("Answering failed for conversation {} ({} chars asked)", conversationId, question.length(), e);
            Reply reply = apology();
            return new Response(reply, plainAnswer(question, false, reply, start));
        }
        memory.remember(conversationId, new Turn(question, answer));
        listener.answered(answer);
        return new Response(answer.found() && !answer.citations().isEmpty() ? found(answer) : notFound(answer), answer);
    }

    /**
     * 这期报纸讲了什么？ / 这期有几篇文章？: the latest issue's summary or its date and size, as a reply and as an answer
     * citing its articles.
     */
    private Response wholeIssue(String question, Intent.Aspect aspect, long start) {
        Optional<IssueSummary> found;
        IssueMatch named;
        boolean past;
        try {
            named = catalog.resolve(question); // 上期讲了什么, 4月1日那期的要点, 第3期有几篇
            if (named.status() == IssueMatch.Status.NO_SUCH_ISSUE) {
                Reply reply = issueReplies.missing(named);
                return new Response(reply, plainAnswer(question, false, reply, start));
            }
            // 这期 is the latest issue: the same reply as /latest
            past = named.status() == IssueMatch.Status.RESOLVED && named.ref().kind() != IssueRef.Kind.LATEST;
            found = past ? summaries.of(named.issue().id()) : summaries.latest();
        } catch (IOException | RuntimeException e) {
            log.error("Summarizing the latest issue failed", e);
            Reply reply = apology();
            return new Response(reply, plainAnswer(question, false, reply, start));
        }
        if (found.isEmpty()) {
            Reply reply = Reply.text(prompts.text("chat-latest-none.zh.txt"));
            return new Response(reply, plainAnswer(question, false, reply, start));
        }
        IssueSummary summary = found.get();
        Reply reply = aspect == Intent.Aspect.FACTS ? factsReply(summary)
                : past ? issueSummary(named.issue()) : summaryReply(summary);
        List<Citation> citations = new ArrayList<>();
        for (ArticleSummary article : summary.articles()) {
            String quote = article.summary() == null ? "" : article.summary().strip();
            citations.add(new Citation(citations.size() + 1, summary.issueId(), summary.name(), summary.date(),
                    article.articleId(), article.title(), article.author(), quote, -1, -1, ""));
            if (aspect == Intent.Aspect.FACTS) {
                break;
            }
        }
        Answer answer = new Answer(question, true, reply.plainText(), AnswerMode.EXTRACTIVE, citations, List.of(),
                (System.nanoTime() - start) / 1_000_000);
        return new Response(reply, answer);
    }

    private Reply found(Answer answer) {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.plain(answer.text().strip()));
        List<Span> sources = new ArrayList<>();
        sources.add(Span.bold(prompts.text("chat-sources-heading.zh.txt")));
        Map<String, String> cited = new LinkedHashMap<>();
        for (Citation citation : answer.citations()) {
            sources.add(Span.plain("\n" + prompts.render("chat-citation.zh.txt", Map.of(
                    "n", citation.n(),
                    "title", citation.title(),
                    "where", where(citation.issueName(), citation.date())))));
            cited.putIfAbsent(citation.articleId(), citation.title());
        }
        paragraphs.add(new Paragraph(sources));
        List<Button> buttons = new ArrayList<>();
        cited.forEach((articleId, title) -> buttons.add(openButton(articleId, title)));
        buttons.addAll(linkButtons(answer.citations().stream().map(Citation::issueId).toList()));
        return new Reply(paragraphs, buttons);
    }

    /**
     * The answerer's polite "not covered" text; the closest articles as buttons. When the answerer
     * named none, the closest ones are searched here and listed too.
     */
    /**
     * The answerer's polite "not covered" text; the related articles it named (only those it found related) as buttons.
     */
    private Reply notFound(Answer answer) {
        String text = answer.text() == null ? "" : answer.text().strip();
        List<Button> buttons = new ArrayList<>();
        for (ArticleHit hit : answer.related()) {
            buttons.add(openButton(hit.article().id(), hit.article().title()));
        }
        return new Reply(List.of(Paragraph.plain(text.isEmpty() ? prompts.text("chat-not-found.zh.txt") : text)), buttons);
    }

    /** The latest issue's summary rendered by {@code render}; a polite message when there is none or it fails. */
    private Reply withLatest(java.util.function.Function<IssueSummary, Reply> render) {
        Optional<IssueSummary> found;
        try {
            found = summaries.latest();
        } catch (RuntimeException e) {
            log.error("Summarizing the latest issue failed", e);
            return apology();
        }
        return found.map(render).orElseGet(() -> Reply.text(prompts.text("chat-latest-none.zh.txt")));
    }

    private Reply latest() {
        return withLatest(this::summaryReply);
    }

    private Reply summaryReply(IssueSummary summary) {
        String url = issueHeader(summary.issueId()).map(Issue::url).orElse("");
        return summaryReply(summary, prompts.render("chat-latest-heading.zh.txt", Map.of(
                "where", where(summary.name(), summary.date()))), url);
    }

    /** An issue's summary under {@code heading}: numbered articles with buttons, and a link to it online when it has one. */
    private Reply summaryReply(IssueSummary summary, String heading, String url) {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.of(Span.bold(heading)));
        List<Button> buttons = new ArrayList<>();
        List<ArticleSummary> stories = summary.articles().stream().filter(a -> a.kind() != ArticleKind.SIDEBAR).toList();
        List<ArticleSummary> sidebars = summary.articles().stream().filter(a -> a.kind() == ArticleKind.SIDEBAR).toList();
        int n = 0;
        for (ArticleSummary article : stories) {
            n++;
            paragraphs.add(summaryParagraph(n, article));
            buttons.add(numberedButton(n, article.articleId(), article.title()));
        }
        if (!sidebars.isEmpty()) {
            paragraphs.add(Paragraph.of(Span.bold(prompts.text("chat-latest-sidebars.zh.txt"))));
            for (ArticleSummary article : sidebars) {
                n++;
                paragraphs.add(summaryParagraph(n, article));
                buttons.add(numberedButton(n, article.articleId(), article.title()));
            }
        }
        if (webAddress(url)) { // first: a front end showing only the first few dozen buttons still shows it
            buttons.add(0, new Button(prompts.text("chat-button-url.zh.txt"), Button.Kind.LINK, url));
        }
        return new Reply(paragraphs, buttons);
    }

    private Reply factsReply(IssueSummary summary) {
        long sidebars = summary.articles().stream().filter(a -> a.kind() == ArticleKind.SIDEBAR).count();
        long stories = summary.articles().size() - sidebars;
        return Reply.text(prompts.render("chat-issue-facts.zh.txt", Map.of(
                "where", where(summary.name(), summary.date()),
                "stories", stories,
                "sidebars", sidebars == 0 ? "" : prompts.render("chat-issue-facts-sidebars.zh.txt", Map.of("count", sidebars)))));
    }

    private Paragraph summaryParagraph(int n, ArticleSummary article) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.bold(n + ". " + article.title()));
        if (article.author() != null && !article.author().isBlank()) {
            spans.add(Span.italic(" " + prompts.render("chat-author.zh.txt", Map.of("author", article.author()))));
        }
        if (article.summary() != null && !article.summary().isBlank()) {
            spans.add(Span.plain("\n" + article.summary().strip()));
        }
        return new Paragraph(spans);
    }

    /** {@code /search 关键词 [日期|月份|范围]}: the best articles, each with its issue and date. */
    private Reply search(String argument) {
        List<ArticleHit> hits;
        SearchRequest request;
        try {
            List<Issue> issues = catalog.issues();
            request = SearchRequest.parse(argument, issues.isEmpty() ? null : issues.get(0).date());
            if (request.query().isEmpty()) {
                return Reply.text(prompts.text("chat-search-usage.zh.txt"));
            }
            hits = request.span() == null
                    ? articles.search(request.query(), SEARCH_RESULTS)
                    : articles.search(request.query(), SEARCH_RESULTS, request.span().from(), request.span().to());
        } catch (IOException | RuntimeException e) {
            log.error("Search failed ({} chars)", argument.length(), e);
            return apology();
        }
        String query = request.query();
        String span = request.span() == null ? null : span(request.span());
        if (hits.isEmpty()) {
            return Reply.text(span == null
                    ? prompts.render("chat-search-nothing.zh.txt", Map.of("query", query))
                    : prompts.render("chat-search-nothing-dated.zh.txt", Map.of("query", query, "span", span)));
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.of(Span.bold(span == null
                ? prompts.render("chat-search-heading.zh.txt", Map.of("query", query))
                : prompts.render("chat-search-heading-dated.zh.txt", Map.of("query", query, "span", span)))));
        List<Button> buttons = new ArrayList<>();
        int n = 0;
        for (ArticleHit hit : hits) {
            n++;
            Article article = hit.article();
            List<Span> spans = new ArrayList<>();
            spans.add(Span.bold(n + ". " + article.title()));
            spans.add(Span.italic("\n" + issueLine(article.issueId())));
            String snippet = hit.bestPassage() == null ? article.text() : hit.bestPassage().text();
            spans.add(Span.plain("\n" + shorten(snippet.strip(), SNIPPET_LENGTH)));
            paragraphs.add(new Paragraph(spans));
            buttons.add(numberedButton(n, article.id(), article.title()));
        }
        return new Reply(paragraphs, buttons);
    }

    private Reply source(String articleId) {
        Optional<Article> found;
        try {
            found = articles.article(articleId);
        } catch (IOException | RuntimeException e) {
            log.error("Looking up article {} failed", articleId, e);
            return apology();
        }
        if (found.isEmpty()) {
            return Reply.text(prompts.render("chat-source-not-found.zh.txt", Map.of("id", shorten(articleId, 80))));
        }
        Article article = found.get();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Span> head = new ArrayList<>();
        if (!article.kicker().isBlank()) {
            head.add(Span.italic(article.kicker() + "\n"));
        }
        head.add(Span.bold(article.title()));
        if (!article.subtitle().isBlank()) {
            head.add(Span.plain("\n" + article.subtitle()));
        }
        paragraphs.add(new Paragraph(head));
        List<Span> meta = new ArrayList<>();
        if (!article.author().isBlank()) {
            meta.add(Span.italic(prompts.render("chat-author.zh.txt", Map.of("author", article.author())) + "\n"));
        }
        meta.add(Span.italic(issueLine(article.issueId())));
        paragraphs.add(new Paragraph(meta));
        for (String block : article.text().split("\n")) {
            if (!block.isBlank()) {
                paragraphs.add(Paragraph.plain(block.strip()));
            }
        }
        paragraphs.add(Paragraph.of(Span.plain(prompts.text("chat-source-id.zh.txt") + " "), Span.code(article.id())));
        return new Reply(paragraphs, linkButtons(List.of(article.issueId())));
    }

    /** One "在线阅读" button per distinct web address of these issues (none for issues without one). */
    private List<Button> linkButtons(List<String> issueIds) {
        List<String> urls = issueIds.stream().distinct()
                .map(id -> issueHeader(id).map(Issue::url).orElse(""))
                .filter(ConversationHandler::webAddress).distinct().toList();
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String label = prompts.text("chat-button-url.zh.txt") + (urls.size() > 1 ? " " + (i + 1) : "");
            buttons.add(new Button(Labels.fit(label), Button.Kind.LINK, urls.get(i)));
        }
        return buttons;
    }

    /** Whether a sidecar's {@code url} is a web address a chat app can open (http or https, nothing else). */
    private static boolean webAddress(String url) {
        return url != null && url.matches("https?://[^\\s]+");
    }

    private Optional<Issue> issueHeader(String issueId) {
        try {
            return articles.issue(issueId);
        } catch (IOException | RuntimeException e) {
            log.warn("Looking up issue {} failed: {}", issueId, e.toString());
            return Optional.empty();
        }
    }

    private String span(DateSpan span) {
        return span.oneDay() ? date(span.from())
                : prompts.render("chat-date-span.zh.txt", Map.of("from", date(span.from()), "to", date(span.to())));
    }

    private String issueLine(String issueId) {
        Optional<Issue> issue = issueHeader(issueId);
        return where(issue.map(Issue::name).orElse(""), issue.map(Issue::date).orElse(null));
    }

    /** Where and when an article ran: "issue name, date", or only the date when the issue has no name. */
    private String where(String issueName, LocalDate date) {
        if (issueName == null || issueName.isBlank()) {
            return date(date);
        }
        return prompts.render("chat-issue-line.zh.txt", Map.of("issue", issueName, "date", date(date)));
    }

    private Button openButton(String articleId, String title) {
        String empty = prompts.render("chat-button-open.zh.txt", Map.of("title", ""));
        int room = Math.max(2, Button.MAX_LABEL - empty.codePointCount(0, empty.length()));
        return new Button(Labels.fit(prompts.render("chat-button-open.zh.txt", Map.of("title", shorten(title, room)))),
                articleId);
    }

    private Button numberedButton(int n, String articleId, String title) {
        return new Button(Labels.withTitle(n + ". ", title, ""), articleId);
    }

    private Reply tooLong(String text) {
        return Reply.text(prompts.render("chat-question-too-long.zh.txt",
                Map.of("length", text.length(), "max", MAX_QUESTION_LENGTH)));
    }

    private Reply apology() {
        return Reply.text(prompts.text("chat-error.zh.txt"));
    }

    private String date(LocalDate date) {
        if (date == null) {
            return prompts.text("chat-date-unknown.zh.txt");
        }
        return prompts.render("chat-date.zh.txt", Map.of(
                "year", date.getYear(), "month", date.getMonthValue(), "day", date.getDayOfMonth()));
    }

    static String shorten(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints - 1)) + "…";
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
