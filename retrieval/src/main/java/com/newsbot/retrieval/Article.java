package com.newsbot.retrieval;

import java.util.List;
import java.util.Objects;

/**
 * One cleaned piece of an issue.
 *
 * @param id       stable id (same across runs and machines), at most 64 bytes of UTF-8 so it fits a
 *                 Telegram button's callback data
 * @param issueId  the issue it was printed in
 * @param ordinal  0-based position in the issue
 * @param kind     story or sidebar
 * @param kicker   the line above the headline (引题), or "" when none
 * @param title    the headline
 * @param subtitle the sub-headline (副题, "——…的故事"), or "" when none
 * @param column   the column it ran under (e.g. "奋进路上 奋斗有我"), or "" when none
 * @param author   byline or trailing author mark without decoration (e.g. "林芸", "上汽销售党委书记 李文红"), or ""
 * @param text     the body: paragraphs separated by a single '\n', page-layout breaks repaired
 * @param passages the body split for retrieval; offsets point into {@code text}
 */
public record Article(String id, String issueId, int ordinal, ArticleKind kind, String kicker, String title,
                      String subtitle, String column, String author, String text, List<Passage> passages) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(kind, "kind");
        kicker = kicker == null ? "" : kicker;
        title = Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        column = column == null ? "" : column;
        author = author == null ? "" : author;
        Objects.requireNonNull(text, "text");
        passages = List.copyOf(passages);
    }
}
