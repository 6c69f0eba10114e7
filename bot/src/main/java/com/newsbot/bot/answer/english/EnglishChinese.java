package com.newsbot.bot.answer.english;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * English glosses keyed to Chinese words: CC-CEDICT (CC BY-SA 4.0) as {@code tools/cedict-english.py} derives it into
 * {@code lexicon/english-chinese.txt.gz}, one "key TAB headwords" a line, the headwords in tiers ("北京 北京市|京").
 * Loaded once, on first use (about 100,000 keys). Keys keep their case: "China" names the country, "china" is 瓷.
 */
public final class EnglishChinese {
    static final String RESOURCE = "/lexicon/english-chinese.txt.gz";

    /** A key as written → its headwords, tiers split by '|', words of a tier by ' ' (parsed when looked up). */
    private final Map<String, String> entries;
    /** A key with a capital letter, in lower case → the keys written so (da vinci → da Vinci). */
    private final Map<String, List<String>> capitalised;
    /** The most words a key has. */
    private final int longest;

    private EnglishChinese(Map<String, String> entries, Map<String, List<String>> capitalised, int longest) {
        this.entries = entries;
        this.capitalised = capitalised;
        this.longest = longest;
    }

    /** The dictionary of {@link #RESOURCE}, read the first time it is asked for. */
    public static EnglishChinese get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EnglishChinese INSTANCE = load(RESOURCE);
    }

    /** Reads a gzipped "key TAB headwords" resource; {@code #} lines are comments. */
    static EnglishChinese load(String resource) {
        InputStream in = EnglishChinese.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Map<String, String> entries = new HashMap<>(1 << 17);
        Map<String, List<String>> capitalised = new HashMap<>(1 << 16);
        int longest = 1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab <= 0) {
                    continue;
                }
                String key = line.substring(0, tab);
                entries.put(key, line.substring(tab + 1));
                String lower = key.toLowerCase(Locale.ROOT);
                if (!lower.equals(key)) {
                    capitalised.computeIfAbsent(lower, k -> new ArrayList<>(1)).add(key);
                }
                longest = Math.max(longest, key.split(" ").length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return new EnglishChinese(entries, capitalised, longest);
    }

    /** The Chinese words for {@code key} exactly as written, in tiers, best first; empty when it is no key. */
    List<List<String>> tiers(String key) {
        String value = entries.get(key);
        if (value == null) {
            return List.of();
        }
        List<List<String>> tiers = new ArrayList<>();
        for (String tier : value.split("\\|")) {
            tiers.add(List.of(tier.split(" ")));
        }
        return tiers;
    }

    /** The keys written with capitals that {@code key} is in another case (Da Vinci → da Vinci); empty for none. */
    List<String> anyCase(String key) {
        return capitalised.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }

    /** The most words a key has: no longer phrase need be looked up. */
    int longestKey() {
        return longest;
    }

    int size() {
        return entries.size();
    }
}
