package com.newsbot.bot.telegram;

import com.newsbot.bot.chat.Paragraph;
import com.newsbot.bot.chat.Reply;
import com.newsbot.bot.chat.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramHtmlTest {

    private static Reply reply(Paragraph... paragraphs) {
        return new Reply(List.of(paragraphs), List.of());
    }

    @Test
    void every_dynamic_string_is_escaped_and_only_known_tags_are_written() {
        Reply hostile = reply(Paragraph.of(Span.bold("<b>&\"'"), Span.plain(" </i><script>"), Span.code("a & b")));

        List<TelegramHtml.Chunk> chunks = TelegramHtml.render(hostile);

        assertThat(chunks).hasSize(1);
        assertThat(chunks.get(0).html()).isEqualTo("<b>&lt;b&gt;&amp;&quot;'</b> &lt;/i&gt;&lt;script&gt;<code>a &amp; b</code>");
        assertThat(FakeTelegramServer.htmlProblem(chunks.get(0).html())).isNull();
        assertThat(chunks.get(0).plain()).isEqualTo("<b>&\"' </i><script>a & b");
    }

    @Test
    void neighbouring_spans_of_one_style_share_one_element() {
        String html = TelegramHtml.html(List.of(Span.bold("a"), Span.bold("b"), Span.plain("c")));

        assertThat(html).isEqualTo("<b>ab</b>c");
    }

    @Test
    void a_long_reply_is_split_between_paragraphs_under_the_limit() {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            paragraphs.add(Paragraph.of(Span.bold("标题" + i), Span.plain("\n" + "字".repeat(30))));
        }

        List<TelegramHtml.Chunk> chunks = TelegramHtml.render(new Reply(paragraphs, List.of()), 100);

        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.html().length()).isLessThanOrEqualTo(100);
            assertThat(FakeTelegramServer.htmlProblem(chunk.html())).isNull();
            assertThat(chunk.html()).startsWith("<b>标题");
        });
        assertThat(String.join("\n\n", chunks.stream().map(TelegramHtml.Chunk::plain).toList()))
                .isEqualTo(new Reply(paragraphs, List.of()).plainText());
    }

    @Test
    void an_over_long_paragraph_is_cut_between_sentences_without_breaking_a_tag() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("第").append(i).append("句话有点长<&>。");
        }
        Reply reply = reply(Paragraph.of(Span.italic("开头。"), Span.plain(text.toString()), Span.bold("结尾！")));

        List<TelegramHtml.Chunk> chunks = TelegramHtml.render(reply, 120);

        assertThat(chunks).hasSizeGreaterThan(3);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.html().length()).isLessThanOrEqualTo(120);
            assertThat(FakeTelegramServer.htmlProblem(chunk.html())).isNull();
        });
        assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(chunk -> assertThat(chunk.plain()).endsWith("。"));
        assertThat(String.join("", chunks.stream().map(TelegramHtml.Chunk::plain).toList()))
                .isEqualTo(reply.plainText());
    }

    @Test
    void text_without_any_sentence_end_is_cut_between_characters_never_inside_an_entity() {
        Reply reply = reply(Paragraph.of(Span.bold("&".repeat(50) + "字".repeat(50))));

        List<TelegramHtml.Chunk> chunks = TelegramHtml.render(reply, 64);

        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.html().length()).isLessThanOrEqualTo(64);
            assertThat(FakeTelegramServer.htmlProblem(chunk.html())).isNull();
        });
        assertThat(String.join("", chunks.stream().map(TelegramHtml.Chunk::plain).toList())).isEqualTo(reply.plainText());
    }

    @Test
    void surrogate_pairs_are_never_split() {
        Reply reply = reply(Paragraph.plain("😀".repeat(100)));

        List<TelegramHtml.Chunk> chunks = TelegramHtml.render(reply, 51);

        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.html().length()).isLessThanOrEqualTo(51);
            assertThat(Character.isHighSurrogate(chunk.html().charAt(chunk.html().length() - 1))).isFalse();
        });
    }

    @Test
    void sentences_keep_their_closing_quotes() {
        assertThat(TelegramHtml.sentences("他说：“好。”然后走了！没有标点"))
                .containsExactly("他说：“好。”", "然后走了！", "没有标点");
    }

    @Test
    void an_empty_reply_renders_no_message() {
        assertThat(TelegramHtml.render(reply(Paragraph.plain("")))).isEmpty();
    }
}
