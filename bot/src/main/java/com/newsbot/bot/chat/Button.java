package com.newsbot.bot.chat;

import java.util.Objects;

/**
 * Something a reader can press under a reply: a label for people, what it does, and its target.
 *
 * @param label  what the button says (at most {@link #MAX_LABEL} characters when built by the handler)
 * @param kind   what pressing it does
 * @param target an article id ({@link Kind#ARTICLE}), an issue id ({@link Kind#ISSUE}), a command to run
 *               ({@link Kind#PAGE}, e.g. {@code /issues 2}) or a web address ({@link Kind#LINK})
 */
public record Button(String label, Kind kind, String target) {
    /** Longest label the handler gives a button: Telegram shows about this much on a phone. */
    public static final int MAX_LABEL = 20;

    /** What pressing a button does. */
    public enum Kind {
        /** Opens the article {@link #target()}: {@code /source ID}. */
        ARTICLE,
        /** Opens the summary of the issue {@link #target()}: {@code /issue ID}. */
        ISSUE,
        /** Runs the command {@link #target()} (another page of a list). */
        PAGE,
        /** Opens the web address {@link #target()} (the issue online). */
        LINK
    }

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    /** A button opening an article. */
    public Button(String label, String articleId) {
        this(label, Kind.ARTICLE, articleId);
    }

    /** The article this button opens, or null when it does something else. */
    public String articleId() {
        return kind == Kind.ARTICLE ? target : null;
    }

    /** The message that does what pressing this button does, for front ends without buttons; null for a link. */
    public String command() {
        return switch (kind) {
            case ARTICLE -> "/source " + target;
            case ISSUE -> "/issue " + target;
            case PAGE -> target;
            case LINK -> null;
        };
    }
}
