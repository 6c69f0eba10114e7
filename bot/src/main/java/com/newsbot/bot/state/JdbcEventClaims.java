package com.newsbot.bot.state;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** {@link EventClaims} in the {@code event_claims} table; claims older than {@link #KEPT} are dropped now and then. */
final class JdbcEventClaims implements EventClaims {
    /** Platforms redeliver an unacknowledged event within hours; a week is plenty. */
    static final Duration KEPT = Duration.ofDays(7);
    private static final int PRUNE_EVERY = 1000;

    private final Jdbc jdbc;
    private final AtomicLong claims = new AtomicLong();

    JdbcEventClaims(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String source, String eventId) throws StateException {
        long now = System.currentTimeMillis();
        boolean prune = claims.incrementAndGet() % PRUNE_EVERY == 0;
        return jdbc.inTransaction(connection -> {
            if (prune) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM event_claims WHERE claimed_at < ?")) {
                    delete.setLong(1, now - KEPT.toMillis());
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event_claims (source, event_id,"
                    + " claimed_at) VALUES (?, ?, ?) ON CONFLICT (source, event_id) DO NOTHING")) {
                insert.setString(1, source);
                insert.setString(2, eventId);
                insert.setLong(3, now);
                return insert.executeUpdate() == 1;
            }
        });
    }
}
