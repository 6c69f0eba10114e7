package com.newsbot.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional to simplified Chinese, one character for one (ICU4J's {@code Traditional-Simplified} table, saved as a
 * resource): the index folds both scripts to one, and so must anything that compares a question with the paper's text.
 * A folded string has the length of the original, so an offset in one is the same offset in the other.
 */
public final class ChineseScript {
    /** ICU's table, one "traditional simplified" pair a line. */
    private static final String TABLE = "/com/newsbot/retrieval/index/traditional-simplified.txt";
    private static final char[] TO_SIMPLIFIED = loadTable();

    private ChineseScript() {
    }

    /** The simplified form of one character (itself when it has none). */
    public static char toSimplified(char c) {
        return TO_SIMPLIFIED[c];
    }

    /** {@code text} with each traditional character replaced by its simplified form; same length. */
    public static String toSimplified(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char s = TO_SIMPLIFIED[chars[i]];
            if (s != chars[i]) {
                chars[i] = s;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    private static char[] loadTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        try (InputStream in = ChineseScript.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.length() == 2 && !line.startsWith("#")) {
                    table[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + TABLE, e);
        }
        return table;
    }
}
