package com.newsbot.retrieval.read;

import com.newsbot.retrieval.ControlCharacters;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Issue metadata from a sidecar {@code NAME.properties} next to {@code NAME.txt} / {@code NAME.md}
 * (UTF-8; keys {@code id}, {@code name}, {@code date} as YYYY-MM-DD, {@code number}, {@code url}).
 * Blank values count as absent. Also used for Markdown front matter, which has the same shape.
 */
record SidecarMetadata(String id, String name, String date, String number, String url) {
    static final String EXTENSION = ".properties";
    static final SidecarMetadata NONE = new SidecarMetadata("", "", "", "", "");

    SidecarMetadata {
        id = clean(id);
        name = clean(name);
        date = clean(date);
        number = clean(number);
        url = clean(url);
    }

    /** The sidecar path for an issue file: same name, extension replaced by {@code .properties}. */
    static Path sidecarOf(Path file) {
        return file.resolveSibling(IssueFiles.baseName(file) + EXTENSION);
    }

    static SidecarMetadata parse(byte[] bytes) throws IOException {
        Properties properties = new Properties();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        properties.load(new StringReader(text));
        return new SidecarMetadata(properties.getProperty("id"), properties.getProperty("name"),
                properties.getProperty("date"), properties.getProperty("number"), properties.getProperty("url"));
    }

    /** This metadata with every absent field taken from {@code fallback}. */
    SidecarMetadata orElse(SidecarMetadata fallback) {
        return new SidecarMetadata(pick(id, fallback.id), pick(name, fallback.name), pick(date, fallback.date),
                pick(number, fallback.number), pick(url, fallback.url));
    }

    private static String pick(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private static String clean(String value) {
        return value == null ? "" : oneLine(value);
    }

    /** A one-line value: control characters removed, line breaks and tabs as spaces, trimmed. */
    static String oneLine(String value) {
        return ControlCharacters.strip(value).replace('\n', ' ').replace('\t', ' ').strip();
    }
}
