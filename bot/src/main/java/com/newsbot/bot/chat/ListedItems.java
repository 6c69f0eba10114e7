package com.newsbot.bot.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each conversation was last shown as a numbered list (articles of /latest, /issue or /search, the articles an
 * answer cites, the issues of /issues), so that {@code /source 2} opens the second. Bounded: at most
 * {@code maxConversations} conversations, the least recently used forgotten first, and {@link #MAX_ITEMS} items
 * each. Thread-safe.
 */
final class ListedItems {
    static final int MAX_ITEMS = 50;

    private final Map<String, List<Button>> lists;

    ListedItems(int maxConversations) {
        if (maxConversations < 1) {
            throw new IllegalArgumentException("maxConversations must be positive, was " + maxConversations);
        }
        this.lists = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Button>> eldest) {
                return size() > maxConversations;
            }
        };
    }

    /**
     * Remembers the articles and issues a reply lists, in order, when it lists any; a reply listing none (an error,
     * a whole article) leaves the earlier list in place.
     */
    synchronized void remember(String conversationId, Reply reply) {
        List<Button> items = reply.buttons().stream()
                .filter(b -> b.kind() == Button.Kind.ARTICLE || b.kind() == Button.Kind.ISSUE)
                .limit(MAX_ITEMS)
                .toList();
        if (!items.isEmpty()) {
            lists.put(conversationId, items);
        }
    }

    /** The {@code n}th (1-based) item last listed in a conversation, if there is one. */
    synchronized Optional<Button> item(String conversationId, int n) {
        List<Button> items = lists.get(conversationId);
        return items == null || n < 1 || n > items.size() ? Optional.empty() : Optional.of(items.get(n - 1));
    }

    /** How many items the conversation was last shown (0 when none). */
    synchronized int size(String conversationId) {
        List<Button> items = lists.get(conversationId);
        return items == null ? 0 : items.size();
    }

    synchronized void forget(String conversationId) {
        lists.remove(conversationId);
    }

    synchronized int conversations() {
        return lists.size();
    }
}
