package com.newsbot.retrieval.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Article ids: stable across runs and machines, ASCII {@code [A-Za-z0-9_-]} only and at most 64 bytes,
 * so they fit a Telegram button's callback data.
 *
 * <ul>
 *   <li>{@code <issueId>-<nn>} when the issue id is 1–48 characters of {@code [A-Za-z0-9_-]}, e.g.
 *       {@code 000_ca8ae608e85ef6a0-01};</li>
 *   <li>otherwise {@code i<first 16 hex digits of SHA-256(issueId as UTF-8)>-<nn>}, e.g. for {@code 上汽报第5期}.</li>
 * </ul>
 * {@code nn} is the article's 1-based position in the issue, at least two digits ({@code 01}, {@code 02}, …
 * {@code 99}, {@code 100}). The same file read twice gives the same ids; ids of different issues never collide
 * unless two issue ids hash alike in 64 bits.
 */
final class ArticleIdScheme {
    static final int MAX_PLAIN_ISSUE_ID = 48;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_PLAIN_ISSUE_ID + "}");

    /** The id of the article at {@code ordinal} (0-based) in issue {@code issueId}. */
    String articleId(String issueId, int ordinal) {
        return prefix(issueId) + "-" + String.format(Locale.ROOT, "%02d", ordinal + 1);
    }

    private static String prefix(String issueId) {
        if (SAFE.matcher(issueId).matches()) {
            return issueId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(issueId.getBytes(StandardCharsets.UTF_8));
            return "i" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
