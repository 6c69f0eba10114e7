package com.newsbot.bot.feishu;

import com.newsbot.bot.SecureFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of the last {@link #DEFAULT_CAPACITY} handled events, in a file readable by its owner only:
 * each new id is appended; when the file holds twice the capacity it is rewritten with the newest ids
 * (a temporary file moved over it atomically). Feishu redelivers an unacknowledged event within hours,
 * so a bounded window of recent ids is enough. Thread-safe.
 */
final class FileEventIdStore implements EventIdStore {
    static final String FILE_NAME = "feishu-event-ids";
    static final int DEFAULT_CAPACITY = 20_000;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(FileEventIdStore.class);

    private final Path file;
    private final int capacity;
    private final LinkedHashSet<String> ids = new LinkedHashSet<>();
    private int linesInFile;

    private FileEventIdStore(Path file, int capacity) {
        this.file = file;
        this.capacity = capacity;
    }

    /** Opens the store in {@code stateDir} (created when missing), reading the ids already there. */
    static FileEventIdStore open(Path stateDir) throws IOException {
        return open(stateDir, DEFAULT_CAPACITY);
    }

    static FileEventIdStore open(Path stateDir, int capacity) throws IOException {
        SecureFiles.ownedDirectory(stateDir);
        FileEventIdStore store = new FileEventIdStore(stateDir.resolve(FILE_NAME), capacity);
        store.load();
        return store;
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            createOwnerOnly(file);
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            String id = line.strip();
            if (!id.isEmpty()) {
                ids.remove(id);
                ids.add(id);
            }
        }
        linesInFile = lines.size();
        trimMemory();
    }

    @Override
    public synchronized boolean markNew(String eventId) throws IOException {
        String id = eventId.strip().replace("\n", "").replace("\r", "");
        if (id.isEmpty() || ids.contains(id)) {
            return false;
        }
        ids.add(id);
        trimMemory();
        if (linesInFile >= 2 * capacity) {
            rewrite();
        } else {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    LinkOption.NOFOLLOW_LINKS)) {
                out.write((id + "\n").getBytes(StandardCharsets.UTF_8));
            }
            linesInFile++;
        }
        return true;
    }

    private void trimMemory() {
        Iterator<String> oldest = ids.iterator();
        while (ids.size() > capacity && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Writes the remembered ids over the store through {@link SecureFiles} (random temp name, no link followed). */
    private void rewrite() throws IOException {
        List<String> newest = new ArrayList<>(ids);
        SecureFiles.replace(file, out -> {
            for (String id : newest) {
                out.write((id + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        linesInFile = ids.size();
        log.debug("Rewrote {} with the newest {} event ids", file, ids.size());
    }

    private static void createOwnerOnly(Path path) throws IOException {
        try {
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException e) {
            // another writer made it first; the append below still works
        }
    }

    @Override
    public void close() {
        // every id is written when it is marked; nothing is buffered
    }
}
