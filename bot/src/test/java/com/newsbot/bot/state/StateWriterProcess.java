package com.newsbot.bot.state;

import java.nio.file.Path;
import java.time.Instant;

/** A second process writing to the same state database: {@code StateWriterProcess DB_FILE COUNT NAME}. */
final class StateWriterProcess {
    private StateWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        try (StateDatabase database = StateDatabase.open(Path.of(args[0]))) {
            JdbcQuestionLog log = new JdbcQuestionLog(database);
            JdbcVotes votes = new JdbcVotes(database);
            for (int i = 0; i < count; i++) {
                log.record(StateDatabaseTest.question(args[2] + " " + i, i % 3 != 0, Instant.now()));
                votes.record(new Vote(args[2] + "-" + i, "user", i % 2 == 0, "q", "a", "extractive",
                        java.util.List.of(), args[2], Instant.now()));
            }
        }
        System.out.println("wrote " + count);
    }
}
