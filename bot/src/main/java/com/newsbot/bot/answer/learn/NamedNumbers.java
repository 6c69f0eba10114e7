package com.newsbot.bot.answer.learn;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learned-weights file read: "name value" lines, {@code #} lines comments, each name one of those known and given
 * once. The reader's weights ({@code candidates.UnitFeatures}) and the not-found verdict ({@code decide.NotFoundVerdict})
 * read theirs so; each says which names it must have.
 */
public final class NamedNumbers {
    private NamedNumbers() {
    }

    /** The values of {@code lines} by name, in file order; a line that is not one known name and a number is refused. */
    public static Map<String, Double> parse(List<String> lines, Collection<String> known, String source) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+");
            if (parts.length != 2 || !known.contains(parts[0]) || out.containsKey(parts[0])) {
                throw new IllegalArgumentException(source + ": not a weight line: " + t);
            }
            try {
                out.put(parts[0], Double.parseDouble(parts[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ": not a number: " + t);
            }
        }
        return out;
    }

    /** The values of {@code names}, in their order, from {@code values}; a name without one is refused. */
    public static double[] each(Map<String, Double> values, List<String> names, String source) {
        double[] w = new double[names.size()];
        for (int i = 0; i < w.length; i++) {
            Double v = values.get(names.get(i));
            if (v == null) {
                throw new IllegalArgumentException(source + ": no weight for " + names.get(i));
            }
            w[i] = v;
        }
        return w;
    }
}
