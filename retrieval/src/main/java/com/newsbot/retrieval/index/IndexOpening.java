package com.newsbot.retrieval.index;

import com.newsbot.retrieval.IndexLockedException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opening the index's writer and searchers: an index locked by another process is refused with an
 * {@link IndexLockedException}, one that cannot be read (corrupt, written by another Lucene) is rebuilt empty.
 */
final class IndexOpening {

    private static final Logger log = LoggerFactory.getLogger(IndexOpening.class);

    /** The writer and the searchers over it; the caller owns both. */
    record Writable(IndexWriter writer, SearcherManager searchers) {
    }

    private IndexOpening() {
    }

    static Writable openWritable(Path indexDir, Directory directory, Analyzer analyzer) throws IOException {
        IndexWriter writer = null;
        SearcherManager searchers = null;
        try {
            writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
            return new Writable(writer, searchers);
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(indexDir, "the index at " + indexDir
                    + " is locked: another newsbot process is using it (" + e.getMessage() + ")", e);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                 | EOFException | NoSuchFileException e) {
            log.warn("The index at {} cannot be opened ({}); rebuilding it from scratch", indexDir, e.toString());
            closeQuietly(searchers, e);
            closeQuietly(writer, e);
            deleteIndexFiles(directory);
            writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
            try {
                writer.commit();
                return new Writable(writer, new SearcherManager(writer, null));
            } catch (IOException | RuntimeException again) {
                closeQuietly(writer, again);
                throw again;
            }
        }
    }

    /** Deletes Lucene's files (segments and codec files) from {@code directory}, and nothing else. */
    private static void deleteIndexFiles(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            if (file.startsWith(IndexFileNames.SEGMENTS) || file.startsWith(IndexFileNames.PENDING_SEGMENTS)
                    || IndexFileNames.CODEC_FILE_PATTERN.matcher(file).matches()) {
                directory.deleteFile(file);
            }
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(64);
    }

    static void closeQuietly(Closeable closeable, Exception cause) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
