package com.newsbot.bot.feishu;

import com.newsbot.bot.frontend.FrontEndException;

/** The Feishu bot cannot start; the message says why in one line, and never contains the app secret. */
public final class FeishuBotException extends FrontEndException {
    public FeishuBotException(String message, Throwable cause) {
        super(message, cause);
    }
}
