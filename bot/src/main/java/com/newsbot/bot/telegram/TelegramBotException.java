package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.FrontEndException;

/** The Telegram bot cannot start; the message says why in one line, and never contains the token. */
public final class TelegramBotException extends FrontEndException {
    public TelegramBotException(String message, Throwable cause) {
        super(message, cause);
    }
}
