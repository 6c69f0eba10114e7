package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Citation;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.IssueMatch;
import com.newsbot.retrieval.IssueRefs;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a conversation talks about, as its earlier turns tell: the issue its last answer cited (from which 第二天那期 counts),
 * the issue a question names, and the article a "not covered" answer pointed to. Thread-safe (stateless).
 */
final class TalkedAbout {
    private final ArticleSource articles;
    private final RelativeIssues relative = new RelativeIssues();

    TalkedAbout(ArticleSource articles) {
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    /** The issue a relative reference counts from: the last cited article's, or the last summary's. */
    Optional<Issue> contextIssue(List<Said> said) {
        for (int i = said.size() - 1; i >= 0; i--) {
            Said s = said.get(i);
            if (s.found()) {
                return issue(s.answer().citations().get(0).issueId());
            }
        }
        return Optional.empty();
    }

    /** {@code text} with a relative issue reference (第二天那期) rewritten as the issue's date, when it has one. */
    String withIssueResolved(String text, List<Said> said) {
        Optional<Issue> from = contextIssue(said);
        if (from.isEmpty()) {
            return text;
        }
        try {
            return relative.resolve(text, from.get(), articles.issues()).map(RelativeIssues.Resolved::text).orElse(text);
        } catch (IOException | RuntimeException e) {
            return text;
        }
    }

    /**
     * The article a "not covered" answer pointed to as related (相关的文章有《…》): what the reader asked about, as far as
     * the paper tells, and so what a follow-up is about. Empty for a found answer or one that pointed to nothing.
     */
    Optional<Citation> pointedTo(Said s) {
        if (s.found() || s.summary() || s.answer() == null || s.answer().related().isEmpty()) {
            return Optional.empty();
        }
        com.newsbot.retrieval.Article a = s.answer().related().get(0).article();
        Optional<Issue> issue = issue(a.issueId());
        return Optional.of(new Citation(1, a.issueId(), issue.map(Issue::name).orElse(""),
                issue.map(Issue::date).orElse(null), a.id(), a.title(), a.author(), "", 0, 0,
                issue.map(Issue::source).orElse("")));
    }

    /** The issue a question names (4月3日那期, 最新一期), if it names one the paper has. */
    Optional<Issue> namedIssue(String question) {
        try {
            IssueMatch match = IssueRefs.resolve(question, articles.issues());
            return match.status() == IssueMatch.Status.RESOLVED ? Optional.of(match.issue()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Issue> issue(String issueId) {
        try {
            return articles.issue(issueId);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
