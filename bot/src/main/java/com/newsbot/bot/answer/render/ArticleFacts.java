package com.newsbot.bot.answer.render;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.Turn;
import com.newsbot.bot.answer.decide.ExtractiveAnswerer;
import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.question.Bylines;
import com.newsbot.bot.answer.question.FollowUps;
import com.newsbot.bot.answer.question.Ordinals;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.bot.answer.retrieve.Evidences;
import com.newsbot.bot.answer.retrieve.Headlines;
import com.newsbot.bot.answer.retrieve.Paper;
import com.newsbot.bot.answer.retrieve.Retrieval;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ChineseScript;
import com.newsbot.retrieval.Issue;

import java.util.List;
import java.util.Optional;

/**
 * Answers about an article itself rather than what it reports: the N-th story of the latest issue (第二篇讲的啥), and who
 * wrote an article (劳模那篇是谁写的). Each cites the article's lead.
 */
public final class ArticleFacts {
    private final Paper paper;
    private final Prompts prompts;
    private final Headlines headlines;
    private final Evidences evidences;

    public ArticleFacts(Paper paper, Prompts prompts, Headlines headlines, Evidences evidences) {
        this.paper = paper;
        this.prompts = prompts;
        this.headlines = headlines;
        this.evidences = evidences;
    }

    /** The N-th story of the latest issue, cited by its lead. */
    public Answer ordinal(String asked, Ordinals.Pick pick, long start) {
        Article a = pick.article();
        Issue issue = paper.issues().get(0);
        String quote = a.text().substring(pick.from(), pick.to());
        Citation c = new Citation(1, issue.id(), issue.name(), issue.date(), a.id(), headlines.of(a), a.author(), quote,
                pick.from(), pick.to(), issue.source());
        String text = prompts.render("ordinal-article.zh.txt", java.util.Map.of("n", pick.n(), "title", a.title(),
                "quote", quote));
        return new Answer(asked, true, text, AnswerMode.EXTRACTIVE, List.of(c), List.of(), AnswerComposer.millisSince(start));
    }

    /** The latest citation of an earlier answer that cites one of {@code scope}'s articles first, or null. */
    private static Citation citedIn(List<Turn> history, java.util.Set<String> scope) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Answer a = history.get(i).answer();
            if (a != null && !a.citations().isEmpty() && scope.contains(a.citations().get(0).articleId())) {
                return a.citations().get(0);
            }
        }
        return null;
    }

    /**
     * 劳模那篇是谁写的？: the byline of the article the question names, or of the one the previous answer cited when it
     * only points at one (这篇是谁写的？) or the conversation is about one, or the reporter its text credits when it has none ({@link Bylines#credited}).
     * Empty when no article is named well enough or no one is credited: then the
     * question is answered like any other.
     */
    public Optional<Answer> byline(String asked, String subject, List<Turn> history, FollowUps.Resolved resolved,
                            Retrieval retrieval, java.util.Set<String> scope, long start) {
        Citation issue = null; // where the article was printed: from its passage, or from the citation that found it
        java.util.Set<String> terms = Texts.terms(subject);
        if (!terms.isEmpty()) {
            List<Evidence> found = evidences.of(retrieval.wholePaper(subject), ""); // the whole paper, whatever the scope
            if (!found.isEmpty()) {
                Evidence top = found.get(0);
                double covered = paper.weights().coverage(terms,
                        Texts.terms(ChineseScript.toSimplified(top.title() + "\n" + top.text())));
                if (covered >= ExtractiveAnswerer.MIN_SUPPORT) {
                    issue = top.cite(1, 0, 0);
                }
            }
        } else if (!resolved.preferredArticle().isEmpty()) {
            issue = history.get(history.size() - 1).answer().citations().get(0);
        } else if (!scope.isEmpty()) {
            issue = citedIn(history, scope); // 这条是谁报道的 in a chat about one article: that article
        }
        if (issue == null) {
            return Optional.empty();
        }
        Optional<Article> found = paper.article(issue.articleId());
        String author = found.map(a -> a.author().isBlank() ? Bylines.credited(a.text()) : a.author()).orElse("");
        if (author.isBlank()) {
            return Optional.empty();
        }
        Article a = found.get();
        Optional<Texts.Range> lead = Ordinals.lead(a.text());
        if (lead.isEmpty()) {
            return Optional.empty();
        }
        String title = headlines.of(a);
        Citation c = new Citation(1, issue.issueId(), issue.issueName(), issue.date(), a.id(), title, author,
                a.text().substring(lead.get().start(), lead.get().end()), lead.get().start(), lead.get().end(),
                issue.source());
        String text = prompts.render("answer-byline.zh.txt", java.util.Map.of("title", title, "author", author));
        return Optional.of(new Answer(asked, true, text, AnswerMode.EXTRACTIVE, List.of(c), List.of(), AnswerComposer.millisSince(start)));
    }
}
