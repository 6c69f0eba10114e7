package com.newsbot.bot.state;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on the state database's connection, in one transaction; what the stores are written against. */
interface Jdbc {
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in a transaction (committed when it returns, rolled back when it throws). */
    <T> T inTransaction(Work<T> work) throws StateException;
}
