package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.Citation;

import java.util.Optional;

/**
 * One turn of a conversation as remembered: what was asked, the question as answered once the conversation's context
 * was read into it (the standalone question), the answer, and whether it was a whole issue's summary (its citations are
 * the issue's articles, in the order listed).
 */
record Said(String asked, String standalone, Answer answer, boolean summary) {
    /**
     * The related articles of a "not covered" answer are kept by id, headline and issue only (what a follow-up is
     * scoped to), never with their text: memory holds no article text.
     */
    Said {
        if (answer != null && !answer.related().isEmpty()) {
            java.util.List<com.newsbot.retrieval.ArticleHit> light = new java.util.ArrayList<>();
            for (com.newsbot.retrieval.ArticleHit h : answer.related()) {
                com.newsbot.retrieval.Article a = h.article();
                light.add(new com.newsbot.retrieval.ArticleHit(new com.newsbot.retrieval.Article(a.id(), a.issueId(),
                        a.ordinal(), a.kind(), a.kicker(), a.title(), a.subtitle(), a.column(), a.author(), "",
                        java.util.List.of()), h.score(), null));
            }
            answer = new Answer(answer.question(), answer.found(), answer.text(), answer.mode(), answer.citations(), light,
                    answer.latencyMs(), answer.shortAnswer());
        }
    }

    /** A summary's quotes are kept this long: enough to say what a listed story is about. */
    static final int SUMMARY_QUOTE = 100;

    /**
     * A whole issue's summary as remembered, bounded like the list last shown: its first {@link ListedItems#MAX_ITEMS}
     * articles, each quote clipped, without the reply's text (a summary of 400 articles is not kept per chat).
     */
    static Said summary(String asked, Answer answer) {
        java.util.List<com.newsbot.bot.answer.Citation> kept = new java.util.ArrayList<>();
        for (Citation c : answer.citations()) {
            if (kept.size() >= ListedItems.MAX_ITEMS) {
                break;
            }
            String quote = c.quote() == null ? "" : ReplyRenderer.shorten(c.quote(), SUMMARY_QUOTE);
            kept.add(new Citation(c.n(), c.issueId(), c.issueName(), c.date(), c.articleId(), c.title(), c.author(),
                    quote, c.start(), c.end(), c.source()));
        }
        return new Said(asked, asked, new Answer(answer.question(), answer.found(), "", answer.mode(), kept, java.util.List.of(),
                answer.latencyMs(), answer.shortAnswer()), true);
    }

    /** Whether this turn's answer came from articles of the paper (a summary's articles count too). */
    boolean found() {
        return answer != null && answer.found() && !answer.citations().isEmpty();
    }

    /** The article this turn's answer used first, if it used any (a summary's: none). */
    Optional<Citation> cited() {
        return found() && !summary ? Optional.of(answer.citations().get(0)) : Optional.empty();
    }
}
