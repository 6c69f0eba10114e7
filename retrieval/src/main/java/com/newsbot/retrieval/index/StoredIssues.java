package com.newsbot.retrieval.index;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.Issue;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The issues and articles stored in the index, read back whole (the index holds them in full). */
final class StoredIssues {

    /** What the index records of an issue to decide whether its file changed. */
    record StoredIssue(String id, String hash, String source, boolean vectors) {
    }

    static final Comparator<Issue> LATEST_FIRST = Comparator
            .comparing(Issue::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Issue::id, Comparator.reverseOrder());

    private final SearcherManager searchers;

    StoredIssues(SearcherManager searchers) {
        this.searchers = searchers;
    }

    /** Every indexed issue's id, hash, source and whether it has vectors, by id. */
    Map<String, StoredIssue> byId() throws IOException {
        Map<String, StoredIssue> issues = new HashMap<>();
        for (Document doc : all(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE))) {
            issues.put(doc.get(IndexSchema.ISSUE_ID), new StoredIssue(doc.get(IndexSchema.ISSUE_ID),
                    doc.get(IndexSchema.ISSUE_HASH), doc.get(IndexSchema.ISSUE_SOURCE),
                    "1".equals(doc.get(IndexSchema.ISSUE_VECTORS))));
        }
        return issues;
    }

    /** Every issue with its articles: latest date first, undated last. */
    List<Issue> issues() throws IOException {
        Map<String, List<Article>> articles = new HashMap<>();
        for (Document doc : all(IndexSchema.typeQuery(IndexSchema.TYPE_ARTICLE))) {
            articles.computeIfAbsent(doc.get(IndexSchema.ISSUE_ID), id -> new ArrayList<>())
                    .add(IndexSchema.articleOf(doc));
        }
        List<Issue> issues = new ArrayList<>();
        for (Document doc : all(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE))) {
            List<Article> own = articles.getOrDefault(doc.get(IndexSchema.ISSUE_ID), List.of());
            own.sort(Comparator.comparingInt(Article::ordinal));
            issues.add(IndexSchema.issueOf(doc, own));
        }
        issues.sort(LATEST_FIRST);
        return issues;
    }

    /** Every issue without its articles, latest first. */
    List<Issue> headers() throws IOException {
        List<Issue> issues = new ArrayList<>();
        for (Document doc : all(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE))) {
            issues.add(IndexSchema.issueOf(doc, List.of()));
        }
        issues.sort(LATEST_FIRST);
        return issues;
    }

    /** How many articles each indexed issue has, by issue id (an issue without articles is left out). */
    Map<String, Integer> articleCounts() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (Document doc : all(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE))) {
                String issueId = doc.get(IndexSchema.ISSUE_ID);
                int count = searcher.count(and(IndexSchema.typeQuery(IndexSchema.TYPE_ARTICLE),
                        new TermQuery(IndexSchema.issueTerm(issueId))));
                if (count > 0) {
                    counts.put(issueId, count);
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return counts;
    }

    Optional<Issue> issue(String issueId) throws IOException {
        Term issue = IndexSchema.issueTerm(issueId);
        if (all(and(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE), new TermQuery(issue))).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(load(issueId));
    }

    /** An issue known to be indexed, with its articles. */
    Issue load(String issueId) throws IOException {
        Term issue = IndexSchema.issueTerm(issueId);
        Document header = all(and(IndexSchema.typeQuery(IndexSchema.TYPE_ISSUE), new TermQuery(issue))).get(0);
        List<Article> articles = new ArrayList<>();
        for (Document doc : all(and(IndexSchema.typeQuery(IndexSchema.TYPE_ARTICLE), new TermQuery(issue)))) {
            articles.add(IndexSchema.articleOf(doc));
        }
        articles.sort(Comparator.comparingInt(Article::ordinal));
        return IndexSchema.issueOf(header, articles);
    }

    Optional<Article> article(String articleId) throws IOException {
        List<Document> docs = all(and(IndexSchema.typeQuery(IndexSchema.TYPE_ARTICLE),
                new TermQuery(new Term(IndexSchema.ARTICLE_ID, articleId))));
        return docs.isEmpty() ? Optional.empty() : Optional.of(IndexSchema.articleOf(docs.get(0)));
    }

    private static BooleanQuery and(TermQuery a, TermQuery b) {
        return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    }

    private List<Document> all(Query query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int count = searcher.count(query);
            List<Document> docs = new ArrayList<>(count);
            if (count == 0) {
                return docs;
            }
            for (ScoreDoc sd : searcher.search(query, count).scoreDocs) {
                docs.add(searcher.storedFields().document(sd.doc));
            }
            return docs;
        } finally {
            searchers.release(searcher);
        }
    }
}
