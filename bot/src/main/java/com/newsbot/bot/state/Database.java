package com.newsbot.bot.state;

/**
 * The state database the stores run on: SQLite ({@link StateDatabase}, one file, the default) or PostgreSQL
 * ({@link PostgresDatabase}, shared by several replicas). What differs between the two lives behind this interface;
 * the stores are plain JDBC over {@link Jdbc}.
 */
interface Database extends Jdbc, AutoCloseable {
    /** Where it is, for messages: a file, or a URL without user or password. */
    String describe();

    /** Whether replicas on other machines may share it (then events are claimed and leases matter). */
    boolean shared();

    /** An SQL expression for the database's own clock in epoch milliseconds (one clock for every replica). */
    String nowMillis();

    /**
     * Writes (and commits) a row, within about a second, to show the database takes writes now.
     *
     * @throws StateException with the reason when it does not
     */
    void checkWritable() throws StateException;

    @Override
    void close();
}
