package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.ErrorLines;

/** Keeps the bot token out of anything written to a log or shown to a person. */
final class Secrets {
    static final String MASK = "<token>";

    private Secrets() {
    }

    /** The text with every occurrence of the token (and of its secret part after ':') masked. */
    static String redact(String text, String token) {
        if (text == null || token == null || token.isEmpty()) {
            return text;
        }
        String redacted = text.replace(token, MASK);
        int colon = token.indexOf(':');
        if (colon >= 0 && colon < token.length() - 1) {
            redacted = redacted.replace(token.substring(colon + 1), MASK);
        }
        return redacted;
    }

    /** One line describing an error and its causes ("Type: message <- Type: message"), token masked. */
    static String describe(Throwable error, String token) {
        return ErrorLines.describe(error, text -> redact(text, token));
    }
}
