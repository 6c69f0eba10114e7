package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.summary.ArticleSummary;
import com.newsbot.bot.summary.IssueSummary;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns what the bot has to say into a {@link Reply}: an answer with its sources, "not covered" with related
 * articles, an issue's summary or facts, search results, a whole article. Every user-facing string comes from
 * {@code prompts/}; issue names and dates are looked up in the {@link ArticleSource}. Thread-safe (stateless).
 */
final class ReplyRenderer {
    private static final int SNIPPET_LENGTH = 80;
    private static final Logger log = LoggerFactory.getLogger(ReplyRenderer.class);

    private final ArticleSource articles;
    private final Prompts prompts;

    ReplyRenderer(ArticleSource articles, Prompts prompts) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
    }

    /** A reply of one prompt's text. */
    Reply text(String prompt) {
        return Reply.text(prompts.text(prompt));
    }

    /** An answer found in the paper: its text, then its sources, a button per cited article and per issue online. */
    Reply found(Answer answer) {
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

    /** The answerer's polite "not covered" text; the related articles it named (only those it found related) as buttons. */
    Reply notFound(Answer answer) {
        String text = answer.text() == null ? "" : answer.text().strip();
        List<Button> buttons = new ArrayList<>();
        for (ArticleHit hit : answer.related()) {
            buttons.add(openButton(hit.article().id(), hit.article().title()));
        }
        return new Reply(List.of(Paragraph.plain(text.isEmpty() ? prompts.text("chat-not-found.zh.txt") : text)), buttons);
    }

    /** The latest issue's summary under the "latest" heading. */
    Reply latestSummary(IssueSummary summary) {
        String url = issueHeader(summary.issueId()).map(Issue::url).orElse("");
        return summary(summary, prompts.render("chat-latest-heading.zh.txt", Map.of(
                "where", where(summary.name(), summary.date()))), url);
    }

    /** An issue's summary under {@code heading}: numbered articles with buttons, and a link to it online when it has one. */
    Reply summary(IssueSummary summary, String heading, String url) {
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

    /** 这期有几篇文章？: an issue's date and how many stories and sidebars it has. */
    Reply facts(IssueSummary summary) {
        long sidebars = summary.articles().stream().filter(a -> a.kind() == ArticleKind.SIDEBAR).count();
        return Reply.text(prompts.render("chat-issue-facts.zh.txt", Map.of(
                "where", where(summary.name(), summary.date()),
                "total", summary.articles().size(),
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

    /** {@code /search}'s results: the articles found, each with its issue, date and best passage. */
    Reply searchResults(SearchRequest request, List<ArticleHit> hits) {
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

    /** The whole cleaned article: kicker, title, subtitle, author, issue, paragraphs and its id. */
    Reply article(Article article) {
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
    List<Button> linkButtons(List<String> issueIds) {
        List<String> urls = issueIds.stream().distinct()
                .map(id -> issueHeader(id).map(Issue::url).orElse(""))
                .filter(ReplyRenderer::webAddress).distinct().toList();
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String label = prompts.text("chat-button-url.zh.txt") + (urls.size() > 1 ? " " + (i + 1) : "");
            buttons.add(new Button(Labels.fit(label), Button.Kind.LINK, urls.get(i)));
        }
        return buttons;
    }

    /** Whether a sidecar's {@code url} is a web address a chat app can open (http or https, nothing else). */
    static boolean webAddress(String url) {
        return url != null && url.matches("https?://[^\\s]+");
    }

    Optional<Issue> issueHeader(String issueId) {
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
    String where(String issueName, LocalDate date) {
        if (issueName == null || issueName.isBlank()) {
            return date(date);
        }
        return prompts.render("chat-issue-line.zh.txt", Map.of("issue", issueName, "date", date(date)));
    }

    Button openButton(String articleId, String title) {
        String empty = prompts.render("chat-button-open.zh.txt", Map.of("title", ""));
        int room = Math.max(2, Button.MAX_LABEL - empty.codePointCount(0, empty.length()));
        return new Button(Labels.fit(prompts.render("chat-button-open.zh.txt", Map.of("title", shorten(title, room)))),
                articleId);
    }

    private static Button numberedButton(int n, String articleId, String title) {
        return new Button(Labels.withTitle(n + ". ", title, ""), articleId);
    }

    Reply tooLong(String text) {
        return Reply.text(prompts.render("chat-question-too-long.zh.txt",
                Map.of("length", text.length(), "max", ConversationHandler.MAX_QUESTION_LENGTH)));
    }

    Reply apology() {
        return Reply.text(prompts.text("chat-error.zh.txt"));
    }

    Reply unknownCommand(String command) {
        return Reply.text(prompts.render("chat-unknown-command.zh.txt", Map.of("command", shorten(command, 32))));
    }

    Reply sourceNotFound(String articleId) {
        return Reply.text(prompts.render("chat-source-not-found.zh.txt", Map.of("id", shorten(articleId, 80))));
    }

    Reply sourceNumberRange(int count) {
        return Reply.text(prompts.render("chat-source-number-range.zh.txt", Map.of("count", count)));
    }

    String date(LocalDate date) {
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
}
