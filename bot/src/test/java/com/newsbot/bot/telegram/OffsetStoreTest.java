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

    /** Issue 15, finding 6: the offset was written through the fixed name telegram-last-update-id.tmp, following a link there. */
    @Test
    void links_planted_at_the_old_temp_name_or_the_file_itself_are_never_written_through() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim"), "precious");
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.createSymbolicLink(state.resolve(OffsetStore.FILE_NAME + ".tmp"), victim);
        Files.createSymbolicLink(state.resolve(OffsetStore.FILE_NAME), victim);

        OffsetStore.open(state).markHandled(42);

        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(state.resolve(OffsetStore.FILE_NAME))).isFalse();
        assertThat(OffsetStore.open(state).lastHandled()).isEqualTo(42);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve(OffsetStore.FILE_NAME))))
                .isEqualTo("rw-------");
    }
}
