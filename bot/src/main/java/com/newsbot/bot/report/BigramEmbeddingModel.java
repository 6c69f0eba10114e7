package com.newsbot.bot.report;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.List;

/**
 * A model-free {@link EmbeddingModel} for when embeddings are off ({@code NEWSBOT_EMBEDDINGS=none}): each text is
 * its characters and character pairs hashed into {@link #DIMENSION} buckets, so cosine similarity measures shared
 * wording. Catches re-orderings and small edits, not paraphrases.
 */
public final class BigramEmbeddingModel implements EmbeddingModel {
    static final int DIMENSION = 1024;

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> embeddings = new ArrayList<>(segments.size());
        for (TextSegment segment : segments) {
            embeddings.add(Embedding.from(vector(QuestionGroups.key(segment.text()))));
        }
        return Response.from(embeddings);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    private static float[] vector(String text) {
        float[] vector = new float[DIMENSION];
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            vector[Math.floorMod(points[i] * 31, DIMENSION)] += 0.5f;
            if (i + 1 < points.length) {
                vector[Math.floorMod(points[i] * 1_000_003 + points[i + 1] * 7919, DIMENSION)] += 1f;
            }
        }
        return vector;
    }
}
