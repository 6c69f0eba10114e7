package com.newsbot.bot.telegram;

/** Who the bot is on Telegram (from getMe): how groups mention it and how to recognise its own messages. */
record BotIdentity(long id, String username) {
}
