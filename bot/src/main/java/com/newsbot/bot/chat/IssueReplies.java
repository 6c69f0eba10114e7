package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.IssueMatch;
import com.newsbot.retrieval.IssueRef;
import com.newsbot.retrieval.IssueRefs;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The replies about issues as things: {@code /issues} (newest first, a page at a time, a button per issue and for
 * the other pages) and what to say when a named issue is not in the paper (no such date or number — the nearest
 * issues offered; 上期 on a paper of one issue — no earlier issue). Also how an issue is named in any reply
 * ({@link #where(Issue)}: name, number, date).
 */
final class IssueReplies {
    static final int PAGE_SIZE = 8;

    private final IssueCatalog catalog;
    private final Prompts prompts;

    IssueReplies(IssueCatalog catalog, Prompts prompts) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
    }

    /** {@code /issues [PAGE]}: one page of the issues, newest first. */
    Reply list(String argument) throws IOException {
        List<Issue> issues = catalog.issues();
        if (issues.isEmpty()) {
            return Reply.text(prompts.text("chat-issues-none.zh.txt"));
        }
        int pages = (issues.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int page = 1;
        if (!argument.isBlank()) {
            String digits = argument.strip();
            if (!digits.matches("[0-9]{1,6}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > pages) {
                return Reply.text(prompts.render("chat-issues-page-bad.zh.txt", Map.of("pages", pages)));
            }
            page = Integer.parseInt(digits);
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.of(Span.bold(prompts.render("chat-issues-heading.zh.txt", Map.of(
                "count", issues.size(), "page", page, "pages", pages)))));
        List<Button> buttons = new ArrayList<>();
        List<Issue> shown = issues.subList((page - 1) * PAGE_SIZE, Math.min(issues.size(), page * PAGE_SIZE));
        StringBuilder lines = new StringBuilder();
        int n = 0;
        for (Issue issue : shown) {
            n++;
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append(prompts.render("chat-issues-line.zh.txt", Map.of(
                    "n", n, "where", where(issue), "articles", catalog.articleCount(issue.id()))));
            buttons.add(issueButton(n, issue));
        }
        paragraphs.add(Paragraph.plain(lines.toString()));
        paragraphs.add(Paragraph.of(Span.italic(prompts.text("chat-issues-hint.zh.txt"))));
        if (page > 1) {
            buttons.add(new Button(prompts.text("chat-issues-page-previous.zh.txt"), Button.Kind.PAGE,
                    "/issues " + (page - 1)));
        }
        if (page < pages) {
            buttons.add(new Button(prompts.text("chat-issues-page-next.zh.txt"), Button.Kind.PAGE, "/issues " + (page + 1)));
        }
        return new Reply(paragraphs, buttons);
    }

    /**
     * What to say when {@code match} did not resolve: the argument names no issue (with how to name one), or it names
     * one the paper does not have (with the nearest issues, each with a button).
     */
    Reply unresolved(String argument, IssueMatch match) {
        if (match.status() == IssueMatch.Status.RESOLVED) {
            throw new IllegalArgumentException("the issue was found: " + match.issue().id());
        }
        if (match.status() == IssueMatch.Status.NOT_NAMED) {
            return Reply.text(prompts.render("chat-issue-unknown.zh.txt",
                    Map.of("argument", ReplyRenderer.shorten(argument.strip(), 40)))
                    + "\n\n" + prompts.text("chat-issue-usage.zh.txt"));
        }
        return missing(match);
    }

    /** A named issue the paper does not have: why, then the nearest issues with buttons to open them. */
    Reply missing(IssueMatch match) {
        if (match.status() != IssueMatch.Status.NO_SUCH_ISSUE) {
            throw new IllegalArgumentException("not a missing issue: " + match.status());
        }
        IssueRef ref = match.ref();
        if (match.nearest().isEmpty() && ref.kind() != IssueRef.Kind.DATE && ref.kind() != IssueRef.Kind.NUMBER
                && ref.kind() != IssueRef.Kind.ID) {
            return Reply.text(prompts.text("chat-issues-none.zh.txt"));
        }
        String why = switch (ref.kind()) {
            case DATE -> prompts.render("chat-issue-missing-date.zh.txt", Map.of("date", refDate(ref)));
            case NUMBER -> prompts.render("chat-issue-missing-number.zh.txt", Map.of("number", ref.number()));
            case ID -> prompts.render("chat-issue-missing-id.zh.txt", Map.of("id", ReplyRenderer.shorten(ref.id(), 40)));
            case PREVIOUS -> match.nearest().size() == 1 && ref.number() == 1
                    ? prompts.render("chat-issue-missing-previous.zh.txt", Map.of("where", where(match.nearest().get(0))))
                    : prompts.render("chat-issue-missing-earlier.zh.txt", Map.of("where", where(match.nearest().get(0))));
            case LATEST, EARLIEST -> prompts.text("chat-issues-none.zh.txt");
        };
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(Paragraph.plain(why));
        List<Button> buttons = new ArrayList<>();
        if (!match.nearest().isEmpty() && ref.kind() != IssueRef.Kind.PREVIOUS) {
            List<Span> spans = new ArrayList<>();
            spans.add(Span.bold(prompts.text("chat-issue-nearest.zh.txt")));
            int n = 0;
            for (Issue issue : match.nearest()) {
                n++;
                spans.add(Span.plain("\n" + n + ". " + where(issue)));
                buttons.add(issueButton(n, issue));
            }
            paragraphs.add(new Paragraph(spans));
        } else if (ref.kind() == IssueRef.Kind.PREVIOUS) {
            buttons.add(issueButton(1, match.nearest().get(0)));
        }
        return new Reply(paragraphs, buttons);
    }

    /** How an issue is named in a reply: its name and number, then its date (2020年4月2日). */
    String where(Issue issue) {
        String number = number(issue);
        String name = (issue.name() + (number.isEmpty() || issue.name().contains(number) ? "" : " " + number)).strip();
        String date = date(issue.date());
        return name.isEmpty() ? date : prompts.render("chat-issue-line.zh.txt", Map.of("issue", name, "date", date));
    }

    /** 第3期 for an issue numbered 3 (or as printed when it says more), "" for an issue without a number. */
    String number(Issue issue) {
        OptionalInt n = IssueRefs.issueNumber(issue);
        if (n.isEmpty()) {
            return issue.number().strip();
        }
        return issue.number().strip().matches("[0-9]+")
                ? prompts.render("chat-issue-number.zh.txt", Map.of("number", n.getAsInt()))
                : issue.number().strip();
    }

    private Button issueButton(int n, Issue issue) {
        String date = issue.date() == null ? (number(issue).isEmpty() ? issue.id() : number(issue)) : date(issue.date());
        return new Button(Labels.fit(prompts.render("chat-issue-button.zh.txt", Map.of("n", n, "date", date))),
                Button.Kind.ISSUE, issue.id());
    }

    private String refDate(IssueRef ref) {
        return ref.year() == 0
                ? prompts.render("chat-date-no-year.zh.txt", Map.of("month", ref.month(), "day", ref.day()))
                : date(LocalDate.of(ref.year(), ref.month(), ref.day()));
    }

    String date(LocalDate date) {
        if (date == null) {
            return prompts.text("chat-date-unknown.zh.txt");
        }
        return prompts.render("chat-date.zh.txt", Map.of(
                "year", date.getYear(), "month", date.getMonthValue(), "day", date.getDayOfMonth()));
    }
}
