package com.newsbot.bot.chat;

import java.util.Objects;

/** A way to open an article: a label for people and the id of the article it opens. */
public record Button(String label, String articleId) {
    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(articleId, "articleId");
    }
}
