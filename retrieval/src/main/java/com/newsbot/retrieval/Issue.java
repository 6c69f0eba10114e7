package com.newsbot.retrieval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One issue of the paper, read from one file in the seeds directory.
 *
 * @param id          the file name without extension, unless a sidecar says otherwise
 * @param name        the issue's name (front matter / sidecar {@code name}), or "" when unknown
 * @param number      the issue number as printed, or "" when unknown
 * @param date        the issue date: sidecar, front matter, or inferred from the text; null when none can be found
 * @param url         where the issue is published, or ""
 * @param source      the file it was read from, as given to the reader (e.g. {@code seeds/000_….txt})
 * @param contentHash hex SHA-256 of the file's bytes (and its sidecar's), for incremental indexing
 * @param articles    the pieces of the issue in print order
 */
public record Issue(String id, String name, String number, LocalDate date, String url, String source,
                    String contentHash, List<Article> articles) {
    public Issue {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        number = number == null ? "" : number;
        url = url == null ? "" : url;
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentHash, "contentHash");
        articles = List.copyOf(articles);
    }
}
