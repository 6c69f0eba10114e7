package com.newsbot.bot.state;

import java.util.Collection;
import java.util.Map;

/** Embeddings of questions kept between reports, by the model that made them and the question's folded text. */
public interface QuestionVectors {
    /** The known vectors of {@code keys} (those not known are absent from the answer). */
    Map<String, float[]> get(String model, Collection<String> keys) throws StateException;

    void put(String model, Map<String, float[]> vectors) throws StateException;
}
