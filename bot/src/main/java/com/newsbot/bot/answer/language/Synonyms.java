package com.newsbot.bot.answer.language;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words of the same meaning, from the extended Tongyici Cilin (同义词词林扩展版, HIT-SCIR) as HanLP portable ships it
 * ({@code data/dictionary/synonym/CoreSynonym.txt} in its jar, read from the classpath; nothing is copied into this
 * project): its one reader here ({@link Colloquial} takes its small groups as alternatives). Each line of that file is a code and its words; a code ending in {@code =} groups words of one meaning
 * ({@code #} groups related words, {@code @} a word alone), and only those groups are read. Words of one character are
 * left out: alone they match inside too many other words. A reader who writes 花费 where the paper wrote 开销 asks
 * for the same thing. Read once, on first use; thread-safe.
 */
public final class Synonyms {
    static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";
    private static final Logger log = LoggerFactory.getLogger(Synonyms.class);

    private static final class Holder {
        static final Synonyms CILIN = read();
    }

    /** The "=" groups, each with all its words, in the file's order. */
    private final List<List<String>> groups;
    /** Each word's synonyms (words of two characters or more), itself left out. */
    private final Map<String, List<String>> of;

    private Synonyms(List<List<String>> groups) {
        this.groups = groups;
        Map<String, Set<String>> sets = new HashMap<>();
        for (List<String> group : groups) {
            for (String w : group) {
                for (String s : group) {
                    if (w.length() >= 2 && s.length() >= 2 && !s.equals(w)) {
                        sets.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(s);
                    }
                }
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        sets.forEach((w, s) -> lists.put(w, List.copyOf(s)));
        this.of = Map.copyOf(lists);
    }

    /** The Cilin synonyms, read on first use (none, with a warning, if HanLP's file cannot be read). */
    public static Synonyms cilin() {
        return Holder.CILIN;
    }

    /** The synonyms of {@code word} (of two characters or more, {@code word} left out); empty when it has none. */
    public List<String> of(String word) {
        return of.getOrDefault(word, List.of());
    }

    /** The groups of words of one meaning, each with all its words (one character too), in the file's order. */
    List<List<String>> groups() {
        return groups;
    }

    /** Whether {@code text} holds a synonym of {@code word} (and so may say what it says in other words). */
    public boolean heldIn(String text, String word) {
        for (String s : of(word)) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Groups from Cilin lines ("Aa01A01= 人 士 人物"): only the {@code =} groups of two words or more. */
    static Synonyms parse(List<String> lines) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.replace("\uFEFF", "").strip().split("\\s+");
            if (parts.length < 3 || !parts[0].endsWith("=")) {
                continue; // '#' (related) and '@' (alone) groups are not synonyms
            }
            groups.add(List.of(Arrays.copyOfRange(parts, 1, parts.length)));
        }
        return new Synonyms(List.copyOf(groups));
    }

    private static Synonyms read() {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + RESOURCE + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("the thesaurus could not be read; paraphrases are matched with our own table only: {}", e.toString());
            return new Synonyms(List.of());
        }
        return parse(lines);
    }
}
