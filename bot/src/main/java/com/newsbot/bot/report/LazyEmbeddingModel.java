package com.newsbot.bot.report;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An {@link EmbeddingModel} made on first use: a report whose questions all have saved vectors never loads the
 * model (about a second of CPU for bge-small-zh).
 */
public final class LazyEmbeddingModel implements EmbeddingModel {
    private final Supplier<EmbeddingModel> factory;
    private EmbeddingModel model;

    public LazyEmbeddingModel(Supplier<EmbeddingModel> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    private synchronized EmbeddingModel model() {
        if (model == null) {
            model = Objects.requireNonNull(factory.get(), "the embedding model factory returned null");
        }
        return model;
    }

    synchronized boolean loaded() {
        return model != null;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return model().embedAll(segments);
    }

    @Override
    public int dimension() {
        return model().dimension();
    }
}
