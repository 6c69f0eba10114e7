package com.newsbot.bot.state;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The bot's state in one SQLite file through JDBC: opened in WAL mode with a busy timeout and immediate
 * transactions (so that the chat and the bot, two processes, can both write), the file readable by its owner only,
 * the schema brought up to date by {@link Migrations}. Owns one connection, used by one thread at a time.
 * Only this class knows it is SQLite; the stores are plain JDBC.
 */
public final class StateDatabase implements Database {
    /** How long a write waits for another process's write to finish before it fails. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** How long the readiness probe's write waits for another process's write. */
    static final int PROBE_TIMEOUT_MS = 1_000;
    private static final Logger log = LoggerFactory.getLogger(StateDatabase.class);

    private final Path file;
    private final Connection connection;

    private StateDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating when missing) the database at {@code file} with every migration applied. */
    public static StateDatabase open(Path file) throws StateUnavailableException {
        return open(file, Migrations.ALL.size());
    }

    /** Opens the database with the migrations up to {@code schemaVersion} only (tests of upgrades). */
    static StateDatabase open(Path file, int schemaVersion) throws StateUnavailableException {
        Path absolute = file.toAbsolutePath();
        try {
            createOwnerOnly(absolute);
        } catch (IOException e) {
            throw new StateUnavailableException("cannot create the state database " + absolute + ": " + e.getMessage()
                    + "; set NEWSBOT_DB to a writable place", e);
        }
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.enforceForeignKeys(true);
            connection = config.createConnection("jdbc:sqlite:" + absolute);
            checkIntact(connection);
            int ran = Migrations.apply(connection, Migrations.Dialect.SQLITE, schemaVersion);
            if (ran > 0) {
                log.info("State database {}: {} migration(s) applied, schema version {}", absolute, ran,
                        Migrations.current(connection));
            }
            return new StateDatabase(absolute, connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw new StateUnavailableException(unusable(absolute, e), e);
        }
    }

    /** The message for a database that cannot be used: what is wrong and how to recover. */
    private static String unusable(Path file, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        if (isDamaged(e)) {
            return "the state database " + file + " is damaged or not a database (" + reason + "). Feedback, the question"
                    + " log and subscriptions are off; answering goes on. To recover: stop every newsbot process, move the"
                    + " file aside (mv " + file + " " + file + ".broken, and its -wal and -shm files) and start again to get"
                    + " a new, empty one; or salvage it with: sqlite3 " + file + ".broken .recover | sqlite3 " + file;
        }
        return "the state database " + file + " cannot be used (" + reason + "). Feedback, the question log and"
                + " subscriptions are off; answering goes on. Check the file and its folder, or set NEWSBOT_DB to another file";
    }

    private static boolean isDamaged(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                SQLiteErrorCode code = sqlite.getResultCode();
                if (code == SQLiteErrorCode.SQLITE_NOTADB || code.name().startsWith("SQLITE_CORRUPT")) {
                    return true;
                }
            }
            if (cause instanceof DamagedException) {
                return true;
            }
        }
        return false;
    }

    /** A quick structural check, so that a damaged file is found at start and not halfway through a write. */
    private static void checkIntact(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            String result = rows.next() ? rows.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(result)) {
                throw new DamagedException("quick_check: " + result);
            }
        }
    }

    /** The quick check found damage in a file SQLite could open. */
    private static final class DamagedException extends SQLException {
        DamagedException(String message) {
            super(message);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // an existing database keeps its permissions (its owner may have widened them on purpose)
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public String describe() {
        return file.toString();
    }

    /** One file on one machine: the processes sharing it (a chat and a bot) are never replicas of one front end. */
    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public String nowMillis() {
        return "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";
    }

    /**
     * A write on a connection of its own that waits {@link #PROBE_TIMEOUT_MS} at most for another process's write
     * (the bot's own connection would wait {@link #BUSY_TIMEOUT_MS}, and behind its own work).
     */
    @Override
    public void checkWritable() throws StateException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(PROBE_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try (Connection probe = config.createConnection("jdbc:sqlite:" + file)) {
            probe.setAutoCommit(false);
            try (java.sql.PreparedStatement write = probe.prepareStatement(
                    "INSERT INTO settings (name, value) VALUES ('ready_probe', ?)"
                            + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                write.setString(1, Long.toString(System.currentTimeMillis()));
                write.executeUpdate();
            }
            probe.commit();
        } catch (SQLException e) {
            throw new StateException("the state database " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized <T> T inTransaction(Work<T> work) throws StateException {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StateException("the state database " + file + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing the state database failed: {}", e.getMessage());
        }
    }
}
