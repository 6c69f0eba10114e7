package com.newsbot.retrieval;

/**
 * The one rule for control characters in text that came from outside (seed files, their names, sidecars,
 * a model's reply): line breaks become {@code '\n'}, tab stays, every other control character (C0, DEL, C1:
 * ESC sequences, bells, backspaces, OSC introducers) is removed. Applied when issues are read, so
 * nothing downstream (index, answers, chat, console, logs) ever sees one.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** {@code text} with CR LF and lone CR as {@code '\n'} and every control character but {@code '\n'} and tab removed. */
    public static String strip(String text) {
        if (text == null || clean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t' || !isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} on one line: as {@link #strip}, with each line break shown as {@code ⏎} (for one-line values and log arguments). */
    public static String oneLine(String text) {
        String stripped = strip(text);
        return stripped == null ? null : stripped.replace("\n", "⏎");
    }

    /** C0 controls, DEL and C1 controls. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && c != '\n' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
