package com.newsbot.bot.state;

/**
 * Chat events claimed in the state database: of the replicas that receive one event (a platform redelivering it, or
 * spreading its events over every connected replica), the one that claims its id first answers it; so does a bot
 * restarted after the event was handled, which finds it claimed.
 */
public interface EventClaims {
    /** Claims event {@code eventId} of {@code source} (e.g. {@code feishu}); true for the first claim only. */
    boolean claim(String source, String eventId) throws StateException;
}
