package com.newsbot.bot.state;

/** Reading or writing the state failed (the database is locked too long, the disk is full, …). */
public final class StateException extends Exception {
    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
