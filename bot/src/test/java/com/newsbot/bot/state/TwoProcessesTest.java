package com.newsbot.bot.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat and the bot as two processes writing to one database at the same time: nothing lost, nothing refused. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TwoProcessesTest {
    private static final int WRITES = 300;

    @TempDir
    Path folder;

    @Test
    void two_processes_write_to_one_database_at_once_and_every_row_arrives() throws Exception {
        Path file = folder.resolve("newsbot.db");
        StateDatabase.open(file).close();
        Path out = folder.resolve("child.out");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StateWriterProcess.class.getName(),
                file.toString(), Integer.toString(WRITES), "child")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();

        try (StateDatabase database = StateDatabase.open(file)) {
            JdbcQuestionLog log = new JdbcQuestionLog(database);
            for (int i = 0; i < WRITES; i++) {
                log.record(StateDatabaseTest.question("parent " + i, true, Instant.now()));
            }
            assertThat(child.waitFor(90, TimeUnit.SECONDS)).isTrue();
            String childOutput = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as(childOutput).isZero();
            assertThat(childOutput).contains("wrote " + WRITES);

            List<LoggedQuestion> all = new ArrayList<>();
            log.since(Instant.EPOCH, all::add);
            assertThat(all).hasSize(2 * WRITES);
            assertThat(all).filteredOn(q -> q.question().startsWith("child ")).hasSize(WRITES);
            assertThat(new JdbcVotes(database).since(Instant.EPOCH)).hasSize(WRITES);
        } finally {
            child.destroyForcibly();
        }
    }
}
