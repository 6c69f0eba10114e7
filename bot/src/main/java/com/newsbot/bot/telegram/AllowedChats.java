package com.newsbot.bot.telegram;

import java.util.LinkedHashSet;
import java.util.Set;

/** Who may use the bot: a set of user and chat ids, or everyone ({@code *}). */
final class AllowedChats {
    private final boolean everyone;
    private final Set<Long> ids;

    private AllowedChats(boolean everyone, Set<Long> ids) {
        this.everyone = everyone;
        this.ids = Set.copyOf(ids);
    }

    /** Parses {@code NEWSBOT_ALLOWED_CHATS}: comma-separated numeric ids (negative for groups), or {@code *}. */
    static AllowedChats parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("NEWSBOT_ALLOWED_CHATS is empty");
        }
        if (value.strip().equals("*")) {
            return new AllowedChats(true, Set.of());
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("NEWSBOT_ALLOWED_CHATS: \"" + id
                        + "\" is not a numeric user or chat id (use comma-separated ids, or *)", e);
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("NEWSBOT_ALLOWED_CHATS lists no ids (use comma-separated ids, or *)");
        }
        return new AllowedChats(false, ids);
    }

    /** True when the user or the chat the message came from is allowed. */
    boolean allows(Long userId, Long chatId) {
        return everyone || (userId != null && ids.contains(userId)) || (chatId != null && ids.contains(chatId));
    }

    @Override
    public String toString() {
        return everyone ? "*" : ids.toString();
    }
}
