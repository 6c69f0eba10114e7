package com.newsbot.bot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one way the bot writes its own files (state, caches, logs, index folders): folders are created owner-only
 * ({@code 0700}) and refused when another user owns them; a file is written to a fresh temp file with a random name,
 * created exclusively and owner-only ({@code 0600}) and never through a link, then renamed over the target (a link
 * planted at the target is replaced, not followed).
 */
public final class SecureFiles {
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    /** Writes the content of a file being replaced. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SecureFiles() {
    }

    /**
     * {@code dir}, created (owner-only) with its missing parents when absent.
     *
     * @throws ForeignFolderException when the folder belongs to another user: keeping state there would let them
     *                                read or replace it
     * @throws IOException            when it cannot be created or is not a folder
     */
    public static Path ownedDirectory(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            try {
                Files.createDirectories(absolute, directoryAttribute());
            } catch (FileAlreadyExistsException e) {
                throw new IOException(absolute + " exists and is not a folder", e);
            }
        }
        requireOwnedByMe(absolute);
        return dir;
    }

    /**
     * Replaces {@code file} with what {@code content} writes, atomically where the file system allows: written to a
     * random, exclusively created, owner-only temp file beside it, then renamed over it. The folder is checked with
     * {@link #ownedDirectory}. The temp file is removed when anything fails.
     */
    public static void replace(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().normalize().getParent();
        ownedDirectory(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp", fileAttribute());
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** {@link #replace} with bytes. */
    public static void replace(Path file, byte[] bytes) throws IOException {
        replace(file, out -> out.write(bytes));
    }

    /** Creates {@code file} empty and owner-only when it does not exist (never through a link); existing files are kept. */
    public static void createOwnerOnly(Path file) throws IOException {
        ownedDirectory(file.toAbsolutePath().normalize().getParent());
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file + " is a symbolic link; refusing to write through it");
        }
        try {
            Files.createFile(file, fileAttribute());
        } catch (FileAlreadyExistsException e) {
            // kept as it is
        }
    }

    /** Thrown when a folder the bot would keep its files in belongs to another user. */
    public static final class ForeignFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        ForeignFolderException(String message) {
            super(message);
        }
    }

    private static void requireOwnedByMe(Path dir) throws IOException {
        Object owner = unixAttribute(dir, "unix:uid");
        Long me = currentUid();
        if (owner instanceof Integer uid && me != null && uid.longValue() != me) {
            throw new ForeignFolderException(dir + " belongs to another user (uid " + uid + ", you are uid " + me
                    + "); refusing to keep the bot's files there. Set NEWSBOT_HOME to a folder of your own.");
        }
    }

    private static Object unixAttribute(Path path, String attribute) {
        try {
            return Files.getAttribute(path, attribute);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return null;
        }
    }

    /** This process's user id, found as the owner of a file it creates; null where there are no Unix ids. */
    private static Long currentUid() {
        return CurrentUser.UID;
    }

    private static final class CurrentUser {
        static final Long UID = find();

        private static Long find() {
            try {
                Path probe = Files.createTempFile("newsbot-uid", ".probe");
                try {
                    Object uid = unixAttribute(probe, "unix:uid");
                    return uid instanceof Integer id ? id.longValue() : null;
                } finally {
                    Files.deleteIfExists(probe);
                }
            } catch (IOException e) {
                return null;
            }
        }
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] fileAttribute() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)} : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] directoryAttribute() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_DIR)} : new FileAttribute<?>[0];
    }
}
