package com.newsbot.bot.feishu;

import java.io.IOException;

/**
 * Remembers which Feishu events were taken, so an event Feishu delivers again (after a lost
 * acknowledgement, or to a restarted bot) is not answered twice. A small interface so the ids can
 * move to the bot's state database (each event claimed once by one of several replicas): a bot is given an
 * {@link Opener}; the default keeps them in a file in the Feishu state folder ({@link FileEventIdStore}).
 */
public interface EventIdStore extends AutoCloseable {
    /** Opens the store of a bot whose Feishu state folder is {@code stateDir}. */
    @FunctionalInterface
    interface Opener {
        EventIdStore open(java.nio.file.Path stateDir) throws IOException;
    }

    /**
     * Records an event id; true when it was not seen before (the event is to be handled).
     *
     * @throws IOException when the id could not be persisted (it is still remembered in memory)
     */
    boolean markNew(String eventId) throws IOException;

    @Override
    void close();
}
