package com.newsbot.bot.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A small versioned script runner: the SQL files under {@code db/migration/} on the classpath, applied in order,
 * each once, each in its own transaction, recorded in {@code schema_version}. A database newer than this program
 * (a version it does not know) is refused rather than written to.
 */
final class Migrations {
    /** Every migration, oldest first; a new one is added at the end and never edited once released. */
    static final List<String> ALL = List.of(
            "V1__questions_votes_subscriptions.sql",
            "V2__announcements_offsets.sql",
            "V3__question_vectors.sql",
            "V4__claims_leases.sql");

    /** Where each database's scripts are (the same versions and names in both) and how it serializes migrators. */
    enum Dialect {
        SQLITE("db/migration/", null),
        /** Replicas starting together wait for one another on a transaction-scoped advisory lock. */
        POSTGRESQL("db/migration/postgresql/", "SELECT pg_advisory_xact_lock(7262)");

        final String folder;
        final String lock;

        Dialect(String folder, String lock) {
            this.folder = folder;
            this.lock = lock;
        }

        void lock(Connection connection) throws SQLException {
            if (lock != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(lock);
                }
            }
        }
    }

    private Migrations() {
    }

    /** Applies the migrations up to {@code target} (1-based, inclusive) that are missing; returns how many ran. */
    static int apply(Connection connection, Dialect dialect, int target) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            dialect.lock(connection);
            statement.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        int ran = 0;
        for (int version = 1; version <= target; version++) {
            if (applyOne(connection, dialect, version)) {
                ran++;
            }
        }
        return ran;
    }

    /** The highest version applied to the database (0 for a new one). */
    static int current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static boolean applyOne(Connection connection, Dialect dialect, int version) throws SQLException {
        String name = ALL.get(version - 1);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // the transaction starts IMMEDIATE: a second process waits here, then sees it done
        try {
            dialect.lock(connection);
            int current = current(connection);
            if (current >= version) {
                connection.commit();
                return false;
            }
            if (current > ALL.size()) {
                throw new SQLException("the state database has schema version " + current + ", newer than this newsbot ("
                        + ALL.size() + ")");
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(script(dialect.folder + name))) {
                    statement.executeUpdate(sql);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, name);
                insert.setLong(3, System.currentTimeMillis());
                insert.executeUpdate();
            }
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String script(String resource) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The statements of a script: split at semicolons that end a line, {@code --} comment lines dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
