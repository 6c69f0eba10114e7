package com.newsbot.bot.report;

import com.newsbot.retrieval.ChineseScript;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import com.newsbot.bot.state.QuestionVectors;
import com.newsbot.bot.state.StateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Groups questions that ask the same thing: first those that differ only in script, width, case, spaces and
 * punctuation (no model needed), then, with an {@link EmbeddingModel}, those whose vectors are closer than a
 * threshold to a group's most asked question. Groups come out largest first.
 */
public final class QuestionGroups {
    private static final Logger log = LoggerFactory.getLogger(QuestionGroups.class);
    /** Texts per call to the model. */
    static final int BATCH = 64;
    /** Wordings listed per group. */
    static final int WORDINGS_SHOWN = 8;

    private final EmbeddingModel model;
    private final double threshold;
    private final QuestionVectors cache;
    private final String modelName;

    /**
     * @param threshold cosine similarity at or above which two questions are one group (bge-small-zh: 0.85; the
     *                  character-bigram model: 0.6)
     */
    public QuestionGroups(EmbeddingModel model, double threshold) {
        this(model, threshold, null, null);
    }

    /**
     * Groups with vectors kept in {@code cache} under {@code modelName}: a question embedded for an earlier report is
     * not embedded again.
     */
    public QuestionGroups(EmbeddingModel model, double threshold, QuestionVectors cache, String modelName) {
        this.model = Objects.requireNonNull(model, "model");
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        this.cache = cache;
        this.modelName = modelName;
        if (cache != null && modelName == null) {
            throw new IllegalArgumentException("a vector cache needs the model's name");
        }
    }

    /** Groups {@code asked} (each question with how often it was asked). */
    public List<ReaderReport.QuestionGroup> group(Map<String, Integer> asked) {
        Map<String, Map<String, Integer>> byKey = new LinkedHashMap<>();
        asked.forEach((question, count) -> byKey.computeIfAbsent(key(question), k -> new LinkedHashMap<>())
                .merge(question, count, Integer::sum));
        List<Map.Entry<String, Map<String, Integer>>> keys = new ArrayList<>(byKey.entrySet());
        keys.removeIf(entry -> entry.getKey().isEmpty());
        keys.sort(Comparator.comparingInt((Map.Entry<String, Map<String, Integer>> e) -> total(e.getValue())).reversed()
                .thenComparing(Map.Entry::getKey));
        List<float[]> vectors = embed(keys.stream().map(Map.Entry::getKey).toList());

        List<float[]> leaders = new ArrayList<>();
        List<Map<String, Integer>> groups = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            float[] vector = vectors.get(i);
            int best = -1;
            double bestSimilarity = threshold;
            for (int g = 0; g < leaders.size(); g++) {
                double similarity = dot(vector, leaders.get(g));
                if (similarity >= bestSimilarity) {
                    bestSimilarity = similarity;
                    best = g;
                }
            }
            if (best < 0) {
                leaders.add(vector);
                groups.add(new LinkedHashMap<>(keys.get(i).getValue()));
            } else {
                Map<String, Integer> group = groups.get(best);
                keys.get(i).getValue().forEach((question, count) -> group.merge(question, count, Integer::sum));
            }
        }
        List<ReaderReport.QuestionGroup> out = new ArrayList<>();
        for (Map<String, Integer> group : groups) {
            out.add(new ReaderReport.QuestionGroup(total(group), wordings(group)));
        }
        out.sort(Comparator.comparingInt(ReaderReport.QuestionGroup::count).reversed());
        return out;
    }

    /**
     * The group's wordings to show, most asked first: one per key (the way it was typed most often), so that
     * 食堂几点开门？ and 请问食堂几点开门。 are listed once.
     */
    private static List<String> wordings(Map<String, Integer> group) {
        Map<String, Integer> perKey = new LinkedHashMap<>();
        Map<String, String> shownAs = new LinkedHashMap<>();
        Map<String, Integer> shownCount = new LinkedHashMap<>();
        group.forEach((question, count) -> {
            String key = key(question);
            perKey.merge(key, count, Integer::sum);
            if (count > shownCount.getOrDefault(key, 0)) {
                shownAs.put(key, question);
                shownCount.put(key, count);
            }
        });
        return perKey.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(WORDINGS_SHOWN).map(entry -> shownAs.get(entry.getKey())).toList();
    }

    /** Greetings and politeness around a question that do not change what is asked. */
    private static final java.util.regex.Pattern FILLER_START = java.util.regex.Pattern.compile(
            "^(?:你好|您好|哈喽|嗨|hi|hello|请问一下|请问下|请问|想问一下|想问下|想问|问一下|问下|麻烦问一下|麻烦问下|我想知道)+");
    private static final java.util.regex.Pattern FILLER_END = java.util.regex.Pattern.compile("(?:呀|呢|啊|吗|哈|谢谢|谢啦)+$");

    /**
     * What two wordings share when they differ only in script, width, case, spaces, punctuation, a greeting or
     * "请问" before the question, or a particle (呀, 呢) after it.
     */
    static String key(String question) {
        String simplified = ChineseScript.toSimplified(java.text.Normalizer.normalize(question, java.text.Normalizer.Form.NFKC));
        StringBuilder key = new StringBuilder(simplified.length());
        simplified.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        String folded = key.toString().toLowerCase(Locale.ROOT);
        String trimmed = FILLER_END.matcher(FILLER_START.matcher(folded).replaceFirst("")).replaceFirst("");
        return trimmed.isEmpty() ? folded : trimmed;
    }

    /** One unit vector per text, in order: from the cache when known, else from the model (and then cached). */
    private List<float[]> embed(List<String> texts) {
        Map<String, float[]> known = new HashMap<>();
        if (cache != null) {
            try {
                known.putAll(cache.get(modelName, texts));
            } catch (StateException e) {
                log.warn("Reading saved question vectors failed, embedding every question: {}", e.getMessage());
            }
        }
        List<String> missing = texts.stream().filter(text -> !known.containsKey(text)).toList();
        Map<String, float[]> computed = new LinkedHashMap<>();
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<Embedding> embeddings = model.embedAll(batch.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < batch.size(); i++) {
                computed.put(batch.get(i), unit(embeddings.get(i).vector()));
            }
        }
        if (cache != null && !computed.isEmpty()) {
            try {
                cache.put(modelName, computed);
            } catch (StateException e) {
                log.warn("Saving question vectors failed (the next report embeds them again): {}", e.getMessage());
            }
        }
        known.putAll(computed);
        log.debug("question vectors: {} saved, {} computed", texts.size() - missing.size(), missing.size());
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(known.get(text));
        }
        return vectors;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) (vector[i] / norm);
            }
        }
        return vector;
    }
}
