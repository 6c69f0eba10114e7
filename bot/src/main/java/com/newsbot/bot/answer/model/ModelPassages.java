package com.newsbot.bot.answer.model;

import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.retrieve.Evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * What a model is shown of the paper for a question ({@link AnswerComposer}): a window around the best sentence of each
 * of the best-read articles, then retrieval's passages. Stateless.
 */
public final class ModelPassages {
    /** Passages a model is shown. */
    public static final int MODEL_PASSAGES = 6;
    /** Best-read articles whose best sentences a model is shown first. */
    static final int MODEL_ARTICLES = 3;
    /** Longest window around the best sentence of the second and third best-read articles shown to a model. */
    static final int MODEL_WINDOW = 400;
    /** Longest window around the best sentence of the best-read article shown to a model (most of a news story). */
    static final int MODEL_FIRST_WINDOW = 1200;

    private ModelPassages() {
    }

    /**
     * What a model is shown: around the best sentence of each of the best-read articles (its headline as the title),
     * then retrieval's passages, at most {@value #MODEL_PASSAGES}, each article's text once.
     */
    public static List<Evidence> of(List<ArticleReader.Reading> readings, List<Evidence> evidences) {
        List<Evidence> out = new ArrayList<>();
        java.util.Set<String> articles = new java.util.HashSet<>();
        for (ArticleReader.Reading r : readings) {
            if (out.size() >= MODEL_ARTICLES) {
                break;
            }
            out.add(window(r, out.size(), out.isEmpty() ? MODEL_FIRST_WINDOW : MODEL_WINDOW));
            articles.add(r.article().id());
        }
        for (Evidence e : evidences) {
            if (out.size() >= MODEL_PASSAGES) {
                break;
            }
            if (!articles.contains(e.articleId())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The best sentence of a reading with the sentences around it, as a passage of its article. */
    private static Evidence window(ArticleReader.Reading r, int rank, int budget) {
        List<ArticleReader.Unit> units = r.units();
        String text = r.article().text();
        int start = 0;
        int end = 0;
        if (units.size() > 1) {
            int at = Math.max(1, units.indexOf(r.best()));
            int from = at;
            int to = at;
            boolean grew = true;
            while (grew) { // the best sentence, then its neighbours on both sides while the budget lasts
                grew = false;
                if (from > 1 && units.get(to).end() - units.get(from - 1).start() <= budget) {
                    from--;
                    grew = true;
                }
                if (to + 1 < units.size() && units.get(to + 1).end() - units.get(from).start() <= budget) {
                    to++;
                    grew = true;
                }
            }
            start = units.get(from).start();
            end = units.get(to).end();
        }
        Evidence e = r.evidence();
        return new Evidence(rank, text.substring(start, end), start, end, e.articleId(), e.issueId(), e.issueName(),
                e.date(), e.title(), e.author(), e.kind(), e.source(), e.score(), e.lexicalScore(), e.denseScore());
    }
}
