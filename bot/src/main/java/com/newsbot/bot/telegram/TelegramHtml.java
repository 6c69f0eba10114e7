package com.newsbot.bot.telegram;

import com.newsbot.bot.chat.Paragraph;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.chat.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Reply} as Telegram HTML ({@code parse_mode=HTML}): every string is escaped, the
 * only tags are {@code <b>}, {@code <i>} and {@code <code>}, opened and closed within one span. A
 * long reply becomes several messages, each at most {@code limit} characters of HTML, cut between
 * paragraphs; a paragraph too long on its own is cut between sentences (and a sentence too long on
 * its own, between characters) — never inside a tag or an entity.
 */
final class TelegramHtml {
    /** Telegram's limit on the text of one message. */
    static final int MAX_MESSAGE_LENGTH = 4096;
    private static final String PARAGRAPH_BREAK = "\n\n";
    private static final String SENTENCE_ENDS = "。！？!?；;…\n";
    private static final String CLOSERS = "”’」』）)]》\"'";

    /** One message: its HTML and the same text without markup, for resending when Telegram rejects the HTML. */
    record Chunk(String html, String plain) {
    }

    private TelegramHtml() {
    }

    static List<Chunk> render(Reply reply) {
        return render(reply, MAX_MESSAGE_LENGTH);
    }

    static List<Chunk> render(Reply reply, int limit) {
        List<List<Span>> pieces = new ArrayList<>();
        for (Paragraph paragraph : reply.paragraphs()) {
            List<Span> spans = paragraph.spans().stream().filter(s -> !s.text().isEmpty()).toList();
            if (spans.isEmpty()) {
                continue;
            }
            if (html(spans).length() <= limit) {
                pieces.add(spans);
            } else {
                pieces.addAll(cut(spans, limit));
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (List<Span> piece : pieces) {
            String pieceHtml = html(piece);
            String piecePlain = plain(piece);
            if (!html.isEmpty() && html.length() + PARAGRAPH_BREAK.length() + pieceHtml.length() > limit) {
                chunks.add(new Chunk(html.toString(), plain.toString()));
                html.setLength(0);
                plain.setLength(0);
            }
            if (!html.isEmpty()) {
                html.append(PARAGRAPH_BREAK);
                plain.append(PARAGRAPH_BREAK);
            }
            html.append(pieceHtml);
            plain.append(piecePlain);
        }
        if (!html.isEmpty()) {
            chunks.add(new Chunk(html.toString(), plain.toString()));
        }
        return chunks;
    }

    /** Escapes text for Telegram HTML, in element content and in attribute values alike. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The spans as HTML, neighbours of the same style merged into one element. */
    static String html(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        Span.Style open = null;
        for (Span span : spans) {
            if (span.style() != open) {
                out.append(close(open)).append(open(span.style()));
                open = span.style();
            }
            out.append(escape(span.text()));
        }
        out.append(close(open));
        return out.toString();
    }

    private static String plain(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(span -> out.append(span.text()));
        return out.toString();
    }

    private static String open(Span.Style style) {
        return switch (style) {
            case PLAIN -> "";
            case BOLD -> "<b>";
            case ITALIC -> "<i>";
            case CODE -> "<code>";
        };
    }

    private static String close(Span.Style style) {
        if (style == null) {
            return "";
        }
        return switch (style) {
            case PLAIN -> "";
            case BOLD -> "</b>";
            case ITALIC -> "</i>";
            case CODE -> "</code>";
        };
    }

    /** Cuts an over-long paragraph into pieces of at most {@code limit} HTML characters, between sentences. */
    private static List<List<Span>> cut(List<Span> spans, int limit) {
        List<Span> atoms = new ArrayList<>();
        for (Span span : spans) {
            for (String sentence : sentences(span.text())) {
                Span atom = new Span(span.style(), sentence);
                if (html(List.of(atom)).length() <= limit) {
                    atoms.add(atom);
                } else {
                    atoms.addAll(hardCut(atom, limit));
                }
            }
        }
        List<List<Span>> pieces = new ArrayList<>();
        List<Span> piece = new ArrayList<>();
        int length = 0;
        for (Span atom : atoms) {
            int atomLength = html(List.of(atom)).length();
            if (!piece.isEmpty() && length + atomLength > limit) {
                pieces.add(piece);
                piece = new ArrayList<>();
                length = 0;
            }
            piece.add(atom);
            length += atomLength;
        }
        if (!piece.isEmpty()) {
            pieces.add(piece);
        }
        return pieces;
    }

    /** The text split after each sentence end (keeping closing quotes with their sentence). */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            i++;
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                while (i < text.length() && (CLOSERS.indexOf(text.charAt(i)) >= 0 || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                sentences.add(text.substring(start, i));
                start = i;
            }
        }
        if (start < text.length()) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }

    /** Cuts a span with no sentence end in reach into pieces that fit, between code points. */
    private static List<Span> hardCut(Span span, int limit) {
        int room = limit - open(span.style()).length() - close(span.style()).length();
        List<Span> pieces = new ArrayList<>();
        String text = span.text();
        int start = 0;
        int escaped = 0;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int width = escape(new String(Character.toChars(codePoint))).length();
            if (escaped + width > room && i > start) {
                pieces.add(new Span(span.style(), text.substring(start, i)));
                start = i;
                escaped = 0;
            }
            escaped += width;
            i += Character.charCount(codePoint);
        }
        if (start < text.length()) {
            pieces.add(new Span(span.style(), text.substring(start)));
        }
        return pieces;
    }
}
