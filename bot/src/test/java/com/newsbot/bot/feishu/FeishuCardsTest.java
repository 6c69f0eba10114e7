package com.newsbot.bot.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbot.bot.chat.Button;
import com.newsbot.bot.chat.Paragraph;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.chat.Span;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeishuCardsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> cards(Reply reply) throws Exception {
        List<JsonNode> cards = new ArrayList<>();
        for (String card : FeishuCards.render(reply, "（已省略）")) {
            assertThat(card.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FeishuCards.MAX_CARD_BYTES + 2_000);
            cards.add(JSON.readTree(card));
        }
        return cards;
    }

    private static String markdown(JsonNode card) {
        StringBuilder text = new StringBuilder();
        for (JsonNode element : card.path("elements")) {
            if (element.path("tag").asText().equals("markdown")) {
                text.append(element.path("content").asText());
            }
        }
        return text.toString();
    }

    @Test
    void dynamic_text_cannot_inject_markup_mentions_links_or_emoji() throws Exception {
        String hostile = "**粗** <at id=all></at> [链接](https://evil.example) :DONE: `代码` ~~删~~ # 标题 \\ | _x_ & &amp;";
        Reply reply = new Reply(List.of(Paragraph.of(Span.bold("标题 *星*"), Span.plain(hostile))), List.of());

        String content = markdown(cards(reply).get(0));

        assertThat(content).startsWith("**标题 &#42;星**&#42;");
        assertThat(content.replace("**标题 &#42;星**&#42;", "")).doesNotContain("*", "<", ">", "[", "]", "`", "~", "#at", ":DONE:", "_x_")
                .contains("&#60;at id=all&#62;").contains("&#38;amp;");
        assertThat(FeishuCards.escape("a*b")).isEqualTo("a&#42;b");
    }

    @Test
    void a_title_followed_by_its_byline_and_a_byline_over_two_lines_read_as_emphasis_with_no_asterisk_left() throws Exception {
        Reply latest = new Reply(List.of(Paragraph.of(Span.bold("1. 仇杰等四人荣获“全国劳动模范”称号"), Span.italic(" 作者：林芸"))),
                List.of());
        Reply article = new Reply(List.of(Paragraph.of(Span.bold("仇杰等四人荣获“全国劳动模范”称号")),
                Paragraph.of(Span.italic("作者：林芸\n"), Span.italic("2020年11月24日"))), List.of());

        List<CommonMarkCards.Reading> readings = new ArrayList<>();
        readings.addAll(CommonMarkCards.read(cards(latest).get(0)));
        readings.addAll(CommonMarkCards.read(cards(article).get(0)));

        assertThat(readings).allSatisfy(reading -> assertThat(reading.strayMarkers()).as(reading.markdown()).isEmpty());
        assertThat(readings.get(0).strong()).containsExactly("1. 仇杰等四人荣获“全国劳动模范”称号");
        assertThat(readings.get(0).emphasis()).containsExactly("作者：林芸");
        assertThat(readings.get(2).emphasis()).containsExactly("作者：林芸", "2020年11月24日");
    }

    @Test
    void emphasis_next_to_punctuation_spaces_or_other_emphasis_still_reads_as_emphasis() {
        String[][] spans = {{"“双11”来了", "x"}, {"A", "B"}, {"  ", "？"}, {"《新闻》", "，"}, {"第一\n\n第二 ", "。"}};
        for (String[] pair : spans) {
            String markdown = new CardMarkdown().appendPlain("前").append(Span.Style.BOLD, pair[0])
                    .append(Span.Style.ITALIC, pair[1]).appendPlain("后").toString();
            CommonMarkCards.Reading reading = CommonMarkCards.read(markdown);
            assertThat(reading.strayMarkers()).as(markdown).isEmpty();
            assertThat(reading.strong()).as(markdown).hasSize(pair[0].isBlank() ? 0 : pair[0].contains("\n") ? 2 : 1);
            assertThat(reading.emphasis()).as(markdown).hasSize(pair[1].matches("\\p{L}+") ? 1 : 0);
        }
    }

    @Test
    void buttons_open_their_articles_under_the_last_card_only() throws Exception {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            paragraphs.add(Paragraph.plain("第" + i + "段。" + "新闻".repeat(400)));
        }
        Reply reply = new Reply(paragraphs, List.of(new Button("打开原文：劳模", "000_x-a1"), new Button("打开原文：合作", "000_x-a2")));

        List<JsonNode> cards = cards(reply);

        assertThat(cards.size()).isGreaterThan(1);
        for (int i = 0; i < cards.size() - 1; i++) {
            assertThat(cards.get(i).toString()).doesNotContain("\"action\"");
        }
        JsonNode last = cards.get(cards.size() - 1);
        List<String> opened = new ArrayList<>();
        last.path("elements").forEach(e -> e.path("actions").forEach(a -> opened.add(a.path("value").path(FeishuCards.OPEN).asText())));
        assertThat(opened).containsExactly("000_x-a1", "000_x-a2");
        StringBuilder all = new StringBuilder();
        cards.forEach(card -> all.append(markdown(card)));
        assertThat(all.toString()).contains("第0段。").contains("第39段。");
    }

    @Test
    void a_link_is_a_jump_button_and_issue_and_page_buttons_carry_their_commands() throws Exception {
        Reply reply = new Reply(List.of(Paragraph.plain("各期")), List.of(
                new Button("在线阅读", Button.Kind.LINK, "https://paper.example.com/issues/2"),
                new Button("1. 2021年3月2日", Button.Kind.ISSUE, "daily-2021-03-02"),
                new Button("下一页 ›", Button.Kind.PAGE, "/issues 2")));

        List<JsonNode> buttons = new ArrayList<>();
        cards(reply).get(0).path("elements").forEach(e -> e.path("actions").forEach(buttons::add));

        assertThat(buttons).hasSize(3);
        assertThat(buttons.get(0).path("url").asText()).isEqualTo("https://paper.example.com/issues/2");
        assertThat(buttons.get(0).has("value")).isFalse();
        assertThat(buttons.get(1).path("value").path(FeishuCards.OPEN).asText()).isEqualTo("/issue daily-2021-03-02");
        assertThat(buttons.get(2).path("value").path(FeishuCards.OPEN).asText()).isEqualTo("/issues 2");
    }

    @Test
    void one_enormous_paragraph_is_cut_at_sentence_ends_and_a_reply_past_the_card_limit_is_trimmed_with_a_note() throws Exception {
        Reply reply = Reply.text("这是一句话。".repeat(40_000));

        List<JsonNode> cards = cards(reply);

        assertThat(cards).hasSize(FeishuCards.MAX_CARDS);
        for (JsonNode card : cards) {
            card.path("elements").forEach(e -> assertThat(e.path("content").asText().length()).isLessThanOrEqualTo(FeishuCards.MAX_ELEMENT_CHARS));
        }
        assertThat(markdown(cards.get(0))).startsWith("这是一句话。").endsWith("。");
        assertThat(markdown(cards.get(cards.size() - 1))).endsWith("（已省略）");
    }

    @Test
    void pieces_never_split_a_surrogate_pair() {
        String emoji = "\uD83D\uDE00".repeat(10);

        List<String> pieces = FeishuCards.pieces(emoji, 5);

        assertThat(String.join("", pieces)).isEqualTo(emoji);
        assertThat(pieces).allSatisfy(piece -> assertThat(Character.isLowSurrogate(piece.charAt(0))).isFalse());
    }
}
