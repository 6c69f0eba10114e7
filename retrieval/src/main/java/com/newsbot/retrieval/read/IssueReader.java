package com.newsbot.retrieval.read;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ControlCharacters;
import com.newsbot.retrieval.Issue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The front door of reading: turns files in the seeds directory into clean issues.
 * Raw newspaper text ({@code .txt}) and structured Markdown ({@code .md}); an optional sidecar
 * {@code NAME.properties} supplies metadata.
 *
 * <ul>
 *   <li>Encoding: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030/GBK; all strict.</li>
 *   <li>Metadata: the sidecar ({@code id}, {@code name}, {@code date}, {@code number}, {@code url}) wins over
 *       Markdown front matter; without a date the latest {@code M月D日} in the text with its nearest stated year is
 *       used; without an id the file name without extension is the issue id.</li>
 *   <li>Articles: raw text is rebuilt from the page layout (headlines, kickers, columns, bylines, sidebars,
 *       paragraphs cut by layout); Markdown gives them directly. {@link Article#text()} is the paragraphs, each
 *       trimmed, joined by one {@code '\n'}. Articles without text are left out.</li>
 *   <li>Article ids are stable, ASCII {@code [A-Za-z0-9_-]} and at most 64 bytes (a Telegram callback):
 *       {@code <issueId>-<nn>} when the issue id is 1–48 characters of {@code [A-Za-z0-9_-]}
 *       (e.g. {@code 000_ca8ae608e85ef6a0-01}), else {@code i<first 16 hex digits of SHA-256(issueId)>-<nn>};
 *       {@code nn} is the 1-based position in the issue, at least two digits.</li>
 *   <li>Passages: sentence boundaries (never inside a number, quotation or bracket), about 200–350 characters,
 *       one sentence shared by consecutive passages, exact offsets into the article text.</li>
 *   <li>{@link Issue#contentHash()} is the hex SHA-256 of the file's bytes followed by its sidecar's.</li>
 *   <li>The seeds folder is a trust boundary: only regular files that are not symbolic links and lie inside the
 *       folder are read, sidecars too ({@link SeedFolder}); control characters other than newline and tab are
 *       removed from the text, the sidecar's values and the file name ({@link ControlCharacters}).</li>
 * </ul>
 * Thread-safe: it holds no state between reads (only the last "skipped" line, so it is logged once).
 */
public final class IssueReader {
    private static final Logger LOG = LoggerFactory.getLogger(IssueReader.class);

    private final TextDecoder decoder;
    private final RawTextParser rawParser;
    private final MarkdownIssueParser markdownParser;
    private final IssueDateInference dates;
    private final PassageSplitter passages;
    private final ArticleIdScheme ids;
    private final AtomicReference<String> lastSkipped = new AtomicReference<>("");

    /** A reader with the default parsers. */
    public IssueReader() {
        this(new TextDecoder(), defaultRawParser(), new MarkdownIssueParser(), new IssueDateInference(),
                new PassageSplitter(), new ArticleIdScheme());
    }

    private static RawTextParser defaultRawParser() {
        BylineParser bylines = new BylineParser();
        return new RawTextParser(new LineClassifier(bylines), bylines, new HeadlineAssigner(), new ParagraphJoiner());
    }

    IssueReader(TextDecoder decoder, RawTextParser rawParser, MarkdownIssueParser markdownParser,
                IssueDateInference dates, PassageSplitter passages, ArticleIdScheme ids) {
        this.decoder = decoder;
        this.rawParser = rawParser;
        this.markdownParser = markdownParser;
        this.dates = dates;
        this.passages = passages;
        this.ids = ids;
    }

    /**
     * The issue files in {@code seedsDir}: regular {@code .txt} and {@code .md} files, sorted by name; hidden files,
     * sidecars and other extensions are left out. Symbolic links (and a sidecar that is one) are skipped and named
     * on one warning line, logged when that list changes.
     */
    public List<Path> list(Path seedsDir) throws IOException {
        List<Path> listed;
        try (Stream<Path> files = Files.list(seedsDir)) {
            listed = files.sorted(Comparator.comparing(file -> file.getFileName().toString())).toList();
        }
        List<Path> issues = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : listed) {
            String name = file.getFileName().toString();
            boolean issue = IssueFiles.formatOf(file) != null;
            if (!issue && !name.endsWith(SidecarMetadata.EXTENSION)) {
                continue;
            }
            if (!SeedFolder.isPlainFile(file)) {
                if (Files.isSymbolicLink(file) || Files.exists(file)) {
                    skipped.add(ControlCharacters.oneLine(name));
                }
                continue;
            }
            if (issue) {
                issues.add(file);
            }
        }
        String line = String.join(", ", skipped);
        if (!line.equals(lastSkipped.getAndSet(line)) && !skipped.isEmpty()) {
            LOG.warn("{}: skipping {} file(s) that are links or not regular files inside the folder: {}",
                    ControlCharacters.oneLine(seedsDir.toString()), skipped.size(), line);
        }
        return issues;
    }

    /**
     * Reads one file (and its sidecar, if any).
     *
     * @throws UnreadableIssueException when the file is missing, not an issue file, empty, binary, in an unknown
     *                                  encoding or holds no article; the message is one line naming the file
     */
    public Issue read(Path file) throws UnreadableIssueException {
        IssueFiles.Format format = IssueFiles.formatOf(file);
        if (format == null) {
            throw new UnreadableIssueException(file, "not an issue file (expected .txt or .md)");
        }
        requirePlainFile(file);
        FileState before = FileState.of(file);
        byte[] bytes = readBytes(file, file);
        Path sidecarFile = SidecarMetadata.sidecarOf(file);
        byte[] sidecarBytes = sidecarBytes(file, sidecarFile);
        SidecarMetadata sidecar = sidecar(file, sidecarFile, sidecarBytes);

        String text = ControlCharacters.strip(decoder.decode(file, bytes));
        ParsedIssue parsed = format == IssueFiles.Format.MARKDOWN ? markdownParser.parse(text) : rawParser.parse(text);
        SidecarMetadata metadata = sidecar.orElse(parsed.metadata());
        String issueId = metadata.id().isEmpty() ? SidecarMetadata.oneLine(IssueFiles.baseName(file)) : metadata.id();
        LocalDate date = date(file, metadata, text);

        List<Article> articles = new ArrayList<>();
        for (ArticleDraft draft : parsed.articles()) {
            String body = draft.text();
            if (body.isBlank()) {
                LOG.debug("{}: skipping '{}', it has no text", file, draft.title());
                continue;
            }
            String id = ids.articleId(issueId, articles.size());
            articles.add(new Article(id, issueId, articles.size(), draft.kind(), draft.kicker(), draft.title(),
                    draft.subtitle(), draft.column(), draft.author(), body, passages.split(id, body)));
        }
        FileState after = FileState.of(file);
        if (before == null || !before.equals(after) || before.size() != bytes.length) {
            throw new UnreadableIssueException(file, "changed while being read (still being written?); "
                    + "it is read again on the next update");
        }
        if (articles.isEmpty()) {
            throw new UnreadableIssueException(file, format == IssueFiles.Format.MARKDOWN
                    ? "no articles found (expected '## ' headlines followed by text)" : "no articles found");
        }
        return new Issue(issueId, metadata.name(), metadata.number(), date, metadata.url(),
                ControlCharacters.oneLine(file.toString()),
                sha256(bytes, sidecarBytes), articles);
    }

    /**
     * The {@link Issue#contentHash()} that {@link #read} would give {@code file}, without decoding or parsing it:
     * cheap enough to check every file on every start.
     *
     * @throws UnreadableIssueException when the file or its sidecar cannot be read
     */
    public String contentHash(Path file) throws UnreadableIssueException {
        requirePlainFile(file);
        byte[] bytes = readBytes(file, file);
        Path sidecarFile = SidecarMetadata.sidecarOf(file);
        return sha256(bytes, sidecarBytes(file, sidecarFile));
    }

    private static void requirePlainFile(Path file) throws UnreadableIssueException {
        if (Files.isSymbolicLink(file)) {
            throw new UnreadableIssueException(file, "a symbolic link; only regular files inside the seeds folder are read");
        }
        if (!SeedFolder.isPlainFile(file) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnreadableIssueException(file, "not a regular file inside the seeds folder");
        }
    }

    /** The sidecar's bytes; none when there is no sidecar or it is a link or not a regular file (never followed). */
    private static byte[] sidecarBytes(Path file, Path sidecarFile) throws UnreadableIssueException {
        if (!Files.exists(sidecarFile, LinkOption.NOFOLLOW_LINKS)) {
            return new byte[0];
        }
        if (!SeedFolder.isPlainFile(sidecarFile)) {
            LOG.debug("{}: ignoring sidecar {}, a link or not a regular file", file, sidecarFile.getFileName());
            return new byte[0];
        }
        return readBytes(file, sidecarFile);
    }

    /** Size and modification time of a file, to notice it changing while it is read; null when it cannot be seen. */
    private record FileState(long size, java.nio.file.attribute.FileTime modified) {
        static FileState of(Path file) {
            try {
                return new FileState(Files.size(file), Files.getLastModifiedTime(file));
            } catch (IOException e) {
                return null;
            }
        }
    }

    private static byte[] readBytes(Path file, Path which) throws UnreadableIssueException {
        try {
            return SeedFolder.readWithoutFollowingLinks(which);
        } catch (NoSuchFileException e) {
            throw new UnreadableIssueException(file, which.equals(file) ? "no such file" : "sidecar vanished: " + which);
        } catch (IOException e) {
            throw new UnreadableIssueException(file, "cannot read " + (which.equals(file) ? "the file" : which)
                    + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static SidecarMetadata sidecar(Path file, Path sidecarFile, byte[] bytes) throws UnreadableIssueException {
        if (bytes.length == 0) {
            return SidecarMetadata.NONE;
        }
        try {
            return SidecarMetadata.parse(bytes);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableIssueException(file, "bad sidecar " + sidecarFile.getFileName() + " (" + e.getMessage() + ")");
        }
    }

    private LocalDate date(Path file, SidecarMetadata metadata, String text) {
        if (!metadata.date().isEmpty()) {
            try {
                return LocalDate.parse(metadata.date());
            } catch (DateTimeParseException e) {
                LOG.warn("{}: date '{}' is not YYYY-MM-DD, inferring it from the text",
                        ControlCharacters.oneLine(file.toString()), metadata.date());
            }
        }
        return dates.infer(text);
    }

    private static String sha256(byte[] bytes, byte[] sidecarBytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            digest.update(sidecarBytes);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

}
