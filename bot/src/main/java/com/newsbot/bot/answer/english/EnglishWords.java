package com.newsbot.bot.answer.english;

import com.newsbot.bot.answer.language.Lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an English question: its tokens, which of them carry no content ({@code lexicon/english-function-words.txt}),
 * which pass into Chinese as written (numbers, 5G, AT&amp;T, SARS), and the dictionary forms of an inflected word
 * (factories → factory, written → write through {@code lexicon/english-irregular-verbs.txt}).
 */
final class EnglishWords {
    /** A word (letters, digits, inner hyphens, ampersands and dots: state-owned, AT&amp;T, U.S.) or a clitic ('s, n't). */
    private static final Pattern TOKEN = Pattern.compile("n't|'[a-z]+|[\\p{L}\\p{N}]+(?:[-&.'’][\\p{L}\\p{N}]+)*",
            Pattern.CASE_INSENSITIVE);
    /** Written the same in a Chinese paper: a token with a digit or an ampersand, or an abbreviation in capitals. */
    private static final Pattern AS_WRITTEN = Pattern.compile(".*[\\d&].*|[A-Z]{2,}s?|(?:[A-Z]\\.)+");

    private final Set<String> function;
    /** An irregular past tense or participle → its base (written → write). */
    private final Map<String, String> irregular;
    /** A month's name or abbreviation, in lower case → its number (march → 3). */
    private final Map<String, Integer> months;

    EnglishWords(Set<String> function, Map<String, String> irregular, Map<String, Integer> months) {
        this.function = function;
        this.irregular = irregular;
        this.months = months;
    }

    /** The lists of {@code lexicon/}. */
    static EnglishWords fromLexicon() {
        Map<String, String> irregular = new HashMap<>();
        for (String line : Lexicon.words("english-irregular-verbs.txt")) {
            String[] parts = line.split("\\s+");
            for (int i = 1; i < parts.length; i++) {
                for (String form : parts[i].split("/")) {
                    irregular.putIfAbsent(form, parts[0]);
                }
            }
        }
        Map<String, Integer> months = new HashMap<>();
        List<String> names = Lexicon.words("english-months.txt");
        for (int m = 0; m < names.size(); m++) {
            for (String name : names.get(m).split("\\s+")) {
                months.put(name, m + 1);
            }
        }
        return new EnglishWords(Set.copyOf(Lexicon.words("english-function-words.txt")), Map.copyOf(irregular),
                Map.copyOf(months));
    }

    /** The tokens of {@code text} in order: "Beijing's" is Beijing and 's; curly apostrophes read as straight ones. */
    static List<String> tokens(String text) {
        String plain = text.replace('’', '\'').replace('‘', '\'');
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(plain);
        while (m.find()) {
            String t = m.group();
            int clitic = t.indexOf('\'');
            if (clitic > 0 && t.toLowerCase(Locale.ROOT).matches(".*'(?:s|d|re|ve|ll|m)$")) { // she'd, Beijing's
                out.add(t.substring(0, clitic));
                out.add(t.substring(clitic));
            } else if (t.toLowerCase(Locale.ROOT).endsWith("n't") && t.length() > 3) { // didn't
                out.add(t.substring(0, t.length() - 3));
                out.add("n't");
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether {@code token} carries no content (the, did, in, 's). */
    boolean function(String token) {
        return function.contains(token.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code token} reads as a verb: an irregular verb of {@code lexicon/english-irregular-verbs.txt} in any of
     * its forms, or a regular past tense (opened; not speed). Where a noun phrase ends: how many people | died.
     */
    boolean verb(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        return irregular.containsKey(w) || irregular.containsValue(w)
                || (w.length() >= 5 && w.endsWith("ed") && !w.endsWith("eed") && Character.isLowerCase(token.charAt(0)));
    }

    /** The month {@code token} names, 1 to 12 (March, Sept.); 0 when it names none. A month is written capitalised. */
    int month(String token) {
        if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
            return 0; // "may" is a verb, "May" the month
        }
        return months.getOrDefault(token.toLowerCase(Locale.ROOT).replaceFirst("\\.$", ""), 0);
    }

    /** Whether {@code token} is written the same in Chinese text: 2008, 5G, AT&amp;T, SARS. */
    static boolean asWritten(String token) {
        return AS_WRITTEN.matcher(token).matches();
    }

    /** {@code word} and then the dictionary forms it may be inflected from, most likely first: factories → factory. */
    List<String> forms(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        String w = word.toLowerCase(Locale.ROOT);
        String base = irregular.get(w);
        if (base != null) {
            out.add(base);
        }
        if (w.length() > 3 && w.endsWith("ies")) {
            out.add(stem(word, 3) + "y");
        }
        if (w.length() > 3 && w.endsWith("es")) {
            out.add(stem(word, 2));
        }
        if (w.length() > 2 && w.endsWith("s") && !w.endsWith("ss")) {
            out.add(stem(word, 1));
        }
        if (w.length() > 4 && w.endsWith("ied")) {
            out.add(stem(word, 3) + "y");
        }
        if (w.length() > 3 && w.endsWith("ed")) {
            out.add(stem(word, 2));
            out.add(stem(word, 1));
            addUndoubled(out, stem(word, 2));
        }
        if (w.length() > 4 && w.endsWith("ing")) {
            out.add(stem(word, 3));
            out.add(stem(word, 3) + "e");
            addUndoubled(out, stem(word, 3));
        }
        return List.copyOf(out);
    }

    private static String stem(String word, int cut) {
        return word.substring(0, word.length() - cut);
    }

    /** stopped → stop, running → run: a doubled last consonant comes from the suffix. */
    private static void addUndoubled(Set<String> out, String stem) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            out.add(stem.substring(0, n - 1));
        }
    }
}
