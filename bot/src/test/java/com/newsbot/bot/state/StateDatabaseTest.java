package com.newsbot.bot.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state database on a real SQLite file in a temp folder. */
class StateDatabaseTest {
    @TempDir
    Path folder;

    static LoggedQuestion question(String text, boolean found, Instant at) {
        return new LoggedQuestion("a-" + text.hashCode(), at, "telegram", text, found, "extractive", 12,
                found ? "答案" : "没有找到", found ? "art1" : null, found ? "标题" : null, found ? List.of("art1") : List.of());
    }

    @Test
    void a_new_database_gets_every_migration_in_wal_mode_readable_by_its_owner_only() throws Exception {
        Path file = folder.resolve("home/newsbot.db");

        try (StateDatabase database = StateDatabase.open(file)) {
            int version = database.inTransaction(Migrations::current);
            String journal = database.inTransaction(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
                    rows.next();
                    return rows.getString(1);
                }
            });

            assertThat(version).isEqualTo(Migrations.ALL.size());
            assertThat(journal).isEqualToIgnoringCase("wal");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void a_database_of_the_previous_schema_is_upgraded_and_keeps_its_rows() throws Exception {
        Path file = folder.resolve("newsbot.db");
        try (StateDatabase v1 = StateDatabase.open(file, 1)) {
            new JdbcQuestionLog(v1).record(question("食堂几点开门？", false, Instant.parse("2026-11-01T08:00:00Z")));
            new JdbcSubscriptions(v1).subscribe("telegram", "42");
            assertThat(v1.inTransaction(Migrations::current)).isEqualTo(1);
            assertThatThrownBy(() -> new JdbcAnnouncements(v1).pending("telegram", 10)).isInstanceOf(StateException.class);
        }

        try (StateDatabase upgraded = StateDatabase.open(file)) {
            List<LoggedQuestion> logged = new ArrayList<>();
            new JdbcQuestionLog(upgraded).since(Instant.EPOCH, logged::add);

            assertThat(upgraded.inTransaction(Migrations::current)).isEqualTo(Migrations.ALL.size());
            assertThat(logged).extracting(LoggedQuestion::question).containsExactly("食堂几点开门？");
            assertThat(new JdbcSubscriptions(upgraded).chats("telegram")).containsExactly("42");
            assertThat(new JdbcAnnouncements(upgraded).latestIssue("issue-1", LocalDate.of(2026, 11, 1))).isZero();
        }
    }

    @Test
    void opening_again_applies_nothing_twice() throws Exception {
        Path file = folder.resolve("newsbot.db");
        StateDatabase.open(file).close();

        try (StateDatabase again = StateDatabase.open(file)) {
            long rows = again.inTransaction(connection -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM schema_version");
                     ResultSet result = select.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            });
            assertThat(rows).isEqualTo(Migrations.ALL.size());
        }
    }

    @Test
    void a_file_that_is_not_a_database_is_refused_with_one_message_that_says_how_to_recover() throws Exception {
        Path file = folder.resolve("newsbot.db");
        byte[] garbage = new byte[8192];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> StateDatabase.open(file))
                .isInstanceOf(StateUnavailableException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("damaged or not a database")
                .hasMessageContaining("answering goes on")
                .hasMessageContaining("mv " + file + " " + file + ".broken");
    }

    @Test
    void a_database_damaged_inside_is_found_at_open() throws Exception {
        Path file = folder.resolve("newsbot.db");
        try (StateDatabase database = StateDatabase.open(file)) {
            List<LoggedQuestion> many = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                many.add(question("问题 " + i + " 的内容足够长以便占满好几页数据库页面", i % 2 == 0, Instant.now()));
            }
            new JdbcQuestionLog(database).recordAll(many);
        } // closing the last connection moves the WAL into the file
        assertThat(folder.resolve("newsbot.db-wal")).doesNotExist();
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096 * 3; i < bytes.length - 4096; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A); // scribble over the pages after the schema
        }
        Files.write(file, bytes);

        assertThatThrownBy(() -> StateDatabase.open(file))
                .isInstanceOf(StateUnavailableException.class)
                .hasMessageContaining("damaged or not a database");
    }

    @Test
    void the_bot_state_over_a_damaged_file_is_off_with_the_reason() throws Exception {
        Path file = folder.resolve("newsbot.db");
        Files.writeString(file, "this is not sqlite, it is a note someone saved here\n".repeat(200));

        try (BotState state = BotState.open(file, true)) {
            assertThat(state.available()).isFalse();
            assertThat(state.logsQuestions()).isFalse();
            assertThat(state.problem()).get().asString().contains("damaged or not a database", "mv ");
        }
    }
}
