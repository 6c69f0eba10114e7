package com.newsbot.bot.answer.retrieve;

import com.newsbot.retrieval.ContentKeys;
import dev.langchain4j.rag.content.Content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The searches of one question, each run once: the paper's best passages for a query ({@link Paper#retrieve}), and more
 * of them when every issue's report of a story counts ({@link Paper#retrieveWide}: widened once, by the same search
 * when the question is known to ask for the latest report, {@link Paper#retrieveAndWiden}); within a
 * conversation going on about some articles (its scope), those articles' passages among the best of their issues
 * ({@link Paper#retrieveIn}, one search per issue). A query searched again (a short follow-up tried on its own and then
 * answered on its own) is given the passages found the first time. One per question, not thread-safe; how many searches
 * it ran is logged at debug level ({@link #searches}).
 */
public final class Retrieval {
    /** Passages retrieved per question. */
    public static final int PASSAGES = 8;
    private static final String NARROW = "passages";
    private static final String WIDE = "widened";
    private static final String PAPER = "paper";

    private final Paper paper;
    /** The articles the question may be answered from (empty: the whole paper). */
    private final Set<String> scope;
    /** What each search (its kind and query) found. */
    private final Map<List<String>, List<Content>> found = new HashMap<>();
    /** Searches asked for, and run (the index searched; a scope of two issues searches twice). */
    private int asked;
    private int run;
    private int widened;

    public Retrieval(Paper paper, Set<String> scope) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /**
     * Lets the paper start on the search for {@code query} that comes next (its embedding, on another thread), while
     * the question is read; within a scope nothing (its searches read the query within each issue).
     */
    public void prepare(String query) {
        if (scope.isEmpty()) {
            paper.prepare(query);
        }
    }

    /** The best passages for {@code query}: {@link #PASSAGES} of them. */
    public List<Content> passages(String query) {
        return search(NARROW, query, () -> scope.isEmpty() ? run(paper.retrieve(query)) : scoped(query));
    }

    /**
     * As {@link #passages(String)}; with {@code widenedToo} (a question for the latest report) the widened passages are
     * found by the same search, and {@link #widened} gives them without another.
     */
    public List<Content> passages(String query, boolean widenedToo) {
        if (!widenedToo || !scope.isEmpty() || found.containsKey(List.of(NARROW, query))
                || found.containsKey(List.of(WIDE, query))) {
            return passages(query);
        }
        asked++;
        widened++;
        List<List<Content>> both = run(paper.retrieveAndWiden(query));
        found.put(List.of(NARROW, query), both.get(0));
        found.put(List.of(WIDE, query), both.get(1));
        return both.get(0);
    }

    /**
     * More passages for {@code query}, enough to see every issue's report of a story told several times (within a scope,
     * the same as {@link #passages}: the scope's articles are all read).
     */
    public List<Content> widened(String query) {
        return scope.isEmpty() ? search(WIDE, query, () -> {
            widened++;
            return run(paper.retrieveWide(query));
        }) : passages(query);
    }

    /** The paper's best passages for {@code query} whatever the scope (the article a byline question names). */
    public List<Content> wholePaper(String query) {
        return scope.isEmpty() ? passages(query) : search(PAPER, query, () -> run(paper.retrieve(query)));
    }

    /** How many searches the question asked for, how many ran, and how many of them were widened. */
    public String searches() {
        return asked + " asked, " + run + " run, " + widened + " widened";
    }

    private List<Content> search(String kind, String query, Supplier<List<Content>> search) {
        asked++;
        List<String> key = List.of(kind, query);
        List<Content> passages = found.get(key);
        if (passages == null) {
            passages = search.get();
            found.put(key, passages);
        }
        return passages;
    }

    /** {@code passages}, one search run. */
    private <T> T run(T passages) {
        run++;
        return passages;
    }

    /** The passages of the scope's articles among the best of their issues for {@code query}. */
    private List<Content> scoped(String query) {
        Set<String> issues = new LinkedHashSet<>();
        for (String id : scope) {
            paper.article(id).ifPresent(a -> issues.add(a.issueId()));
        }
        List<Content> out = new ArrayList<>();
        for (String issue : issues) {
            for (Content c : run(paper.retrieveIn(query, issue))) {
                if (scope.contains(c.textSegment().metadata().getString(ContentKeys.ARTICLE_ID))) {
                    out.add(c);
                }
            }
        }
        out.sort(Comparator.comparingDouble((Content c) -> -score(c)));
        return List.copyOf(out.size() > PASSAGES ? out.subList(0, PASSAGES) : out);
    }

    private static double score(Content c) {
        Double d = c.textSegment().metadata().getDouble(ContentKeys.SCORE);
        return d == null ? 0 : d;
    }
}
