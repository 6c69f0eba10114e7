package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Turn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few turns of each conversation, so follow-ups can be resolved. Bounded twice: at most
 * {@code turnsPerConversation} turns are kept per conversation, and at most {@code maxConversations}
 * conversations, the least recently used one forgotten first. Thread-safe.
 */
final class ConversationMemory {
    private final int turnsPerConversation;
    private final Map<String, Deque<Turn>> conversations;

    ConversationMemory(int maxConversations, int turnsPerConversation) {
        if (maxConversations < 1 || turnsPerConversation < 1) {
            throw new IllegalArgumentException("memory bounds must be positive: " + maxConversations + " conversations, "
                    + turnsPerConversation + " turns");
        }
        this.turnsPerConversation = turnsPerConversation;
        this.conversations = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Turn>> eldest) {
                return size() > maxConversations;
            }
        };
    }

    /** The remembered turns of a conversation, oldest first (empty for a new one). */
    synchronized List<Turn> history(String conversationId) {
        Deque<Turn> turns = conversations.get(conversationId);
        return turns == null ? List.of() : List.copyOf(new ArrayList<>(turns));
    }

    synchronized void remember(String conversationId, Turn turn) {
        Deque<Turn> turns = conversations.computeIfAbsent(conversationId, id -> new ArrayDeque<>());
        turns.addLast(turn);
        while (turns.size() > turnsPerConversation) {
            turns.removeFirst();
        }
    }

    synchronized void forget(String conversationId) {
        conversations.remove(conversationId);
    }

    synchronized int conversations() {
        return conversations.size();
    }
}
