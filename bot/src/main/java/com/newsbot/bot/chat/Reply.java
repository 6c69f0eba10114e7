package com.newsbot.bot.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot says, independent of any front end: paragraphs of styled plain text and buttons
 * that open articles. Front ends render it (escaping every string for their format) and never
 * build one themselves.
 */
public record Reply(List<Paragraph> paragraphs, List<Button> buttons) {

    public Reply {
        paragraphs = List.copyOf(paragraphs);
        buttons = List.copyOf(buttons);
    }

    /** A reply of plain text: one paragraph per block separated by a blank line. */
    public static Reply text(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : text.split("\n\\s*\n")) {
            if (!block.isBlank()) {
                paragraphs.add(Paragraph.plain(block.strip()));
            }
        }
        return new Reply(paragraphs, List.of());
    }

    /** The whole reply as plain text, paragraphs separated by a blank line (buttons left out). */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (Paragraph paragraph : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(paragraph.plainText());
        }
        return text.toString();
    }
}
