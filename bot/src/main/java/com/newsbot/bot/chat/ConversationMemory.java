package com.newsbot.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few turns of each conversation, so follow-ups can be resolved. Bounded three ways: at most
 * {@code turnsPerConversation} turns are kept per conversation, a turn older than {@code maxAge} is forgotten, and
 * at most {@code maxConversations} conversations are kept, the least recently used one forgotten first (and every
 * conversation whose turns all expired is dropped as others are touched). Thread-safe.
 */
final class ConversationMemory<T> {
    /** A follow-up half an hour later is a new conversation. */
    static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(30);

    private record Remembered<T>(T turn, Instant at) {
    }

    private final int turnsPerConversation;
    private final Duration maxAge;
    private final Clock clock;
    private final LinkedHashMap<String, Deque<Remembered<T>>> conversations;

    ConversationMemory(int maxConversations, int turnsPerConversation) {
        this(maxConversations, turnsPerConversation, DEFAULT_MAX_AGE, Clock.systemUTC());
    }

    ConversationMemory(int maxConversations, int turnsPerConversation, Duration maxAge, Clock clock) {
        if (maxConversations < 1 || turnsPerConversation < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("memory bounds must be positive: " + maxConversations + " conversations, "
                    + turnsPerConversation + " turns, " + maxAge);
        }
        this.turnsPerConversation = turnsPerConversation;
        this.maxAge = maxAge;
        this.clock = clock;
        this.conversations = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Remembered<T>>> eldest) {
                return size() > maxConversations;
            }
        };
    }

    /** The remembered turns of a conversation younger than the age limit, oldest first (empty for a new one). */
    synchronized List<T> history(String conversationId) {
        Deque<Remembered<T>> turns = conversations.get(conversationId);
        if (turns == null) {
            return List.of();
        }
        dropExpired(turns, clock.instant());
        if (turns.isEmpty()) {
            conversations.remove(conversationId);
            return List.of();
        }
        List<T> history = new ArrayList<>(turns.size());
        turns.forEach(remembered -> history.add(remembered.turn()));
        return List.copyOf(history);
    }

    synchronized void remember(String conversationId, T turn) {
        Instant now = clock.instant();
        Deque<Remembered<T>> turns = conversations.computeIfAbsent(conversationId, id -> new ArrayDeque<>());
        turns.addLast(new Remembered<>(turn, now));
        while (turns.size() > turnsPerConversation) {
            turns.removeFirst();
        }
        dropExpiredConversations(now);
    }

    synchronized void forget(String conversationId) {
        conversations.remove(conversationId);
    }

    synchronized int conversations() {
        return conversations.size();
    }

    /** Total turns held, across conversations (for the bound's test). */
    synchronized int turns() {
        return conversations.values().stream().mapToInt(Deque::size).sum();
    }

    private void dropExpired(Deque<Remembered<T>> turns, Instant now) {
        Instant oldest = now.minus(maxAge);
        while (!turns.isEmpty() && turns.peekFirst().at().isBefore(oldest)) {
            turns.removeFirst();
        }
    }

    /**
     * Least recently used conversations come first in the map: drops them from the front while their newest turn is
     * expired, so that an idle conversation does not wait for the count limit to be freed.
     */
    private void dropExpiredConversations(Instant now) {
        Instant oldest = now.minus(maxAge);
        Iterator<Deque<Remembered<T>>> eldestFirst = conversations.values().iterator();
        while (eldestFirst.hasNext()) {
            Deque<Remembered<T>> turns = eldestFirst.next();
            if (!turns.isEmpty() && !turns.peekLast().at().isBefore(oldest)) {
                break;
            }
            eldestFirst.remove();
        }
    }
}
