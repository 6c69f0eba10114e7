package com.newsbot.bot.telegram;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OffsetStoreTest {
    @TempDir
    Path dir;

    @Test
    void the_last_handled_update_survives_a_restart() throws Exception {
        OffsetStore.open(dir.resolve("state")).markHandled(41);

        assertThat(OffsetStore.open(dir.resolve("state")).lastHandled()).isEqualTo(41);
    }

    @Test
    void never_moves_backwards() throws Exception {
        OffsetStore store = OffsetStore.open(dir);
        store.markHandled(10);

        store.markHandled(7);

        assertThat(store.lastHandled()).isEqualTo(10);
        assertThat(OffsetStore.open(dir).lastHandled()).isEqualTo(10);
    }

    @Test
    void an_id_older_than_telegram_keeps_its_numbering_is_not_trusted() throws Exception {
        OffsetStore.open(dir).markHandled(99);
        Path file = dir.resolve(OffsetStore.FILE_NAME);

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(8))));

        assertThat(OffsetStore.open(dir).lastHandled()).isZero();
    }

    @Test
    void a_damaged_file_counts_as_nothing_handled() throws Exception {
        Files.writeString(dir.resolve(OffsetStore.FILE_NAME), "garbage");

        assertThat(OffsetStore.open(dir).lastHandled()).isZero();
    }
}
