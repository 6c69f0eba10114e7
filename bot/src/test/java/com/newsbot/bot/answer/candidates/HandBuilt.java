package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.bot.answer.retrieve.TermWeights;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleKind;

import java.time.LocalDate;
import java.util.List;

/** Articles and retrieval results built by hand, for testing one stage of answering without an index. */
public final class HandBuilt {
    private HandBuilt() {
    }

    /** A story of issue {@code issueId} with a headline and a body. */
    public static Article article(String id, String issueId, String title, String text) {
        return new Article(id, issueId, 1, ArticleKind.STORY, "", title, "", "", "本报记者", text, List.of());
    }

    /** Retrieval's {@code rank}-th passage: the start of {@code article}, of an issue of {@code date}. */
    public static Evidence evidence(Article article, LocalDate date, int rank) {
        String text = article.text();
        int end = Math.min(text.length(), 40);
        return new Evidence(rank, text.substring(0, end), 0, end, article.id(), article.issueId(), "厂报", date,
                article.title(), article.author(), "story", "seeds/" + article.issueId() + ".md", 1.0, 1.0, 0.0);
    }

    /** A reading of {@code article} for {@code asked}, as retrieval's {@code rank}-th article (uniform word weights). */
    public static ArticleReader.Reading read(Asked asked, Article article, LocalDate date, int rank) {
        return reader().read(asked, evidence(article, date, rank), article, rank);
    }

    /** A reader with every word weighing the same and no paper behind it (it reads the articles it is handed). */
    public static ArticleReader reader() {
        return new ArticleReader(TermWeights.UNIFORM, null);
    }
}
