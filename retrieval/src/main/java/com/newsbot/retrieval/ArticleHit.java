package com.newsbot.retrieval;

/** An article found by a search, with its score and the passage that matched best. */
public record ArticleHit(Article article, double score, Passage bestPassage) {
}
