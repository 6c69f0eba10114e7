package com.newsbot.bot.answer;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The paper as a {@link NewsIndex}: its hybrid retriever, its article search, and term rarity over its articles. */
final class IndexPaper implements Paper {
    private static final Logger log = LoggerFactory.getLogger(IndexPaper.class);
    /** How often the term statistics check whether the indexed issues changed. */
    private static final long REFRESH_NANOS = 30_000_000_000L;

    private final NewsIndex index;
    private final ContentRetriever retriever;
    private final Object lock = new Object();
    private TermWeights weights;
    private String signature = "";
    private long checkedAt;

    IndexPaper(NewsIndex index, int maxPassages) {
        this.index = Objects.requireNonNull(index, "index");
        this.retriever = index.retriever(maxPassages);
    }

    @Override
    public List<Content> retrieve(String query) {
        return retriever.retrieve(Query.from(query));
    }

    @Override
    public List<ArticleHit> related(String query, int maxResults) {
        try {
            return index.searchArticles(query, maxResults);
        } catch (IOException e) {
            log.warn("could not search articles related to a question of {} characters", query.length(), e);
            return List.of();
        }
    }

    @Override
    public TermWeights weights() {
        synchronized (lock) {
            long now = System.nanoTime();
            if (weights == null || now - checkedAt > REFRESH_NANOS) {
                checkedAt = now;
                List<Issue> issues = issues();
                StringBuilder sig = new StringBuilder();
                for (Issue issue : issues) {
                    sig.append(issue.id()).append(':').append(issue.contentHash()).append(';');
                }
                if (weights == null || !sig.toString().equals(signature)) {
                    List<String> texts = new ArrayList<>();
                    for (Issue issue : issues) {
                        for (Article a : issue.articles()) {
                            texts.add(a.title() + "\n" + a.text());
                        }
                    }
                    weights = TermWeights.of(texts);
                    signature = sig.toString();
                }
            }
            return weights;
        }
    }

    private List<Issue> issues() {
        try {
            return index.issues();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the indexed issues", e);
        }
    }
}
