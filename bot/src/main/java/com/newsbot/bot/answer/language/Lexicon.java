package com.newsbot.bot.answer.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Language knowledge kept as data: a word list under {@code src/main/resources/lexicon/}, one entry a line, {@code #}
 * lines saying where the words come from. Every list is read through here.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** The entries of {@code /lexicon/NAME}, in file order, comments and blank lines left out. */
    public static List<String> words(String name) {
        return entries("/lexicon/" + name);
    }

    /** The lines of a classpath resource kept as data, stripped, {@code #} comments and blank lines left out. */
    public static List<String> entries(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    out.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return List.copyOf(out);
    }
}
