package com.newsbot.retrieval.index;

import com.newsbot.retrieval.PassageCosine;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.IssueMatch;
import com.newsbot.retrieval.IssueRef;
import com.newsbot.retrieval.IssueRefs;
import com.newsbot.retrieval.PassageMatch;
import com.newsbot.retrieval.SearchOptions;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hybrid search over the passages, scoped to the issue a question names; results as typed matches or articles. */
final class PassageSearch {

    private final SearcherManager searchers;
    private final HybridSearch search;
    private final StoredIssues stored;

    PassageSearch(SearcherManager searchers, HybridSearch search, StoredIssues stored) {
        this.searchers = searchers;
        this.search = search;
        this.stored = stored;
    }

    /**
     * The best passages for {@code question}: in {@code issueIds} when given (none: no passage), otherwise in the
     * issue the question names (最新一期, 上一期, 第N期, a dated issue), otherwise everywhere.
     */
    List<PassageHit> hits(String question, int n, SearchOptions options, Collection<String> issueIds)
            throws IOException {
        return HybridSearch.newerFirstAmongEqual(rankedHits(question, n, options, issueIds));
    }

    /** As {@link #hits}, before equal scores are ordered newest first ({@link HybridSearch#ranked}). */
    private List<PassageHit> rankedHits(String question, int n, SearchOptions options, Collection<String> issueIds)
            throws IOException {
        String text = question;
        Collection<String> issues = issueIds;
        if (issues == null) {
            Optional<IssueMatch> named = namedIssue(question);
            if (named.isPresent()) {
                if (named.get().status() != IssueMatch.Status.RESOLVED) {
                    return List.of(); // the question is about an issue that is not in the index
                }
                issues = List.of(named.get().issue().id());
                text = named.get().rest();
            }
        }
        String searched = text;
        Collection<String> within = issues;
        return withSearcher(searcher -> search.ranked(searcher, searched, n, options, within));
    }

    /**
     * The best {@code n} passages for a question and the best {@code more} (more than {@code n}), each as
     * {@link #passages} gives them, from one search when {@code more} is within the candidates each ranking draws on
     * ({@link HybridSearch#ranked}); from two otherwise.
     */
    List<List<PassageMatch>> passagesAndMore(String question, int n, int more, SearchOptions options) throws IOException {
        if (more <= n || more > options.candidates()) {
            return List.of(passages(question, n, options, null), passages(question, more, options, null));
        }
        List<PassageHit> ranked = rankedHits(question, more, options, null);
        return List.of(HybridSearch.prefix(ranked, n).stream().map(PassageSearch::match).toList(),
                HybridSearch.newerFirstAmongEqual(ranked).stream().map(PassageSearch::match).toList());
    }

    /** The issue {@code question} names (最新一期, 上一期, 第N期, a dated issue) matched against the index; empty when none. */
    private Optional<IssueMatch> namedIssue(String question) throws IOException {
        Optional<IssueRef> named = IssueRefs.find(question);
        return named.isEmpty() ? Optional.empty() : Optional.of(IssueRefs.resolve(named.get(), question, stored.headers()));
    }

    /** What a search gives with a searcher acquired for it and released after. */
    private <T> T withSearcher(Searching<T> searching) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searching.with(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @FunctionalInterface
    private interface Searching<T> {
        T with(IndexSearcher searcher) throws IOException;
    }

    /** Starts embedding {@code question} as {@link #hits} will search it (without the issue it names). */
    void prepare(String question) {
        try {
            search.prepare(withoutNamedIssue(question));
        } catch (IOException e) {
            // only a hint: the search that follows reads the issues again and reports what fails
        }
    }

    /**
     * How close in meaning each passage of article {@code articleId} is to {@code question}, read as {@link #hits}
     * reads it (an issue the question names is not part of what is compared).
     */
    List<PassageCosine> cosines(String question, String articleId) throws IOException {
        String text = withoutNamedIssue(question);
        return withSearcher(searcher -> search.cosines(searcher, text, articleId));
    }

    /** {@code question} without the issue it names, when that issue is in the index: what its passages are compared with. */
    private String withoutNamedIssue(String question) throws IOException {
        return namedIssue(question).filter(m -> m.status() == IssueMatch.Status.RESOLVED)
                .map(IssueMatch::rest).orElse(question);
    }

    private static Collection<String> only(String issueId) {
        return issueId == null ? null : List.of(issueId);
    }

    /** {@link #hits} as typed matches. */
    List<PassageMatch> passages(String question, int n, SearchOptions options, String issueId) throws IOException {
        return hits(question, n, options, only(issueId)).stream().map(PassageSearch::match).toList();
    }

    static PassageMatch match(PassageHit hit) {
        Document doc = hit.doc();
        String date = doc.get(IndexSchema.ISSUE_DATE);
        return new PassageMatch(doc.get(IndexSchema.ARTICLE_ID), doc.get(IndexSchema.ISSUE_ID),
                doc.get(IndexSchema.ISSUE_NAME), date == null || date.isEmpty() ? null : LocalDate.parse(date),
                doc.get(IndexSchema.ISSUE_SOURCE), doc.get(IndexSchema.KICKER), doc.get(IndexSchema.TITLE),
                doc.get(IndexSchema.SUBTITLE), doc.get(IndexSchema.AUTHOR), ArticleKind.valueOf(doc.get(IndexSchema.KIND)),
                doc.getField(IndexSchema.ORDINAL).numericValue().intValue(), doc.get(IndexSchema.TEXT),
                doc.getField(IndexSchema.START).numericValue().intValue(),
                doc.getField(IndexSchema.END).numericValue().intValue(), hit.score(), hit.lexical(), hit.dense());
    }

    /**
     * The best matching articles, one entry per article, each with its best passage: in the issues {@code issueIds}
     * (none: no article); when null, in the issue the query names, if any, otherwise everywhere.
     */
    List<ArticleHit> articles(String query, int n, SearchOptions options, Collection<String> issueIds)
            throws IOException {
        Map<String, PassageHit> best = new LinkedHashMap<>();
        for (PassageHit hit : hits(query, Math.max(n * 4, options.candidates()), options, issueIds)) {
            best.putIfAbsent(hit.articleId(), hit);
            if (best.size() == n) {
                break;
            }
        }
        List<ArticleHit> hits = new ArrayList<>(best.size());
        for (PassageHit hit : best.values()) {
            Optional<Article> article = stored.article(hit.articleId());
            if (article.isPresent()) {
                int ordinal = hit.doc().getField(IndexSchema.ORDINAL).numericValue().intValue();
                hits.add(new ArticleHit(article.get(), hit.score(), article.get().passages().get(ordinal)));
            }
        }
        return hits;
    }
}
