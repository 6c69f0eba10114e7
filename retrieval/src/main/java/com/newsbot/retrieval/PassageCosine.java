package com.newsbot.retrieval;

/**
 * How close one passage of an article is in meaning to a question: the cosine of their bge-small-zh embeddings.
 *
 * @param start  where the passage starts in its article's text
 * @param end    where it ends (exclusive)
 * @param cosine the cosine similarity of question and passage, -1 to 1
 */
public record PassageCosine(int start, int end, double cosine) {
}
