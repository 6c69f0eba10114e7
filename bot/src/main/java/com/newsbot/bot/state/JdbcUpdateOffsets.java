package com.newsbot.bot.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** {@link UpdateOffsets} in the {@code update_offsets} table. */
final class JdbcUpdateOffsets implements UpdateOffsets {
    private final Jdbc jdbc;

    JdbcUpdateOffsets(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long lastHandled(String source) throws StateException {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT last_handled, updated_at FROM update_offsets WHERE source = ?")) {
                select.setString(1, source);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return 0L;
                    }
                    boolean stale = rows.getLong(2) < System.currentTimeMillis() - TRUSTED_FOR.toMillis();
                    return stale ? 0L : rows.getLong(1);
                }
            }
        });
    }

    @Override
    public void markHandled(String source, long updateId) throws StateException {
        jdbc.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO update_offsets (source, last_handled,"
                    + " updated_at) VALUES (?, ?, ?) ON CONFLICT (source) DO UPDATE SET"
                    + " last_handled = CASE WHEN excluded.last_handled > update_offsets.last_handled"
                    + " OR update_offsets.updated_at < ? THEN excluded.last_handled ELSE update_offsets.last_handled END,"
                    + " updated_at = excluded.updated_at")) {
                long now = System.currentTimeMillis();
                upsert.setString(1, source);
                upsert.setLong(2, updateId);
                upsert.setLong(3, now);
                upsert.setLong(4, now - TRUSTED_FOR.toMillis());
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
