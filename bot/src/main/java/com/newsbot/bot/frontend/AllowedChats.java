package com.newsbot.bot.frontend;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may use the bot ({@code NEWSBOT_ALLOWED_CHATS}): a set of person and group ids, or everyone
 * ({@code *}). One rule for every chat front end, closed by default in groups:
 * <ul>
 *   <li>a private chat is served when its person is listed;</li>
 *   <li>a group is served when the group itself is listed — whoever asks in it;</li>
 *   <li>a listed person asking in an unlisted group is told the group is not enabled (with its id
 *       for the admin), and nothing else: a member list the admin has not seen may include outsiders;</li>
 *   <li>anyone else is a stranger, told their id and nothing else.</li>
 * </ul>
 * A button press is decided by the same rule, for the chat it was pressed in and the person who pressed it.
 */
public final class AllowedChats {
    public static final String VARIABLE = "NEWSBOT_ALLOWED_CHATS";

    /** What the bot does with a message or a button press. */
    public enum Access {
        /** Answer it. */
        SERVE,
        /** A listed person in an unlisted group: say the group is not enabled, with its id. */
        GROUP_NOT_ENABLED,
        /** Say who they are (their id) and nothing else. */
        STRANGER
    }

    private final boolean everyone;
    private final Set<String> ids;

    private AllowedChats(boolean everyone, Set<String> ids) {
        this.everyone = everyone;
        this.ids = Set.copyOf(ids);
    }

    /**
     * Parses the comma-separated ids, or {@code *}; every id must pass {@code validId}, else the
     * message names it and says what {@code idKind} an id must be.
     *
     * @throws IllegalArgumentException with a message fit for the operator
     */
    public static AllowedChats parse(String value, Predicate<String> validId, String idKind) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(VARIABLE + " is empty");
        }
        if (value.strip().equals("*")) {
            return new AllowedChats(true, Set.of());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!validId.test(id)) {
                throw new IllegalArgumentException(VARIABLE + ": \"" + id + "\" is not " + idKind
                        + " (use comma-separated ids, or *)");
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(VARIABLE + " lists no ids (use comma-separated ids, or *)");
        }
        return new AllowedChats(false, ids);
    }

    /**
     * What to do with a message or button press from {@code personId} in {@code chatId}.
     *
     * @param group    whether the chat is a group (anything but a private chat with the bot)
     * @param personId the sender's id, or null when unknown
     * @param chatId   the chat's id
     */
    public Access access(boolean group, String personId, String chatId) {
        if (everyone) {
            return Access.SERVE;
        }
        boolean personListed = personId != null && ids.contains(personId);
        if (!group) {
            return personListed || (chatId != null && ids.contains(chatId)) ? Access.SERVE : Access.STRANGER;
        }
        if (chatId != null && ids.contains(chatId)) {
            return Access.SERVE;
        }
        return personListed ? Access.GROUP_NOT_ENABLED : Access.STRANGER;
    }

    @Override
    public String toString() {
        return everyone ? "*" : ids.toString();
    }
}
