package com.newsbot.bot.frontend;

import java.util.Optional;

/**
 * A press of a 👍/👎 button under an answer, as every front end's buttons carry it: {@code v:u:<answer id>} or
 * {@code v:d:<answer id>} (16 bytes with the 11-character ids answers get, far under Telegram's 64-byte callback data).
 */
public record VotePress(boolean up, String answerId) {
    static final String PREFIX = "v:";

    /** The button data of this press. */
    public String data() {
        return PREFIX + (up ? "u:" : "d:") + answerId;
    }

    /** The vote a button's data stands for; empty when the data is not a vote (an article id, a command). */
    public static Optional<VotePress> parse(String data) {
        if (data == null || !data.startsWith(PREFIX) || data.length() < 5 || data.charAt(3) != ':') {
            return Optional.empty();
        }
        char way = data.charAt(2);
        String answerId = data.substring(4);
        if ((way != 'u' && way != 'd') || answerId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new VotePress(way == 'u', answerId));
    }
}
