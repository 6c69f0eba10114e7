package com.newsbot.bot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prompts and user-facing message templates, loaded from {@code prompts/} on the classpath (the
 * repository's top-level {@code prompts/} folder is packaged there). Templates use {@code {name}}
 * placeholders.
 */
public final class Prompts {
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The text of {@code prompts/NAME}, e.g. {@code text("answer-system.zh.txt")}; fails loudly when missing. */
    public String text(String name) {
        return cache.computeIfAbsent(name, Prompts::load);
    }

    /** Whether {@code prompts/NAME} is on the classpath. */
    public boolean exists(String name) {
        return cache.containsKey(name) || Prompts.class.getClassLoader().getResource("prompts/" + name) != null;
    }

    /** The template {@code NAME} with each {@code {key}} replaced by its value (values are inserted verbatim). */
    public String render(String name, Map<String, ?> values) {
        String template = text(name);
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i + 1);
                if (close > i + 1) {
                    String key = template.substring(i + 1, close);
                    if (values.containsKey(key)) {
                        out.append(Objects.toString(values.get(key), ""));
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String load(String name) {
        String resource = "prompts/" + name;
        try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing prompt file on the classpath: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
