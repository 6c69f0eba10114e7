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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How readers say things the paper says otherwise. Chat words are rewritten before a question is read (啥 → 什么,
 * 咋回事 → 为什么), and a question word can be matched by the paper's words for it: our own table of chat-register words
 * ({@code answer/colloquial.txt}) and the synonym sets of the Cilin thesaurus that HanLP ships
 * ({@link Synonyms}: only its "=" sets of equal words, and only small ones). Immutable;
 * loaded once.
 */
public final class Colloquial {
    private static final Logger log = LoggerFactory.getLogger(Colloquial.class);
    /** A Cilin set larger than this is too loose to stand for its members (做 作 干 搞 打 弄 闹 …). */
    private static final int MAX_THESAURUS_SET = 8;
    private static final String TABLE = "/answer/colloquial.txt";

    private record Rewrite(String from, String to) {
    }

    private static final class Holder {
        static final Colloquial INSTANCE = load();
    }

    private final List<Rewrite> rewrites;
    private final Map<String, Set<String>> alternatives;

    private Colloquial(List<Rewrite> rewrites, Map<String, Set<String>> alternatives) {
        this.rewrites = rewrites;
        this.alternatives = alternatives;
    }

    public static Colloquial get() {
        return Holder.INSTANCE;
    }

    /** {@code question} with chat words rewritten as the paper would write them (longest first, left to right). */
    public String rewrite(String question) {
        StringBuilder out = new StringBuilder(question.length());
        int i = 0;
        outer:
        while (i < question.length()) {
            for (Rewrite r : rewrites) {
                if (question.startsWith(r.from(), i)) {
                    out.append(r.to());
                    i += r.from().length();
                    continue outer;
                }
            }
            out.append(question.charAt(i));
            i++;
        }
        return out.toString();
    }

    /** Words the paper may use for {@code word} (not {@code word} itself); empty when none are known. */
    public Set<String> alternatives(String word) {
        return alternatives.getOrDefault(word, Set.of());
    }

    private static Colloquial load() {
        List<Rewrite> rewrites = new ArrayList<>();
        Map<String, Set<String>> alternatives = new HashMap<>();
        try (BufferedReader in = reader(TABLE)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.indexOf("=>");
                if (arrow > 0) {
                    rewrites.add(new Rewrite(line.substring(0, arrow).strip(), line.substring(arrow + 2).strip()));
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq > 0) {
                    String word = line.substring(0, eq).strip();
                    for (String alt : line.substring(eq + 1).strip().split("\\s+")) {
                        if (!alt.isEmpty() && !alt.equals(word)) {
                            alternatives.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(alt);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        int sets = 0;
        for (List<String> words : Synonyms.cilin().groups()) {
            if (words.size() > MAX_THESAURUS_SET) {
                continue;
            }
            sets++;
            for (String w : words) {
                for (String alt : words) {
                    if (!alt.equals(w) && alt.length() >= 2) {
                        alternatives.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(alt);
                    }
                }
            }
        }
        rewrites.sort(Comparator.comparingInt((Rewrite r) -> r.from().length()).reversed());
        Map<String, Set<String>> frozen = new HashMap<>();
        alternatives.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        log.debug("colloquial table: {} rewrites, {} words with alternatives ({} thesaurus sets)", rewrites.size(),
                frozen.size(), sets);
        return new Colloquial(List.copyOf(rewrites), Map.copyOf(frozen));
    }

    private static BufferedReader reader(String resource) throws IOException {
        InputStream in = Colloquial.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " is missing");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
