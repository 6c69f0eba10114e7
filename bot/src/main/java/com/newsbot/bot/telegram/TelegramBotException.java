package com.newsbot.bot.telegram;

/** The Telegram bot cannot start; the message says why in one line, and never contains the token. */
public final class TelegramBotException extends Exception {
    public TelegramBotException(String message, Throwable cause) {
        super(message, cause);
    }
}
