package com.newsbot.bot.state;

import java.time.Duration;
import java.util.Optional;

/**
 * Named leases in the state database, timed by the database's clock: what must run in one replica at a time (Telegram's
 * long polling) runs in the one holding its lease, renewed well before it expires; when that replica dies the lease
 * runs out and another takes it.
 */
public interface Leases {
    /** Takes or renews lease {@code name} for {@code holder} until {@code ttl} from now; false when another holds it. */
    boolean hold(String name, String holder, Duration ttl) throws StateException;

    /** Gives lease {@code name} up, when {@code holder} has it (a clean stop hands over at once). */
    void release(String name, String holder) throws StateException;

    /** Who holds lease {@code name} now, if anyone. */
    Optional<String> holder(String name) throws StateException;
}
