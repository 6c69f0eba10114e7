package com.newsbot.bot.feishu;

import com.newsbot.bot.chat.Span;

/**
 * The one place card markdown is written: plain text escaped so that nothing in it reads as markup, and bold or
 * italic text wrapped so that CommonMark reads every marker as emphasis. A marker is never put next to a space, a
 * line break or punctuation on its inner side (those stay outside the markers: {@code “双11”来了} becomes
 * {@code “**双11”来了**}, {@code " 作者：林芸\n"} becomes {@code " *作者：林芸*\n"}), each line is wrapped on its own, a
 * span with nothing but spaces and punctuation is not styled, and a styled span that directly follows another is
 * kept apart by a zero-width space, so two marker runs never merge ({@code **A***B*}).
 */
final class CardMarkdown {
    /** Keeps two adjacent marker runs apart without showing anything. */
    static final char SEPARATOR = '\u200B';

    private final StringBuilder text = new StringBuilder();
    private boolean endsWithMarker;

    /** Appends a span in its style. */
    CardMarkdown append(Span.Style style, String plain) {
        String marker = marker(style);
        if (marker.isEmpty()) {
            return appendPlain(plain);
        }
        String[] lines = plain.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                appendPlain("\n");
            }
            appendStyledLine(marker, lines[i]);
        }
        return this;
    }

    CardMarkdown appendPlain(String plain) {
        if (!plain.isEmpty()) {
            text.append(escape(plain));
            endsWithMarker = false;
        }
        return this;
    }

    int length() {
        return text.length();
    }

    boolean isBlank() {
        return text.toString().isBlank();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void appendStyledLine(String marker, String line) {
        int start = 0;
        int end = line.length();
        while (start < end && outside(line.codePointAt(start))) {
            start += Character.charCount(line.codePointAt(start));
        }
        while (end > start && outside(line.codePointBefore(end))) {
            end -= Character.charCount(line.codePointBefore(end));
        }
        if (start == end) {
            appendPlain(line);
            return;
        }
        appendPlain(line.substring(0, start));
        if (endsWithMarker) {
            text.append(SEPARATOR);
        }
        text.append(marker).append(escape(line.substring(start, end))).append(marker);
        endsWithMarker = true;
        appendPlain(line.substring(end));
    }

    private static String marker(Span.Style style) {
        return switch (style) {
            case BOLD -> "**";
            case ITALIC -> "*";
            default -> ""; // CODE too: a code span shows entities literally, so an id is shown as escaped plain text
        };
    }

    /** Whether a character must stay outside emphasis markers: CommonMark's whitespace and punctuation (P and S categories). */
    static boolean outside(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == SEPARATOR) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /**
     * Plain text made safe for card markdown: every character the markdown reads as markup ({@code * _ ~ ` [ ] # < > & \ |}, and
     * {@code :} of {@code :EMOJI:}) becomes a numeric HTML entity, so a headline like {@code **新** <at id=all>} shows as typed.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&', '<', '>', '*', '_', '~', '`', '[', ']', '#', '\\', '|', ':' ->
                        escaped.append("&#").append((int) c).append(';');
                case '\r' -> {
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
