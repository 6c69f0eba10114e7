package com.newsbot.retrieval.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * The seeds folder as a trust boundary: a file is read only when it is a regular file, not a symbolic link, and its
 * real path lies in the folder it was listed from; it is opened without following a link, so a file swapped for a
 * link after the check is refused too.
 */
final class SeedFolder {
    private SeedFolder() {
    }

    /** Whether {@code file} is a regular file, not a link, whose real path is inside its (real) folder. */
    static boolean isPlainFile(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return false;
        }
        try {
            Path real = file.toRealPath();
            return real.getParent() != null && real.getParent().equals(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** All bytes of {@code file}, opened with {@code O_NOFOLLOW}: a link in its place fails instead of being read. */
    static byte[] readWithoutFollowingLinks(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
             InputStream in = Channels.newInputStream(channel)) {
            return in.readAllBytes();
        }
    }
}
