package com.newsbot.retrieval;

/**
 * How lexical and dense retrieval are weighed. The default is what measurement chose (see README);
 * the other settings are there to measure with ({@code newsbot eval}).
 *
 * @param lexicalWeight weight of the BM25 ranking in the fusion; 0 leaves it out
 * @param denseWeight   weight of the embedding ranking in the fusion; 0 leaves it out (it is left
 *                      out anyway when the index was opened without embeddings)
 * @param titleBoost    how much a match in kicker/title/subtitle counts against one in the body
 * @param bigramWeight  how much CJK bigram matches count against smartcn word matches
 * @param rrfK          the rank constant of reciprocal rank fusion: higher flattens the ranks
 * @param candidates    how many passages each ranking contributes to the fusion
 * @param fusion        how the two rankings are combined
 */
public record SearchOptions(double lexicalWeight, double denseWeight, double titleBoost, double bigramWeight,
                            int rrfK, int candidates, Fusion fusion) {

    /** How a lexical and a dense ranking become one. */
    public enum Fusion {
        /** Weighted reciprocal rank fusion: {@code w / (rrfK + rank)} summed over the rankings. */
        RRF,
        /**
         * Weighted sum of normalized scores: BM25 divided by the best BM25 of the candidates, cosine
         * min-max scaled over the candidates; a passage missing from a ranking gets 0 there.
         */
        SCORES
    }

    /**
     * The shipped setting, chosen on CMRC 2018 trial and DRCD dev (README): BM25 carries the ranking
     * and the dense score breaks its near-ties (normalized score fusion, dense weight 0.3). Equal-weight
     * RRF lost 2 points of recall@1 to BM25 alone; a headline boost above 1 lost ~1 point on DRCD,
     * whose paragraphs share their article's title.
     */
    public static final SearchOptions DEFAULT = new SearchOptions(1.0, 0.3, 1.0, 1.0, 60, 50, Fusion.SCORES);

    public SearchOptions {
        if (lexicalWeight < 0 || denseWeight < 0 || lexicalWeight + denseWeight == 0) {
            throw new IllegalArgumentException("weights must be >= 0 and not both 0");
        }
        if (fusion == null) {
            throw new IllegalArgumentException("fusion is required");
        }
        if (titleBoost < 0 || bigramWeight < 0 || rrfK < 1 || candidates < 1) {
            throw new IllegalArgumentException("bad search options " + this);
        }
    }

    /** Only BM25 over words and bigrams. */
    public SearchOptions lexicalOnly() {
        return new SearchOptions(1.0, 0.0, titleBoost, bigramWeight, rrfK, candidates, fusion);
    }

    /** Only the embeddings. */
    public SearchOptions denseOnly() {
        return new SearchOptions(0.0, 1.0, titleBoost, bigramWeight, rrfK, candidates, fusion);
    }

    public SearchOptions withWeights(double lexical, double dense) {
        return new SearchOptions(lexical, dense, titleBoost, bigramWeight, rrfK, candidates, fusion);
    }

    public SearchOptions withTitleBoost(double boost) {
        return new SearchOptions(lexicalWeight, denseWeight, boost, bigramWeight, rrfK, candidates, fusion);
    }

    public SearchOptions withBigramWeight(double weight) {
        return new SearchOptions(lexicalWeight, denseWeight, titleBoost, weight, rrfK, candidates, fusion);
    }

    public SearchOptions withRrfK(int k) {
        return new SearchOptions(lexicalWeight, denseWeight, titleBoost, bigramWeight, k, candidates, fusion);
    }

    public SearchOptions withFusion(Fusion how) {
        return new SearchOptions(lexicalWeight, denseWeight, titleBoost, bigramWeight, rrfK, candidates, how);
    }
}
