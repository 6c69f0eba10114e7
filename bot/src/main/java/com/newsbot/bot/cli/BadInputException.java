package com.newsbot.bot.cli;

/** Bad usage or bad input that the user can fix; the message is shown as is and the exit code is 2. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
