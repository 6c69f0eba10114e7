package com.newsbot.bot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Issue 15, finding 6: state files were written through a fixed temp name that followed links, with loose permissions. */
class SecureFilesTest {
    @TempDir
    Path temp;

    @Test
    void aLinkPlantedAtTheTargetIsReplacedNotFollowed() throws Exception {
        Path victim = Files.writeString(temp.resolve("victim"), "precious", StandardCharsets.UTF_8);
        Path state = Files.createDirectories(temp.resolve("state"));
        Path target = Files.createSymbolicLink(state.resolve("offset"), victim);

        SecureFiles.replace(target, "42\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(target)).isFalse();
        assertThat(Files.readString(target)).isEqualTo("42\n");
    }

    @Test
    void filesAreOwnerOnlyAndNoTempFileIsLeft() throws Exception {
        Path target = temp.resolve("new-folder").resolve("deeper").resolve("stats");

        SecureFiles.replace(target, "x".getBytes(StandardCharsets.UTF_8));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("new-folder")))).isEqualTo("rwx------");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTempFile() throws Exception {
        Path target = Files.writeString(temp.resolve("stats"), "old", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SecureFiles.replace(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new java.io.IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFolderOwnedByAnotherUserIsRefusedWithAClearMessage() throws Exception {
        Path foreign = Files.createDirectories(temp.resolve("someone-elses"));
        assumeThat(canChown(foreign)).as("only root can give a folder to another user").isTrue();

        assertThatThrownBy(() -> SecureFiles.ownedDirectory(foreign))
                .isInstanceOf(SecureFiles.ForeignFolderException.class)
                .hasMessageContaining(foreign.toString()).hasMessageContaining("another user").hasMessageContaining("NEWSBOT_HOME");
        assertThatThrownBy(() -> SecureFiles.replace(foreign.resolve("state"), new byte[] {1}))
                .isInstanceOf(SecureFiles.ForeignFolderException.class);
        assertThat(foreign.resolve("state")).doesNotExist();
    }

    @Test
    void ownerOnlyFileIsCreatedOnceAndNeverThroughALink() throws Exception {
        Path log = temp.resolve("logs").resolve("newsbot.log");

        SecureFiles.createOwnerOnly(log);
        Files.writeString(log, "kept");
        SecureFiles.createOwnerOnly(log);

        assertThat(Files.readString(log)).isEqualTo("kept");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
        Path link = Files.createSymbolicLink(temp.resolve("logs").resolve("linked.log"), temp.resolve("elsewhere"));
        assertThatThrownBy(() -> SecureFiles.createOwnerOnly(link)).hasMessageContaining("symbolic link");
        assertThat(temp.resolve("elsewhere")).doesNotExist();
    }

    /** Gives {@code dir} to uid 4242 when this process may (root); false otherwise. */
    static boolean canChown(Path dir) {
        try {
            Files.setAttribute(dir, "unix:uid", 4242, LinkOption.NOFOLLOW_LINKS);
            return (Integer) Files.getAttribute(dir, "unix:uid") == 4242;
        } catch (Exception e) {
            return false;
        }
    }
}
