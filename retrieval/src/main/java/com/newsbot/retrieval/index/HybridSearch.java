package com.newsbot.retrieval.index;

import com.newsbot.retrieval.PassageCosine;
import com.newsbot.retrieval.SearchOptions;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hybrid retrieval over passage documents: a BM25 ranking (smartcn words and CJK bigrams, body and
 * headline fields) and a dense ranking (bge embeddings, HNSW), fused as {@link SearchOptions} says. The query is built from the analyzers' terms, never parsed: Lucene syntax in a question is
 * just text. The passages that make the cut get both scores, also the one they were not ranked by.
 */
final class HybridSearch {

    /** Cap on distinct terms per field, so a pasted page does not make a giant query. */
    private static final int MAX_TERMS = 200;
    /** Only the start of a longer query is searched: segmenting a pasted novel would take seconds. */
    static final int MAX_QUERY_CHARS = 1000;
    /** More passages than any article has (a 100,000-character article at about 250 characters a passage). */
    private static final int MAX_ARTICLE_PASSAGES = 512;

    private final Analyzer analyzer;
    private final Embedder embedder;

    /** {@code embedder} null: lexical only. */
    HybridSearch(Analyzer analyzer, Embedder embedder) {
        this.analyzer = analyzer;
        this.embedder = embedder;
    }

    /**
     * The best {@code n} passages for {@code text}, restricted to the issues {@code issueIds} when not null; among
     * passages that score the same, the newer issue's first.
     */
    List<PassageHit> search(IndexSearcher searcher, String query, int n, SearchOptions options,
                            Collection<String> issueIds) throws IOException {
        return newerFirstAmongEqual(ranked(searcher, query, n, options, issueIds));
    }

    /**
     * The best {@code n} passages for {@code text} by fused score (then document), before equal scores are ordered newest
     * first. Every ranking draws on the same {@code max(n, options.candidates())} candidates and the scores of a
     * candidate do not depend on the others ranked, so for any {@code m < n <= options.candidates()} the first {@code m}
     * of this ranking are this ranking for {@code m}: one search serves both (see {@link #prefix}).
     */
    List<PassageHit> ranked(IndexSearcher searcher, String query, int n, SearchOptions options,
                            Collection<String> issueIds) throws IOException {
        String text = searched(query);
        BooleanQuery.Builder filterBuilder = new BooleanQuery.Builder()
                .add(IndexSchema.typeQuery(IndexSchema.TYPE_PASSAGE), Occur.FILTER);
        if (issueIds != null && issueIds.size() == 1) {
            filterBuilder.add(new TermQuery(IndexSchema.issueTerm(issueIds.iterator().next())), Occur.FILTER);
        } else if (issueIds != null) {
            if (issueIds.isEmpty()) {
                return List.of();
            }
            filterBuilder.add(new TermInSetQuery(IndexSchema.ISSUE_ID,
                    issueIds.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        Query filter = filterBuilder.build();
        int candidates = Math.max(n, options.candidates());

        Query lexical = lexicalQuery(text, options);
        Map<Integer, Candidate> byDoc = new HashMap<>();
        if (options.lexicalWeight() > 0 && lexical != null) {
            ScoreDoc[] docs = searcher.search(filtered(lexical, filter), candidates).scoreDocs;
            for (int rank = 0; rank < docs.length; rank++) {
                Candidate c = byDoc.computeIfAbsent(docs[rank].doc, Candidate::new);
                c.lexical = (double) docs[rank].score;
                c.lexicalRank = rank + 1;
            }
        }
        float[] queryVector = null;
        if (embedder != null) {
            queryVector = embedder.embedQuery(text);
        }
        if (queryVector != null && options.denseWeight() > 0) {
            ScoreDoc[] docs = searcher.search(
                    new KnnFloatVectorQuery(IndexSchema.VECTOR, queryVector, candidates, filter), candidates).scoreDocs;
            for (int rank = 0; rank < docs.length; rank++) {
                Candidate c = byDoc.computeIfAbsent(docs[rank].doc, Candidate::new);
                c.dense = cosine(docs[rank].score);
                c.denseRank = rank + 1;
            }
        }
        fuse(byDoc.values(), options);
        List<Candidate> top = byDoc.values().stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> c.fused).reversed()
                        .thenComparingInt(c -> c.doc))
                .limit(n)
                .toList();
        if (top.isEmpty()) {
            return List.of();
        }
        completeScores(searcher, top, lexical, queryVector);
        List<PassageHit> hits = new ArrayList<>(top.size());
        for (Candidate c : top) {
            hits.add(new PassageHit(searcher.storedFields().document(c.doc), c.fused,
                    c.lexical == null ? 0 : c.lexical, c.dense));
        }
        return hits;
    }

    /**
     * What {@link #search} gives for the first {@code m} of a {@link #ranked} ranking of more, as a search for {@code m}
     * would: the first {@code m}, equal scores newest first among them.
     */
    static List<PassageHit> prefix(List<PassageHit> ranked, int m) {
        return newerFirstAmongEqual(ranked.subList(0, Math.min(m, ranked.size())));
    }

    /**
     * The cosine of {@code query} and every passage of article {@code articleId} (in no particular order); empty
     * without embeddings. The query's vector is the one {@link #search} used for the same text (it is cached), and
     * the article's few passages are compared exactly (a filtered vector query over a small set is exhaustive).
     */
    List<PassageCosine> cosines(IndexSearcher searcher, String query, String articleId) throws IOException {
        if (embedder == null) {
            return List.of();
        }
        float[] queryVector = embedder.embedQuery(searched(query));
        if (queryVector == null) {
            return List.of();
        }
        Query filter = new BooleanQuery.Builder()
                .add(IndexSchema.typeQuery(IndexSchema.TYPE_PASSAGE), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.ARTICLE_ID, articleId)), Occur.FILTER)
                .build();
        ScoreDoc[] docs = searcher.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, queryVector,
                MAX_ARTICLE_PASSAGES, filter), MAX_ARTICLE_PASSAGES).scoreDocs;
        List<PassageCosine> out = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            Document doc = searcher.storedFields().document(sd.doc, java.util.Set.of(IndexSchema.START, IndexSchema.END));
            out.add(new PassageCosine(doc.getField(IndexSchema.START).numericValue().intValue(),
                    doc.getField(IndexSchema.END).numericValue().intValue(), cosine(sd.score)));
        }
        return out;
    }

    /** Starts embedding {@code query} as {@link #ranked} will ({@link Embedder#prepareQuery}); nothing when lexical only. */
    void prepare(String query) {
        if (embedder != null) {
            embedder.prepareQuery(searched(query));
        }
    }

    /** The start of {@code query} that is searched (see {@link #MAX_QUERY_CHARS}). */
    private static String searched(String query) {
        return query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) : query;
    }

    /**
     * {@code hits} (best first) with each run of equal scores ordered newest issue first: the same story printed on
     * several days (or two equally good answers) is reported from the latest issue.
     */
    static List<PassageHit> newerFirstAmongEqual(List<PassageHit> hits) {
        Comparator<PassageHit> newerFirst = Comparator.comparing(
                (PassageHit h) -> h.doc().get(IndexSchema.ISSUE_DATE) == null ? "" : h.doc().get(IndexSchema.ISSUE_DATE))
                .reversed();
        List<PassageHit> ordered = new ArrayList<>(hits.size());
        int runStart = 0;
        for (int i = 1; i <= hits.size(); i++) {
            if (i == hits.size() || !sameScore(hits.get(runStart).score(), hits.get(i).score())) {
                List<PassageHit> run = new ArrayList<>(hits.subList(runStart, i));
                run.sort(newerFirst);
                ordered.addAll(run);
                runStart = i;
            }
        }
        return ordered;
    }

    private static boolean sameScore(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static void fuse(Collection<Candidate> candidates, SearchOptions options) {
        double maxLexical = 0;
        double minDense = Double.POSITIVE_INFINITY;
        double maxDense = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            if (c.lexicalRank > 0) {
                maxLexical = Math.max(maxLexical, c.lexical);
            }
            if (c.denseRank > 0) {
                minDense = Math.min(minDense, c.dense);
                maxDense = Math.max(maxDense, c.dense);
            }
        }
        for (Candidate c : candidates) {
            double fused = 0;
            if (options.fusion() == SearchOptions.Fusion.RRF) {
                if (c.lexicalRank > 0) {
                    fused += options.lexicalWeight() / (options.rrfK() + c.lexicalRank);
                }
                if (c.denseRank > 0) {
                    fused += options.denseWeight() / (options.rrfK() + c.denseRank);
                }
            } else {
                if (c.lexicalRank > 0 && maxLexical > 0) {
                    fused += options.lexicalWeight() * c.lexical / maxLexical;
                }
                if (c.denseRank > 0) {
                    double range = maxDense - minDense;
                    fused += options.denseWeight() * (range > 0 ? (c.dense - minDense) / range : 1.0);
                }
            }
            c.fused = fused;
        }
    }

    /** Fills in the score a candidate was not ranked by, restricting each query to those passages. */
    private void completeScores(IndexSearcher searcher, List<Candidate> top, Query lexical, float[] queryVector) throws IOException {
        List<Candidate> noLexical = top.stream().filter(c -> c.lexical == null).toList();
        if (lexical != null && !noLexical.isEmpty()) {
            for (ScoreDoc sd : searcher.search(filtered(lexical, docsQuery(searcher, noLexical)), noLexical.size()).scoreDocs) {
                noLexical.stream().filter(c -> c.doc == sd.doc).forEach(c -> c.lexical = (double) sd.score);
            }
        }
        List<Candidate> noDense = top.stream().filter(c -> c.dense == null).toList();
        if (queryVector != null && !noDense.isEmpty()) {
            Query knn = new KnnFloatVectorQuery(IndexSchema.VECTOR, queryVector, noDense.size(),
                    docsQuery(searcher, noDense));
            for (ScoreDoc sd : searcher.search(knn, noDense.size()).scoreDocs) {
                noDense.stream().filter(c -> c.doc == sd.doc).forEach(c -> c.dense = cosine(sd.score));
            }
        }
    }

    private static Query docsQuery(IndexSearcher searcher, List<Candidate> candidates) throws IOException {
        List<BytesRef> ids = new ArrayList<>();
        for (Candidate c : candidates) {
            ids.add(new BytesRef(searcher.storedFields().document(c.doc, java.util.Set.of(IndexSchema.PASSAGE_ID))
                    .get(IndexSchema.PASSAGE_ID)));
        }
        return new TermInSetQuery(IndexSchema.PASSAGE_ID, ids);
    }

    /** BM25 over the analyzed terms of {@code text}; null when the text has no searchable term. */
    Query lexicalQuery(String text, SearchOptions options) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        double words = 1.0;
        double bigrams = options.bigramWeight();
        any |= addField(query, IndexSchema.BODY_WORDS, text, words);
        any |= addField(query, IndexSchema.BODY_BIGRAMS, text, bigrams);
        any |= addField(query, IndexSchema.TITLE_WORDS, text, words * options.titleBoost());
        any |= addField(query, IndexSchema.TITLE_BIGRAMS, text, bigrams * options.titleBoost());
        return any ? query.build() : null;
    }

    private boolean addField(BooleanQuery.Builder query, String field, String text, double boost) {
        if (boost <= 0) {
            return false;
        }
        List<String> terms = ChineseAnalysis.terms(analyzer, field, text, MAX_TERMS);
        if (terms.isEmpty()) {
            return false;
        }
        BooleanQuery.Builder fieldQuery = new BooleanQuery.Builder();
        for (String term : terms) {
            fieldQuery.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }
        query.add(new BoostQuery(fieldQuery.build(), (float) boost), Occur.SHOULD);
        return true;
    }

    private static Query filtered(Query query, Query filter) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    /** Lucene scores DOT_PRODUCT as (1 + dot) / 2; for unit vectors dot is the cosine. */
    private static double cosine(float luceneScore) {
        return 2.0 * luceneScore - 1.0;
    }

    private static final class Candidate {
        final int doc;
        Double lexical;
        Double dense;
        int lexicalRank;
        int denseRank;
        double fused;

        Candidate(int doc) {
            this.doc = doc;
        }
    }
}
