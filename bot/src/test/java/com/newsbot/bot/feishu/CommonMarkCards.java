package com.newsbot.bot.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a card's markdown as CommonMark does (commonmark-java): which emphasis it shows, and whether any emphasis
 * marker is left over as a visible asterisk. Escaped characters ({@code &#42;}) are read as a letter first, so that
 * an asterisk the text itself contains is not taken for a broken marker.
 */
final class CommonMarkCards {
    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern ENTITY = Pattern.compile("&#\\d+;");

    /** What CommonMark makes of one markdown element. */
    record Reading(String markdown, List<String> strong, List<String> emphasis, List<String> strayMarkers) {
    }

    private CommonMarkCards() {
    }

    static Reading read(String markdown) {
        Node document = PARSER.parse(ENTITY.matcher(markdown).replaceAll("x"));
        List<String> strong = new ArrayList<>();
        List<String> emphasis = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(StrongEmphasis node) {
                strong.add(text(node));
                visitChildren(node);
            }

            @Override
            public void visit(Emphasis node) {
                emphasis.add(text(node));
                visitChildren(node);
            }

            @Override
            public void visit(Text node) {
                if (node.getLiteral().contains("*") || node.getLiteral().contains("_")) {
                    stray.add(node.getLiteral());
                }
            }
        });
        return new Reading(markdown, strong, emphasis, stray);
    }

    /** Every markdown element of a card, read. */
    static List<Reading> read(JsonNode card) {
        List<Reading> readings = new ArrayList<>();
        for (JsonNode element : card.path("elements")) {
            if ("markdown".equals(element.path("tag").asText())) {
                readings.add(read(element.path("content").asText()));
            }
        }
        return readings;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }
}
