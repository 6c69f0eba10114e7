package com.newsbot.bot.state;

/** One new issue to announce in one chat. */
public record Delivery(String issueId, String frontEnd, String chatId) {
    /** Where a delivery stands. */
    public enum State {
        PENDING, SENT,
        /** the chat blocked the bot or is gone; it was unsubscribed */
        BLOCKED,
        /** a newer issue came before this one was sent; that one is announced instead */
        SUPERSEDED;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
