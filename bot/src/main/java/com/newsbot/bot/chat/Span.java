package com.newsbot.bot.chat;

import java.util.Objects;

/**
 * A run of text with one style. The text is plain, never markup: a front end escapes it for its
 * own format, so a reply is safe to render by construction.
 */
public record Span(Style style, String text) {

    /** The only styles a reply may use; each front end maps them to its own markup (or none). */
    public enum Style {
        PLAIN,
        BOLD,
        ITALIC,
        CODE
    }

    public Span {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(text, "text");
    }

    public static Span plain(String text) {
        return new Span(Style.PLAIN, text);
    }

    public static Span bold(String text) {
        return new Span(Style.BOLD, text);
    }

    public static Span italic(String text) {
        return new Span(Style.ITALIC, text);
    }

    public static Span code(String text) {
        return new Span(Style.CODE, text);
    }
}
