package com.newsbot.bot.frontend;

import java.util.function.UnaryOperator;

/** An error and its causes as one line ("Type: message <- Type: message"), with a front end's secret masked. */
public final class ErrorLines {
    private static final int MAX_CAUSES = 5;

    private ErrorLines() {
    }

    /** The error and up to four of its causes in one line, passed through {@code redact} (which masks the secret). */
    public static String describe(Throwable error, UnaryOperator<String> redact) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable e = error; e != null && depth < MAX_CAUSES; e = e.getCause(), depth++) {
            if (depth > 0) {
                text.append(" <- ");
            }
            text.append(e.getClass().getSimpleName());
            if (e.getMessage() != null) {
                text.append(": ").append(e.getMessage());
            }
        }
        return redact.apply(text.toString());
    }
}
