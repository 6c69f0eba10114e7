package com.newsbot.bot.state;

/** The state database cannot be used; the message says why and how to recover, fit for the operator. */
public final class StateUnavailableException extends Exception {
    public StateUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
