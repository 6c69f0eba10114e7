package com.newsbot.bot.chat;

import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.IssueMatch;
import com.newsbot.retrieval.IssueRefs;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The issues of the paper as a conversation names them: {@link #resolve} finds the issue a question names
 * (最新一期, 上期, 第3期, 4月2日那期, 最早那期) with the span to cut from the question, {@link #resolveArgument} the issue
 * a command's argument names (an id, a number, a bare date). Reads the issue headers from the {@link ArticleSource}
 * (which keeps them for a while); thread-safe.
 */
public final class IssueCatalog {
    private final ArticleSource articles;

    public IssueCatalog(ArticleSource articles) {
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    /** Every issue (without its articles), latest first. */
    public List<Issue> issues() throws IOException {
        return articles.issues();
    }

    /**
     * The issue {@code question} names: {@link IssueMatch.Status#RESOLVED} with the issue and the question without the
     * phrase ({@link IssueMatch#rest()}); {@link IssueMatch.Status#NO_SUCH_ISSUE} with the nearest issues; or
     * {@link IssueMatch.Status#NOT_NAMED}. A bare date in a question is not an issue.
     */
    public IssueMatch resolve(String question) throws IOException {
        return IssueRefs.resolve(question, articles.issues());
    }

    /** The issue a command's argument names: an id, a number (3, 第3期), a date (4月2日, 4.2, 2020-04-02) or a phrase. */
    public IssueMatch resolveArgument(String argument) throws IOException {
        return IssueRefs.resolveArgument(argument, articles.issues());
    }

    /** How many articles (stories and sidebars) the issue has; 0 when unknown. */
    public int articleCount(String issueId) throws IOException {
        return articles.articleCounts().getOrDefault(issueId, 0);
    }
}
