package com.newsbot.bot.state;

import java.util.List;

/** Which chats want each new issue announced; a chat is named by its front end and that front end's chat id. */
public interface Subscriptions {
    /** @return false when the chat was already subscribed */
    boolean subscribe(String frontEnd, String chatId) throws StateException;

    /** @return false when the chat was not subscribed */
    boolean unsubscribe(String frontEnd, String chatId) throws StateException;

    List<String> chats(String frontEnd) throws StateException;
}
