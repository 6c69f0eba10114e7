package com.newsbot.bot.telegram;

import java.io.IOException;

/** The id of the last update taken for handling, kept across restarts so no update is answered twice. */
interface HandledUpdates {
    long lastHandled();

    /** Records that every update up to {@code updateId} has been taken; never moves backwards. */
    void markHandled(long updateId) throws IOException;
}
