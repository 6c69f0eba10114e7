package com.newsbot.bot.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;

/** {@link Leases} in the {@code leases} table; expiry in the database's clock, so replicas' clocks may differ. */
final class JdbcLeases implements Leases {
    private final Jdbc jdbc;
    private final String now;

    JdbcLeases(Jdbc jdbc, String nowMillis) {
        this.jdbc = jdbc;
        this.now = nowMillis;
    }

    @Override
    public boolean hold(String name, String holder, Duration ttl) throws StateException {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO leases (name, holder, expires_at)"
                    + " VALUES (?, ?, " + now + " + ?) ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
                    + " expires_at = excluded.expires_at WHERE leases.holder = excluded.holder OR leases.expires_at < " + now)) {
                upsert.setString(1, name);
                upsert.setString(2, holder);
                upsert.setLong(3, ttl.toMillis());
                return upsert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void release(String name, String holder) throws StateException {
        jdbc.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM leases WHERE name = ? AND holder = ?")) {
                delete.setString(1, name);
                delete.setString(2, holder);
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> holder(String name) throws StateException {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT holder FROM leases WHERE name = ? AND expires_at >= " + now)) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
