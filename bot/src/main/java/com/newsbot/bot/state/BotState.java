package com.newsbot.bot.state;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the bot remembers between runs: the question log, votes, subscriptions, announcements and update offsets,
 * one store each over one {@link StateDatabase}. When the database cannot be used the state is <em>off</em>: it
 * says why once ({@link #problem()}), every state feature declines politely, and answering goes on.
 */
public final class BotState implements AutoCloseable {
    public static final String DB_VARIABLE = "NEWSBOT_DB";
    public static final String QUESTION_LOG_VARIABLE = "NEWSBOT_QUESTION_LOG";
    public static final String DB_USER_VARIABLE = "NEWSBOT_DB_USER";
    public static final String DB_PASSWORD_VARIABLE = "NEWSBOT_DB_PASSWORD";
    static final String DEFAULT_FILE = "newsbot.db";
    private static final Logger log = LoggerFactory.getLogger(BotState.class);

    private final Database database;
    private final String problem;
    private final boolean logQuestions;
    private final String salt;

    private BotState(Database database, String problem, boolean logQuestions, String salt) {
        this.database = database;
        this.problem = problem;
        this.logQuestions = logQuestions;
        this.salt = salt;
    }

    /** The database file: {@code NEWSBOT_DB}, else {@code newsbot.db} under {@code home}. */
    public static Path location(Map<String, String> env, Path home) {
        String configured = env.get(DB_VARIABLE);
        return configured == null || configured.isBlank() ? home.resolve(DEFAULT_FILE) : Path.of(configured.strip());
    }

    /** Whether {@code NEWSBOT_DB} names a PostgreSQL database ({@code jdbc:postgresql://…}) rather than a file. */
    public static boolean onServer(Map<String, String> env) {
        String configured = env.get(DB_VARIABLE);
        return configured != null && configured.strip().startsWith("jdbc:");
    }

    /**
     * Opens the configured state: PostgreSQL when {@code NEWSBOT_DB} is a {@code jdbc:postgresql:} URL (user and
     * password from {@code NEWSBOT_DB_USER} and {@code NEWSBOT_DB_PASSWORD}), else the SQLite file of
     * {@link #location}. Never fails, as {@link #open(Path, boolean)}.
     *
     * @throws IllegalArgumentException for a JDBC URL of another database, with a message for the operator
     */
    public static BotState openConfigured(Map<String, String> env, Path home, boolean logQuestions) {
        if (!onServer(env)) {
            return open(location(env, home), logQuestions);
        }
        String url = env.get(DB_VARIABLE).strip();
        if (!url.startsWith(PostgresDatabase.URL_PREFIX)) {
            throw new IllegalArgumentException(DB_VARIABLE + " must be a file or a jdbc:postgresql://host/database URL, not "
                    + url.substring(0, url.indexOf(':', 5) < 0 ? url.length() : url.indexOf(':', 5)) + "…");
        }
        try {
            return opened(PostgresDatabase.open(url, env.get(DB_USER_VARIABLE), env.get(DB_PASSWORD_VARIABLE),
                    Migrations.ALL.size()), logQuestions);
        } catch (StateUnavailableException e) {
            log.debug("State database unusable", e);
            return off(e.getMessage());
        }
    }

    /**
     * Whether questions are logged: {@code NEWSBOT_QUESTION_LOG} = {@code anonymous} (the default) or {@code off}.
     *
     * @throws IllegalArgumentException for any other value, with a message for the operator
     */
    public static boolean questionLogOn(Map<String, String> env) {
        String value = env.getOrDefault(QUESTION_LOG_VARIABLE, "").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "anonymous", "on" -> true;
            case "off", "none" -> false;
            default -> throw new IllegalArgumentException(QUESTION_LOG_VARIABLE + " must be anonymous or off, not " + value);
        };
    }

    /**
     * Opens the state in {@code file}; never fails: a database that cannot be used gives a state that is off, whose
     * {@link #problem()} the caller shows once (it is not logged here, so the operator sees it once).
     */
    public static BotState open(Path file, boolean logQuestions) {
        StateDatabase database;
        try {
            database = StateDatabase.open(file);
        } catch (StateUnavailableException e) {
            log.debug("State database unusable", e);
            return off(e.getMessage());
        }
        return opened(database, logQuestions);
    }

    private static BotState opened(Database database, boolean logQuestions) {
        try {
            return new BotState(database, null, logQuestions, salt(database));
        } catch (StateException e) {
            database.close();
            log.debug("State database unusable", e);
            return off(e.getMessage());
        }
    }

    /** A state that keeps nothing, with the reason it is off. */
    public static BotState off(String problem) {
        return new BotState(null, problem, false, "");
    }

    private static String salt(Database database) throws StateException {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM settings WHERE name = 'user_salt'");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : "";
            }
        });
    }

    public boolean available() {
        return database != null;
    }

    /** Why the state is off, when it is. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Whether questions go to the editors' log (the state is on and the log not switched off). */
    public boolean logsQuestions() {
        return available() && logQuestions;
    }

    public QuestionLog questions() {
        return new JdbcQuestionLog(database());
    }

    public Votes votes() {
        return new JdbcVotes(database());
    }

    public Subscriptions subscriptions() {
        return new JdbcSubscriptions(database());
    }

    public Announcements announcements() {
        Database db = database();
        return new JdbcAnnouncements(db, db.shared() ? JdbcAnnouncements.SHARED_CLAIM : java.time.Duration.ZERO);
    }

    /** Events claimed across replicas (and restarts). */
    public EventClaims eventClaims() {
        return new JdbcEventClaims(database());
    }

    /** Leases for what runs in one replica at a time. */
    public Leases leases() {
        Database db = database();
        return new JdbcLeases(db, db.nowMillis());
    }

    /** Whether replicas may share this state (PostgreSQL): then Telegram polls only in the lease holder. */
    public boolean shared() {
        return database != null && database.shared();
    }

    /** Where the state is, for messages (a file, or a URL without credentials); empty when it is off. */
    public Optional<String> where() {
        return database == null ? Optional.empty() : Optional.of(database.describe());
    }

    /**
     * Empty when the state takes a write now; else why not (for {@code /readyz}). A state that is off says why it
     * is off.
     */
    public Optional<String> writeProblem() {
        if (database == null) {
            return Optional.of("state database off: " + problem);
        }
        try {
            database.checkWritable();
            return Optional.empty();
        } catch (StateException e) {
            return Optional.of(e.getMessage());
        }
    }

    public QuestionVectors questionVectors() {
        return new JdbcQuestionVectors(database());
    }

    public UpdateOffsets offsets() {
        return new JdbcUpdateOffsets(database());
    }

    /** A reader's id as stored: a salted SHA-256 of front end and id, so the raw id is never kept. */
    public String userHash(String frontEnd, String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + frontEnd + ":" + userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private Database database() {
        if (database == null) {
            throw new IllegalStateException("the state is off: " + problem);
        }
        return database;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
