package com.newsbot.bot.cli;

import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.state.BotState;

/**
 * A bot whose state is configured on PostgreSQL is one of several replicas: without the shared state it could not
 * claim events or hold the Telegram lease, and would answer what another replica answers (or poll beside it). So it
 * does not start; its service manager starts it again (systemd {@code Restart=on-failure}) until the database is back.
 */
final class ReplicaState {
    /** The state is configured shared but cannot be used: the bot stops with exit code 1 and one line. */
    static final class UnavailableException extends RuntimeException {
        UnavailableException(String message) {
            super(message);
        }
    }

    private ReplicaState() {
    }

    /** {@code conversation}, when its state is usable or not meant to be shared. */
    static RecordedConversation required(CliContext context, RecordedConversation conversation) {
        BotState state = conversation.state();
        if (BotState.onServer(context.env()) && !state.available()) {
            throw new UnavailableException("not starting: replicas need their shared state database ("
                    + state.problem().orElse("unavailable") + ")");
        }
        return conversation;
    }
}
