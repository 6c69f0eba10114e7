package com.newsbot.retrieval.read;

import java.util.List;

/** What a format parser found in one file: metadata it carried (front matter) and the articles in print order. */
record ParsedIssue(SidecarMetadata metadata, List<ArticleDraft> articles) {
    ParsedIssue {
        articles = List.copyOf(articles);
    }
}
