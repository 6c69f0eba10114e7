package com.newsbot.bot.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** {@link Subscriptions} in the {@code subscriptions} table. */
final class JdbcSubscriptions implements Subscriptions {
    private final Jdbc jdbc;

    JdbcSubscriptions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean subscribe(String frontEnd, String chatId) throws StateException {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO subscriptions (front_end, chat_id,"
                    + " subscribed_at) VALUES (?, ?, ?) ON CONFLICT (front_end, chat_id) DO NOTHING")) {
                insert.setString(1, frontEnd);
                insert.setString(2, chatId);
                insert.setLong(3, System.currentTimeMillis());
                return insert.executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean unsubscribe(String frontEnd, String chatId) throws StateException {
        return jdbc.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM subscriptions WHERE front_end = ? AND chat_id = ?")) {
                delete.setString(1, frontEnd);
                delete.setString(2, chatId);
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<String> chats(String frontEnd) throws StateException {
        return jdbc.inTransaction(connection -> {
            List<String> chats = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT chat_id FROM subscriptions WHERE front_end = ? ORDER BY subscribed_at, chat_id")) {
                select.setString(1, frontEnd);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        chats.add(rows.getString(1));
                    }
                }
            }
            return chats;
        });
    }
}
