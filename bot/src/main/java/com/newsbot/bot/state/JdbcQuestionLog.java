package com.newsbot.bot.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link QuestionLog} in the {@code question_log} table. */
final class JdbcQuestionLog implements QuestionLog {
    private static final String COLUMNS = "answer_id, asked_at, front_end, question, found, mode, latency_ms, answer,"
            + " article_id, article_title, article_ids";

    private final Jdbc jdbc;

    JdbcQuestionLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(LoggedQuestion question) throws StateException {
        recordAll(List.of(question));
    }

    @Override
    public void recordAll(List<LoggedQuestion> questions) throws StateException {
        jdbc.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO question_log (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (LoggedQuestion q : questions) {
                    insert.setString(1, q.answerId());
                    insert.setLong(2, q.askedAt().toEpochMilli());
                    insert.setString(3, q.frontEnd());
                    insert.setString(4, q.question());
                    insert.setInt(5, q.found() ? 1 : 0);
                    insert.setString(6, q.mode());
                    insert.setLong(7, q.latencyMs());
                    insert.setString(8, q.answer());
                    insert.setString(9, q.articleId());
                    insert.setString(10, q.articleTitle());
                    insert.setString(11, String.join(" ", q.articleIds()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void since(Instant from, Consumer<LoggedQuestion> each) throws StateException {
        jdbc.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM question_log WHERE asked_at >= ? ORDER BY asked_at, id")) {
                select.setLong(1, from.toEpochMilli());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        each.accept(row(rows));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Optional<LoggedQuestion> byAnswerId(String answerId) throws StateException {
        return jdbc.inTransaction(connection -> find(connection, answerId));
    }

    private static Optional<LoggedQuestion> find(Connection connection, String answerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM question_log WHERE answer_id = ? ORDER BY id DESC LIMIT 1")) {
            select.setString(1, answerId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    private static LoggedQuestion row(ResultSet rows) throws SQLException {
        return new LoggedQuestion(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)), rows.getString(3),
                rows.getString(4), rows.getInt(5) != 0, rows.getString(6), rows.getLong(7), rows.getString(8),
                rows.getString(9), rows.getString(10), ids(rows.getString(11)));
    }

    static List<String> ids(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(joined.strip().split(" +")));
    }

    static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
