package com.newsbot.bot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words of the same meaning, from the extended Tongyici Cilin (同义词词林扩展版, HIT-SCIR) as HanLP portable ships it
 * ({@code data/dictionary/synonym/CoreSynonym.txt} in its jar, read from the classpath; nothing is copied into this
 * project). Each line of that file is a code and its words; a code ending in {@code =} groups words of one meaning
 * ({@code #} groups related words, {@code @} a word alone), and only those groups are read. Words of one character are
 * left out: alone they match inside too many other words. A reader who writes 花费 where the paper wrote 开销 asks
 * for the same thing. Read once, on first use; thread-safe.
 */
final class Synonyms {
    static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";
    private static final Synonyms CILIN = read();

    /** Each word's synonyms, itself left out. */
    private final Map<String, List<String>> of;

    Synonyms(Map<String, List<String>> of) {
        this.of = of;
    }

    /** The Cilin synonyms, read on first use. */
    static Synonyms cilin() {
        return CILIN;
    }

    /** The synonyms of {@code word} (of two characters or more, {@code word} left out); empty when it has none. */
    List<String> of(String word) {
        return of.getOrDefault(word, List.of());
    }

    /** Whether {@code text} holds a synonym of {@code word} (and so may say what it says in other words). */
    boolean heldIn(String text, String word) {
        for (String s : of(word)) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Groups from Cilin lines ("Aa01A01= 人 士 人物"): only {@code =} groups, only words of two characters or more. */
    static Synonyms parse(List<String> lines) {
        Map<String, Set<String>> sets = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length < 3 || !parts[0].endsWith("=")) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].length() >= 2) {
                    group.add(parts[i]);
                }
            }
            for (String w : group) {
                for (String s : group) {
                    if (!s.equals(w)) {
                        sets.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(s);
                    }
                }
            }
        }
        Map<String, List<String>> of = new HashMap<>();
        sets.forEach((w, s) -> of.put(w, List.copyOf(s)));
        return new Synonyms(of);
    }

    private static Synonyms read() {
        InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("HanLP's " + RESOURCE + " is not on the classpath");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line.replace("\uFEFF", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading HanLP's " + RESOURCE, e);
        }
        return parse(lines);
    }
}
