package com.newsbot.retrieval.index;

import com.newsbot.retrieval.ContentKeys;
import com.newsbot.retrieval.PassageMatch;
import com.newsbot.retrieval.SearchOptions;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * LangChain4j's {@link ContentRetriever} over the index, for outside users: the typed {@link PassageMatch}es as
 * {@link Content}, their fields as {@link ContentKeys} metadata.
 */
final class IndexContentRetriever implements ContentRetriever {

    private final PassageSearch search;
    private final Path path;
    private final int maxResults;
    private final SearchOptions options;

    IndexContentRetriever(PassageSearch search, Path path, int maxResults, SearchOptions options) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, was " + maxResults);
        }
        this.search = search;
        this.path = path;
        this.maxResults = maxResults;
        this.options = options;
    }

    @Override
    public List<Content> retrieve(Query query) {
        try {
            return search.passages(query.text(), maxResults, options, null).stream()
                    .map(IndexContentRetriever::content).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index at " + path + " failed", e);
        }
    }

    static Content content(PassageMatch match) {
        Metadata metadata = new Metadata()
                .put(ContentKeys.ISSUE_ID, match.issueId())
                .put(ContentKeys.ISSUE_NAME, match.issueName())
                .put(ContentKeys.ARTICLE_ID, match.articleId())
                .put(ContentKeys.TITLE, match.headline())
                .put(ContentKeys.SUBTITLE, match.subtitle())
                .put(ContentKeys.AUTHOR, match.author())
                .put(ContentKeys.KIND, match.kind().name())
                .put(ContentKeys.SOURCE, match.source())
                .put(ContentKeys.START, match.start())
                .put(ContentKeys.END, match.end())
                .put(ContentKeys.SCORE, match.score())
                .put(ContentKeys.LEXICAL_SCORE, match.lexical());
        if (match.date() != null) {
            metadata.put(ContentKeys.DATE, match.date().toString());
        }
        if (match.dense() != null) {
            metadata.put(ContentKeys.DENSE_SCORE, match.dense());
        }
        return Content.from(TextSegment.from(match.text(), metadata), Map.of(ContentMetadata.SCORE, match.score()));
    }
}
