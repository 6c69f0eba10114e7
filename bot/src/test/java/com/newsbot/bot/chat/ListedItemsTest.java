package com.newsbot.bot.chat;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListedItemsTest {

    private static Reply listing(String... articleIds) {
        List<Button> buttons = new ArrayList<>();
        for (String id : articleIds) {
            buttons.add(new Button(id, id));
        }
        buttons.add(new Button("在线阅读", Button.Kind.LINK, "https://example.com"));
        return new Reply(List.of(Paragraph.plain("list")), buttons);
    }

    @Test
    void theNthArticleOfTheLastListIsKeptPerConversation() {
        ListedItems listed = new ListedItems(10);
        listed.remember("a", listing("a1", "a2"));
        listed.remember("b", listing("b1"));

        assertThat(listed.item("a", 2)).map(Button::target).contains("a2");
        assertThat(listed.item("b", 1)).map(Button::target).contains("b1");
        assertThat(listed.item("a", 3)).isEmpty();
        assertThat(listed.item("a", 0)).isEmpty();
        assertThat(listed.size("a")).isEqualTo(2);
    }

    @Test
    void aReplyListingNothingKeepsTheEarlierList() {
        ListedItems listed = new ListedItems(10);
        listed.remember("a", listing("a1", "a2"));

        listed.remember("a", Reply.text("全文"));
        listed.remember("a", new Reply(List.of(), List.of(new Button("在线阅读", Button.Kind.LINK, "https://x.example"))));

        assertThat(listed.item("a", 2)).map(Button::target).contains("a2");
    }

    @Test
    void memoryIsBoundedInConversationsAndItems() {
        ListedItems listed = new ListedItems(3);
        for (int i = 0; i < 10; i++) {
            listed.remember("c" + i, listing("x" + i));
        }
        String[] many = new String[ListedItems.MAX_ITEMS + 10];
        for (int i = 0; i < many.length; i++) {
            many[i] = "m" + i;
        }
        listed.remember("c9", listing(many));

        assertThat(listed.conversations()).isEqualTo(3);
        assertThat(listed.item("c0", 1)).isEmpty();
        assertThat(listed.size("c9")).isEqualTo(ListedItems.MAX_ITEMS);
    }
}
