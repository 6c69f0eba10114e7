package com.newsbot.retrieval;

/** What a piece of an issue is: a story, or a sidebar (微评, 短评…) printed inside or beside one. */
public enum ArticleKind {
    STORY,
    SIDEBAR
}
