package com.newsbot.bot.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@link Announcements} in the {@code announcements} and {@code deliveries} tables. */
final class JdbcAnnouncements implements Announcements {
    /** How long a replica that took a delivery has to send it before another may (zero: one sender, no claims). */
    static final Duration SHARED_CLAIM = Duration.ofSeconds(60);

    private final Jdbc jdbc;
    private final Duration claim;

    JdbcAnnouncements(Jdbc jdbc) {
        this(jdbc, Duration.ZERO);
    }

    JdbcAnnouncements(Jdbc jdbc, Duration claim) {
        this.jdbc = jdbc;
        this.claim = claim;
    }

    @Override
    public int latestIssue(String issueId, LocalDate date) throws StateException {
        return jdbc.inTransaction(connection -> {
            if (exists(connection, issueId)) {
                return 0;
            }
            String newestDate = null;
            boolean any = false;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*), MAX(issue_date) FROM announcements");
                 ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    any = rows.getLong(1) > 0;
                    newestDate = rows.getString(2);
                }
            }
            boolean older = date != null && newestDate != null && date.toString().compareTo(newestDate) < 0;
            boolean baseline = !any || older;
            long now = System.currentTimeMillis();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO announcements (issue_id, issue_date, found_at, baseline) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, issueId);
                JdbcQuestionLog.setNullable(insert, 2, date == null ? null : date.toString());
                insert.setLong(3, now);
                insert.setInt(4, baseline ? 1 : 0);
                insert.executeUpdate();
            }
            if (baseline) {
                return 0;
            }
            try (PreparedStatement queue = connection.prepareStatement("INSERT INTO deliveries (issue_id, front_end, chat_id,"
                    + " state, updated_at) SELECT ?, front_end, chat_id, 'pending', ? FROM subscriptions")) {
                queue.setString(1, issueId);
                queue.setLong(2, now);
                return queue.executeUpdate();
            }
        });
    }

    private static boolean exists(Connection connection, String issueId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM announcements WHERE issue_id = ?")) {
            select.setString(1, issueId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public List<Delivery> pending(String frontEnd, int limit) throws StateException {
        long now = System.currentTimeMillis();
        return jdbc.inTransaction(connection -> {
            List<Delivery> pending = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT d.issue_id, d.chat_id FROM deliveries d"
                    + " JOIN announcements a ON a.issue_id = d.issue_id WHERE d.front_end = ? AND d.state = 'pending'"
                    + " AND (d.claimed_until IS NULL OR d.claimed_until < ?) ORDER BY a.found_at, d.chat_id LIMIT ?")) {
                select.setString(1, frontEnd);
                select.setLong(2, now);
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        pending.add(new Delivery(rows.getString(1), frontEnd, rows.getString(2)));
                    }
                }
            }
            return claim.isZero() ? pending : claimed(connection, pending, now);
        });
    }

    /**
     * The deliveries this replica claimed (another replica sending at the same time claims the others): each row is
     * taken by an update that only one transaction can win; a claim runs out after {@link #claim} so that a delivery
     * whose sender died is sent by another replica.
     */
    private List<Delivery> claimed(Connection connection, List<Delivery> candidates, long now) throws SQLException {
        List<Delivery> mine = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("UPDATE deliveries SET claimed_until = ?"
                + " WHERE issue_id = ? AND front_end = ? AND chat_id = ? AND state = 'pending'"
                + " AND (claimed_until IS NULL OR claimed_until < ?)")) {
            for (Delivery delivery : candidates) {
                update.setLong(1, now + claim.toMillis());
                update.setString(2, delivery.issueId());
                update.setString(3, delivery.frontEnd());
                update.setString(4, delivery.chatId());
                update.setLong(5, now);
                if (update.executeUpdate() == 1) {
                    mine.add(delivery);
                }
            }
        }
        return mine;
    }

    @Override
    public void mark(Delivery delivery, Delivery.State state) throws StateException {
        jdbc.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE deliveries SET state = ?, updated_at = ?"
                    + " WHERE issue_id = ? AND front_end = ? AND chat_id = ?")) {
                update.setString(1, state.column());
                update.setLong(2, System.currentTimeMillis());
                update.setString(3, delivery.issueId());
                update.setString(4, delivery.frontEnd());
                update.setString(5, delivery.chatId());
                update.executeUpdate();
            }
            return null;
        });
    }
}
