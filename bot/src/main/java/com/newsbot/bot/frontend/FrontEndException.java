package com.newsbot.bot.frontend;

/** A front end cannot start; the message says why in one line, and never contains a secret. */
public class FrontEndException extends Exception {
    public FrontEndException(String message, Throwable cause) {
        super(message, cause);
    }
}
