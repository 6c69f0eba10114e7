package com.newsbot.bot.answer;

import com.newsbot.retrieval.ArticleHit;
import dev.langchain4j.rag.content.Content;

import java.util.List;

/** What the composer needs from the paper: passages for a query, the closest articles, and how rare each term is. */
interface Paper {
    List<Content> retrieve(String query);

    List<ArticleHit> related(String query, int maxResults);

    TermWeights weights();
}
