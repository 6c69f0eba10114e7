package com.newsbot.bot.state;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bot's state on PostgreSQL ({@code NEWSBOT_DB=jdbc:postgresql://…}), shared by replicas: the same stores and
 * migrations as SQLite (the PostgreSQL dialect of each script), a few connections kept open and checked before use,
 * a transaction that lost a race to another replica (a serialization failure, a deadlock, a key another replica
 * inserted first) run again. Thread-safe.
 */
final class PostgresDatabase implements Database {
    static final String URL_PREFIX = "jdbc:postgresql:";
    /** Connections at most: the front end's workers, the announcer, the lease and the readiness probe. */
    private static final int MAX_CONNECTIONS = 8;
    private static final int ATTEMPTS = 4;
    private static final int CONNECT_TIMEOUT_S = 5;
    private static final Logger log = LoggerFactory.getLogger(PostgresDatabase.class);

    private final String url;
    private final Properties credentials;
    private final Semaphore permits = new Semaphore(MAX_CONNECTIONS, true);
    private final Deque<Connection> idle = new ArrayDeque<>();
    private volatile boolean closed;

    private PostgresDatabase(String url, Properties credentials) {
        this.url = url;
        this.credentials = credentials;
    }

    /**
     * Connects to {@code url} as {@code user} (password may be null: then the server's other means, a .pgpass file)
     * and brings the schema up to date.
     */
    static PostgresDatabase open(String url, String user, String password, int schemaVersion)
            throws StateUnavailableException {
        Properties properties = new Properties();
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user.strip());
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_S));
        properties.setProperty("ApplicationName", "newsbot");
        PostgresDatabase database = new PostgresDatabase(url, properties);
        try {
            Connection connection = database.borrow();
            try {
                int ran = Migrations.apply(connection, Migrations.Dialect.POSTGRESQL, schemaVersion);
                if (ran > 0) {
                    log.info("State database {}: {} migration(s) applied, schema version {}", database.describe(), ran,
                            Migrations.current(connection));
                }
            } finally {
                database.giveBack(connection, true);
            }
            return database;
        } catch (SQLException | RuntimeException e) {
            database.close();
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            throw new StateUnavailableException("the state database " + database.describe() + " cannot be used ("
                    + reason + "). Feedback, the question log and subscriptions are off; answering goes on. Check"
                    + " NEWSBOT_DB, NEWSBOT_DB_USER and NEWSBOT_DB_PASSWORD, and that the server is up", e);
        }
    }

    @Override
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query); // parameters may hold a password
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public String nowMillis() {
        return "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)";
    }

    @Override
    public void checkWritable() throws StateException {
        inTransaction(connection -> {
            try (PreparedStatement write = connection.prepareStatement("SET LOCAL statement_timeout = 1000")) {
                write.execute();
            }
            try (PreparedStatement write = connection.prepareStatement("INSERT INTO settings (name, value)"
                    + " VALUES ('ready_probe', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                write.setString(1, Long.toString(System.currentTimeMillis()));
                write.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws StateException {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Connection connection;
            try {
                connection = borrow();
            } catch (SQLException e) {
                last = e;
                if (!connectionLost(e) || attempt == ATTEMPTS) {
                    break;
                }
                continue;
            }
            boolean healthy = true;
            try {
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(connection);
                    throw e;
                }
            } catch (SQLException e) {
                last = e;
                healthy = !connectionLost(e);
                if (!raceLost(e) && healthy) {
                    break;
                }
                log.debug("State transaction attempt {} on {} failed ({}); trying again", attempt, describe(), e.getSQLState());
            } finally {
                giveBack(connection, healthy);
            }
        }
        throw new StateException("the state database " + describe() + " failed: "
                + (last == null ? "no connection" : last.getMessage()), last);
    }

    /** Another replica's transaction won: running this one again sees what it did. */
    private static boolean raceLost(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "23505".equals(state);
    }

    private static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private Connection borrow() throws SQLException {
        if (closed) {
            throw new SQLException("the state database is closed", "08003");
        }
        try {
            if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new SQLException("no connection to the state database free within 30 s", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection to the state database", "08001", e);
        }
        try {
            while (true) {
                Connection connection;
                synchronized (idle) {
                    connection = idle.pollFirst();
                }
                if (connection == null) {
                    return DriverManager.getConnection(url, credentials);
                }
                if (connection.isValid(2)) {
                    return connection;
                }
                closeQuietly(connection);
            }
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private void giveBack(Connection connection, boolean healthy) {
        try {
            if (healthy && !closed) {
                connection.setAutoCommit(true);
                synchronized (idle) {
                    idle.addFirst(connection);
                }
            } else {
                closeQuietly(connection);
            }
        } catch (SQLException e) {
            closeQuietly(connection);
        } finally {
            permits.release();
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.debug("Rolling back failed: {}", e.getMessage());
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing a state database connection failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (idle) {
            while (!idle.isEmpty()) {
                closeQuietly(idle.pollFirst());
            }
        }
    }
}
