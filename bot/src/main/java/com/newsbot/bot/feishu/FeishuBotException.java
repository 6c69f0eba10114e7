package com.newsbot.bot.feishu;

/** The Feishu bot cannot start; the message says why in one line, and never contains the app secret. */
public final class FeishuBotException extends Exception {
    public FeishuBotException(String message, Throwable cause) {
        super(message, cause);
    }
}
