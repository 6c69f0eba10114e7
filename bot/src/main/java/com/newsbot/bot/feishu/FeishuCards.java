package com.newsbot.bot.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbot.bot.chat.Button;
import com.newsbot.bot.chat.Paragraph;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.chat.Span;
import com.newsbot.bot.frontend.VotePress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Reply} as Feishu message cards: each paragraph a markdown element with every
 * dynamic character that card markdown would read as markup escaped as an HTML entity, the
 * buttons (one a row: opening an article, an issue or a page of issues, or a web address) under the last card. A card's JSON stays under
 * {@link #MAX_CARD_BYTES} (Feishu refuses cards over 30 KB): paragraphs go on to a next card, a
 * paragraph too long for one card is cut at a sentence end; past {@link #MAX_CARDS} cards the reply is
 * trimmed and says so.
 */
final class FeishuCards {
    /** Feishu's limit is 30 KB for the whole request; a card stays well under it. */
    static final int MAX_CARD_BYTES = 20_000;
    static final int MAX_ELEMENT_CHARS = 3_000;
    static final int MAX_CARDS = 8;
    static final int MAX_BUTTONS = 20;
    /** The key of a button's value naming the article it opens. */
    static final String OPEN = "open";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Logger log = LoggerFactory.getLogger(FeishuCards.class);

    private FeishuCards() {
    }

    /**
     * The cards of a reply, as the JSON strings the message API takes as content.
     *
     * @param trimmedNote what the last card says when the reply was too long for {@link #MAX_CARDS} cards
     */
    static List<String> render(Reply reply, String trimmedNote) {
        return render(reply, trimmedNote, null);
    }

    /** The 👍/👎 row under an answer: the answer's id and the buttons' labels. */
    record VoteRow(String answerId, String upLabel, String downLabel) {
    }

    /**
     * The cards of a reply, the last with a 👍/👎 row under its buttons when {@code votes} is not null; that card is
     * shared ({@code update_multi}), so that it can be updated in place to show the vote.
     */
    static List<String> render(Reply reply, String trimmedNote, VoteRow votes) {
        List<String> elements = new ArrayList<>();
        for (Paragraph paragraph : reply.paragraphs()) {
            elements.addAll(markdown(paragraph));
        }
        if (elements.isEmpty()) {
            elements.add(" ");
        }
        List<List<String>> cards = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int bytes = 0;
        for (String element : elements) {
            int size = element.getBytes(StandardCharsets.UTF_8).length + 64;
            if (!current.isEmpty() && bytes + size > MAX_CARD_BYTES) {
                cards.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(element);
            bytes += size;
        }
        cards.add(current);
        if (cards.size() > MAX_CARDS) {
            log.warn("Trimming a reply of {} cards to {}", cards.size(), MAX_CARDS);
            cards = new ArrayList<>(cards.subList(0, MAX_CARDS));
            cards.get(MAX_CARDS - 1).add(escape(trimmedNote));
        }
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            boolean last = i == cards.size() - 1;
            rendered.add(card(cards.get(i), last ? reply.buttons() : List.of(), last ? votes : null));
        }
        return rendered;
    }

    private static String card(List<String> markdown, List<Button> buttons, VoteRow votes) {
        ObjectNode card = NODES.objectNode();
        ObjectNode config = card.putObject("config").put("wide_screen_mode", true);
        if (votes != null) {
            config.put("update_multi", true);
        }
        ArrayNode elements = card.putArray("elements");
        for (String content : markdown) {
            elements.addObject().put("tag", "markdown").put("content", content);
        }
        if (buttons.size() > MAX_BUTTONS) {
            log.warn("Showing the first {} of {} buttons", MAX_BUTTONS, buttons.size());
        }
        for (Button button : buttons.subList(0, Math.min(buttons.size(), MAX_BUTTONS))) {
            ObjectNode action = elements.addObject().put("tag", "action");
            ObjectNode element = action.putArray("actions").addObject().put("tag", "button").put("type", "default");
            element.putObject("text").put("tag", "plain_text").put("content", button.label());
            if (button.kind() == Button.Kind.LINK) {
                element.put("url", button.target()); // a jump button: Feishu opens the address itself
            } else { // a callback button: the article id, or the command it runs (/issue ID, /issues 2)
                element.putObject("value").put(OPEN,
                        button.kind() == Button.Kind.ARTICLE ? button.target() : button.command());
            }
        }
        if (votes != null) {
            ArrayNode row = elements.addObject().put("tag", "action").putArray("actions");
            voteButton(row, new VotePress(true, votes.answerId()), votes.upLabel());
            voteButton(row, new VotePress(false, votes.answerId()), votes.downLabel());
        }
        return serialise(card);
    }

    private static void voteButton(ArrayNode row, VotePress press, String label) {
        ObjectNode button = row.addObject().put("tag", "button").put("type", "default");
        button.putObject("text").put("tag", "plain_text").put("content", label);
        button.putObject("value").put(OPEN, press.data());
    }

    /**
     * A card with a 👍/👎 row showing a vote: the pressed button reads {@code thanks}, the other its label again (so
     * pressing it changes the vote); everything else as it was.
     */
    static String afterVote(String card, VotePress press, String upLabel, String downLabel, String thanks) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(card);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a card: " + e.getOriginalMessage(), e);
        }
        for (JsonNode element : parsed.path("elements")) {
            for (JsonNode button : element.path("actions")) {
                VotePress.parse(button.path("value").path(OPEN).asText(null)).ifPresent(way -> ((ObjectNode) button.path("text"))
                        .put("content", way.up() == press.up() ? thanks : way.up() ? upLabel : downLabel));
            }
        }
        return serialise(parsed);
    }

    private static String serialise(JsonNode card) {
        try {
            return JSON.writeValueAsString(card);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a card of strings cannot fail to serialise", e);
        }
    }

    /** A paragraph as one or more markdown element contents, each at most about {@link #MAX_ELEMENT_CHARS} long. */
    private static List<String> markdown(Paragraph paragraph) {
        List<String> contents = new ArrayList<>();
        CardMarkdown current = new CardMarkdown();
        for (Span span : paragraph.spans()) {
            for (String piece : pieces(span.text(), MAX_ELEMENT_CHARS / 8)) {
                CardMarkdown styled = new CardMarkdown().append(span.style(), piece);
                if (current.length() > 0 && current.length() + styled.length() > MAX_ELEMENT_CHARS) {
                    contents.add(current.toString());
                    current = new CardMarkdown();
                }
                current.append(span.style(), piece);
            }
        }
        if (current.length() > 0 && !current.isBlank()) {
            contents.add(current.toString());
        }
        return contents;
    }

    /** Text cut into pieces of at most {@code max} characters, at a sentence end or line break when there is one. */
    static List<String> pieces(String text, int max) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > max) {
            int end = start + max;
            int cut = -1;
            for (int i = end - 1; i > start + max / 2; i--) {
                char c = text.charAt(i);
                if (c == '\n' || c == '。' || c == '！' || c == '？' || c == '；') {
                    cut = i + 1;
                    break;
                }
            }
            if (cut < 0) {
                cut = Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
            }
            pieces.add(text.substring(start, cut));
            start = cut;
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    static String escape(String text) {
        return CardMarkdown.escape(text);
    }
}
