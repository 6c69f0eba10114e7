package com.newsbot.retrieval.read;

import com.newsbot.retrieval.ArticleKind;

import java.util.List;

/** An article as a parser rebuilt it, before it gets its id and passages. Paragraphs are trimmed and non-empty. */
record ArticleDraft(ArticleKind kind, String kicker, String title, String subtitle, String column, String author,
                    List<String> paragraphs) {
    ArticleDraft {
        paragraphs = List.copyOf(paragraphs);
    }

    String text() {
        return String.join("\n", paragraphs);
    }
}
