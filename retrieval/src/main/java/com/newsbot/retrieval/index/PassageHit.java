package com.newsbot.retrieval.index;

import org.apache.lucene.document.Document;

/**
 * One passage found by {@link HybridSearch}.
 *
 * @param doc      the passage document's stored fields
 * @param score    fused score, higher is better
 * @param lexical  BM25 score for the query, 0 when no term matched
 * @param dense    cosine similarity of query and passage, or null without embeddings
 */
record PassageHit(Document doc, double score, double lexical, Double dense) {

    String articleId() {
        return doc.get(IndexSchema.ARTICLE_ID);
    }
}
