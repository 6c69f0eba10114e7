package com.newsbot.bot.chat;

import java.util.List;

/** A paragraph of a reply: styled spans; a {@code '\n'} inside a span is a line break. */
public record Paragraph(List<Span> spans) {

    public Paragraph {
        spans = List.copyOf(spans);
    }

    public static Paragraph of(Span... spans) {
        return new Paragraph(List.of(spans));
    }

    public static Paragraph plain(String text) {
        return new Paragraph(List.of(Span.plain(text)));
    }

    /** The text of the paragraph without any styling. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (Span span : spans) {
            text.append(span.text());
        }
        return text.toString();
    }
}
