package com.newsbot.bot.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link Votes} in the {@code votes} table, keyed by answer and hashed user. */
final class JdbcVotes implements Votes {
    private final Jdbc jdbc;

    JdbcVotes(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Outcome record(Vote vote) throws StateException {
        return jdbc.inTransaction(connection -> {
            Integer before = null;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT vote FROM votes WHERE answer_id = ? AND user_hash = ?")) {
                select.setString(1, vote.answerId());
                select.setString(2, vote.userHash());
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        before = rows.getInt(1);
                    }
                }
            }
            int value = vote.up() ? 1 : -1;
            if (before != null && before == value) {
                return Outcome.UNCHANGED;
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO votes (answer_id, user_hash, vote,"
                    + " question, answer, mode, article_ids, front_end, voted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (answer_id, user_hash) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at")) {
                upsert.setString(1, vote.answerId());
                upsert.setString(2, vote.userHash());
                upsert.setInt(3, value);
                upsert.setString(4, vote.question());
                upsert.setString(5, vote.answer());
                JdbcQuestionLog.setNullable(upsert, 6, vote.mode());
                upsert.setString(7, String.join(" ", vote.articleIds()));
                upsert.setString(8, vote.frontEnd());
                upsert.setLong(9, vote.at().toEpochMilli());
                upsert.executeUpdate();
            }
            return before == null ? Outcome.RECORDED : Outcome.CHANGED;
        });
    }

    @Override
    public List<Vote> since(Instant from) throws StateException {
        return jdbc.inTransaction(connection -> {
            List<Vote> votes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT answer_id, user_hash, vote, question, answer,"
                    + " mode, article_ids, front_end, voted_at FROM votes WHERE voted_at >= ? ORDER BY voted_at")) {
                select.setLong(1, from.toEpochMilli());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        votes.add(new Vote(rows.getString(1), rows.getString(2), rows.getInt(3) > 0, rows.getString(4),
                                rows.getString(5), rows.getString(6), JdbcQuestionLog.ids(rows.getString(7)),
                                rows.getString(8), Instant.ofEpochMilli(rows.getLong(9))));
                    }
                }
            }
            return votes;
        });
    }

}
