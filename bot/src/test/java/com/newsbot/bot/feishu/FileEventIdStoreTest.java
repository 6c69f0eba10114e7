package com.newsbot.bot.feishu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class FileEventIdStoreTest {
    @TempDir
    Path state;

    @Test
    void an_id_is_new_once_also_after_reopening() throws Exception {
        try (FileEventIdStore store = FileEventIdStore.open(state)) {
            assertThat(store.markNew("ev-1")).isTrue();
            assertThat(store.markNew("ev-1")).isFalse();
            assertThat(store.markNew("ev-2")).isTrue();
        }

        try (FileEventIdStore reopened = FileEventIdStore.open(state)) {
            assertThat(reopened.markNew("ev-1")).isFalse();
            assertThat(reopened.markNew("ev-2")).isFalse();
            assertThat(reopened.markNew("ev-3")).isTrue();
        }
    }

    @Test
    void the_file_is_readable_by_its_owner_only() throws Exception {
        try (FileEventIdStore store = FileEventIdStore.open(state)) {
            store.markNew("ev-1");
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve(FileEventIdStore.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void the_file_is_rewritten_with_the_newest_ids_and_stays_bounded() throws Exception {
        try (FileEventIdStore store = FileEventIdStore.open(state, 10)) {
            for (int i = 0; i < 55; i++) {
                assertThat(store.markNew("ev-" + i)).isTrue();
            }
        }

        Path file = state.resolve(FileEventIdStore.FILE_NAME);
        assertThat(Files.readAllLines(file).size()).isLessThanOrEqualTo(20);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.exists(state.resolve(FileEventIdStore.FILE_NAME + ".tmp"))).isFalse();
        try (FileEventIdStore reopened = FileEventIdStore.open(state, 10)) {
            assertThat(reopened.markNew("ev-54")).isFalse();
            assertThat(reopened.markNew("ev-45")).isFalse();
        }
    }
}
