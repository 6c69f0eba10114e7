package com.newsbot.bot.answer;

import com.newsbot.retrieval.ContentKeys;
import dev.langchain4j.rag.content.Content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The passages one question is answered from: the paper's best for a query ({@link Paper#retrieve}), or more of them
 * when every issue's report of a story counts ({@link Paper#retrieveWide}); within a conversation going on about some
 * articles (its scope), those articles' passages among the best of their issues.
 */
final class Retrieval {
    private final Paper paper;
    /** The articles the question may be answered from (empty: the whole paper). */
    private final Set<String> scope;

    Retrieval(Paper paper, Set<String> scope) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** The best passages for {@code query}: {@link AnswerComposer#PASSAGES} of them. */
    List<Content> passages(String query) {
        return scope.isEmpty() ? paper.retrieve(query) : scoped(query);
    }

    /** More passages for {@code query}, enough to see every issue's report of a story told several times. */
    List<Content> widened(String query) {
        return scope.isEmpty() ? paper.retrieveWide(query) : scoped(query);
    }

    /** The passages of the scope's articles among the best of their issues for {@code query}. */
    private List<Content> scoped(String query) {
        Set<String> issues = new LinkedHashSet<>();
        for (String id : scope) {
            paper.article(id).ifPresent(a -> issues.add(a.issueId()));
        }
        List<Content> out = new ArrayList<>();
        for (String issue : issues) {
            for (Content c : paper.retrieveIn(query, issue)) {
                if (scope.contains(c.textSegment().metadata().getString(ContentKeys.ARTICLE_ID))) {
                    out.add(c);
                }
            }
        }
        out.sort(Comparator.comparingDouble((Content c) -> -score(c)));
        return out.size() > AnswerComposer.PASSAGES ? List.copyOf(out.subList(0, AnswerComposer.PASSAGES)) : out;
    }

    private static double score(Content c) {
        Double d = c.textSegment().metadata().getDouble(ContentKeys.SCORE);
        return d == null ? 0 : d;
    }
}
