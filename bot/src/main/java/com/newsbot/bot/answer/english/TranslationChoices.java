package com.newsbot.bot.answer.english;

import com.newsbot.bot.answer.language.Measures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The Chinese for an English word or phrase, chosen among CC-CEDICT's translations ({@link EnglishChinese}): the phrase is
 * looked up under its dictionary forms and cases, and of its translations the one the paper uses most is taken (a name's
 * however the paper writes it most), failing that the most common one; the others the paper uses are kept for the
 * question's context to choose among ({@link EnglishQuestions}).
 */
final class TranslationChoices {
    /** The dictionary, read when the first English question is (it is large). */
    private final Supplier<EnglishChinese> dictionary;
    private final EnglishWords words;
    /** How often the paper uses a Chinese word; 0 when it never does. */
    private final ToIntFunction<String> usage;
    /** How common a Chinese word is in general (a corpus frequency), for a word the paper never uses. */
    private final ToIntFunction<String> commonness;

    TranslationChoices(Supplier<EnglishChinese> dictionary, EnglishWords words, ToIntFunction<String> usage,
                       ToIntFunction<String> commonness) {
        this.dictionary = dictionary;
        this.words = words;
        this.usage = usage;
        this.commonness = commonness;
    }

    /**
     * The Chinese for a phrase, looked up as written, in lower case, capitalised and in any case, its first and last
     * words also in their dictionary forms (tested → test, workers → worker); empty when it is no key at all.
     */
    Optional<Choice> lookUp(List<String> phrase, boolean measure) {
        List<List<List<String>>> found = new ArrayList<>();
        Set<String> proper = new java.util.HashSet<>(); // a capitalised phrase's words under capitalised keys: a name
        for (String key : keys(phrase)) {
            List<List<String>> tiers = dictionary.get().tiers(key);
            if (!tiers.isEmpty()) {
                found.add(tiers);
                if (Character.isUpperCase(phrase.get(0).charAt(0)) && !key.equals(key.toLowerCase(Locale.ROOT))) {
                    tiers.forEach(proper::addAll);
                }
            }
        }
        if (measure) { // of every tier in order, the first measure word or unit
            return found.stream().flatMap(List::stream).flatMap(List::stream)
                    .filter(w -> w.length() == 1 && Measures.ALL.indexOf(w.charAt(0)) >= 0).findFirst()
                    .map(w -> new Choice(w, List.of(), false));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(choose(found, proper));
    }

    private Set<String> keys(List<String> phrase) {
        int n = phrase.size();
        List<String> firsts = n == 1 ? List.of("") : words.forms(phrase.get(0));
        String middle = n <= 2 ? "" : String.join(" ", phrase.subList(1, n - 1));
        Set<String> keys = new LinkedHashSet<>();
        for (String first : firsts) {
            for (String last : words.forms(phrase.get(n - 1))) {
                String key = String.join(" ", List.of(first, middle, last).stream().filter(s -> !s.isEmpty()).toList());
                keys.add(key);
                keys.add(key.toLowerCase(Locale.ROOT));
                keys.add(capitalised(key));
                keys.addAll(dictionary.get().anyCase(key));
            }
        }
        return keys;
    }

    /** A word's translation, and the others the paper uses (of the first two tiers, as long), for its context to choose. */
    record Choice(String word, List<String> others, boolean names) {
    }

    /**
     * Of the first tiers of every key, and every word of a name (a capitalised key: Sichuan → 巴蜀, 四川), the word the
     * paper uses most; failing that, of the first later tier with a word
     * the paper uses, its most used; a word of one character (国, 陆: many meanings) only when the paper uses no longer
     * one; when the paper uses none, the first key's first tier's most common word.
     */
    private Choice choose(List<List<List<String>>> keys, Set<String> proper) {
        String word = chosen(keys, proper);
        List<String> others = new ArrayList<>();
        for (List<List<String>> tiers : keys) {
            for (List<String> tier : tiers.subList(0, Math.min(2, tiers.size()))) {
                for (String w : tier) {
                    if (!w.equals(word) && (w.length() > 1) == (word.length() > 1) && !others.contains(w)
                            && usage.applyAsInt(w) > 0) {
                        others.add(w);
                    }
                }
            }
        }
        return new Choice(word, usage.applyAsInt(word) > 0 ? List.copyOf(others) : List.of(), proper.contains(word));
    }

    private String chosen(List<List<List<String>>> keys, Set<String> proper) {
        for (boolean longer : List.of(true, false)) {
            java.util.function.Predicate<String> size = w -> (w.length() > 1) == longer;
            List<String> first = new ArrayList<>();
            for (List<List<String>> tiers : keys) {
                first.addAll(tiers.get(0).stream().filter(size).toList());
            }
            first.addAll(proper.stream().filter(size).sorted().toList()); // a name: however the paper writes it most
            Optional<String> best = most(first, usage);
            for (int tier = 1; best.isEmpty() && tier < 4; tier++) {
                for (List<List<String>> tiers : keys) {
                    if (best.isEmpty() && tier < tiers.size()) {
                        best = most(tiers.get(tier).stream().filter(size).toList(), usage);
                    }
                }
            }
            if (best.isPresent()) {
                return best.get();
            }
        }
        return most(keys.get(0).get(0), commonness).orElse(keys.get(0).get(0).get(0));
    }

    /** The candidate {@code count} counts most, of those it counts at all. */
    private static Optional<String> most(List<String> candidates, ToIntFunction<String> count) {
        String best = null;
        int most = 0;
        for (String w : candidates) {
            int n = count.applyAsInt(w);
            if (n > most) {
                best = w;
                most = n;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String capitalised(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean start = true;
        for (char c : key.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
