package com.newsbot.bot.answer.retrieve;

import dev.langchain4j.rag.content.Content;

import java.util.ArrayList;
import java.util.List;

/** Retrieval's contents as the answer path reads them: typed passages, the preferred article's first, headlines as cited. */
public final class Evidences {
    private final Headlines headlines;

    public Evidences(Headlines headlines) {
        this.headlines = headlines;
    }

    public List<Evidence> of(List<Content> contents, String preferredArticle) {
        List<Content> ordered = new ArrayList<>(contents.size());
        if (!preferredArticle.isEmpty()) {
            for (Content c : contents) {
                if (preferredArticle.equals(c.textSegment().metadata().getString(com.newsbot.retrieval.ContentKeys.ARTICLE_ID))) {
                    ordered.add(c);
                }
            }
        }
        for (Content c : contents) {
            if (!ordered.contains(c)) {
                ordered.add(c);
            }
        }
        List<Evidence> out = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Evidence e = Evidence.from(ordered.get(i), i);
            out.add(e.withTitle(headlines.of(e.articleId(), e.title())));
        }
        return out;
    }
}
