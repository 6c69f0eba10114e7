package com.newsbot.retrieval.index;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.Passage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.TermQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of the index: one document per issue, per article and per passage, all carrying the
 * issue id so that an issue is replaced or removed with one delete. Articles and issues are stored
 * in full, so the bot never re-reads the seeds to answer; passages are the searchable unit.
 */
final class IndexSchema {

    static final String TYPE = "type";
    static final String TYPE_ISSUE = "issue";
    static final String TYPE_ARTICLE = "article";
    static final String TYPE_PASSAGE = "passage";

    static final String ISSUE_ID = "issue_id";
    static final String ARTICLE_ID = "article_id";
    static final String PASSAGE_ID = "passage_id";

    // issue
    static final String ISSUE_NAME = "issue_name";
    static final String ISSUE_NUMBER = "issue_number";
    static final String ISSUE_DATE = "issue_date";
    static final String ISSUE_URL = "issue_url";
    static final String ISSUE_SOURCE = "issue_source";
    static final String ISSUE_HASH = "issue_hash";
    /** "1" when the issue's passages were indexed with vectors. */
    static final String ISSUE_VECTORS = "issue_vectors";

    // article (and copied onto passages for display)
    static final String ORDINAL = "ordinal";
    static final String KIND = "kind";
    static final String KICKER = "kicker";
    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    static final String COLUMN = "column";
    static final String AUTHOR = "author";
    static final String TEXT = "text";
    /** Passage offsets of an article: "start:end" joined by ';'. */
    static final String PASSAGE_OFFSETS = "passage_offsets";

    // passage
    static final String START = "start";
    static final String END = "end";
    static final String BODY_WORDS = "body_words";
    static final String BODY_BIGRAMS = "body_bigrams";
    static final String TITLE_WORDS = "title_words";
    static final String TITLE_BIGRAMS = "title_bigrams";
    static final String VECTOR = "vector";
    static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

    private IndexSchema() {
    }

    static Term issueTerm(String issueId) {
        return new Term(ISSUE_ID, issueId);
    }

    static TermQuery typeQuery(String type) {
        return new TermQuery(new Term(TYPE, type));
    }

    static String passageId(Passage passage) {
        return passage.articleId() + "#" + passage.ordinal();
    }

    /** The headline text a passage is also found by: kicker, title, subtitle and column. */
    static String headline(Article article) {
        return String.join("\n", article.kicker(), article.title(), article.subtitle(), article.column()).strip();
    }

    /** The text a passage is embedded as: its article's title, then the passage. */
    static String embeddingText(Article article, Passage passage) {
        return article.title() + "\n" + passage.text();
    }

    static Document issueDocument(Issue issue, boolean vectors) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, TYPE_ISSUE, Field.Store.YES));
        doc.add(new StringField(ISSUE_ID, issue.id(), Field.Store.YES));
        doc.add(new StoredField(ISSUE_NAME, issue.name()));
        doc.add(new StoredField(ISSUE_NUMBER, issue.number()));
        doc.add(new StoredField(ISSUE_DATE, issue.date() == null ? "" : issue.date().toString()));
        doc.add(new StoredField(ISSUE_URL, issue.url()));
        doc.add(new StoredField(ISSUE_SOURCE, issue.source()));
        doc.add(new StoredField(ISSUE_HASH, issue.contentHash()));
        doc.add(new StringField(ISSUE_VECTORS, vectors ? "1" : "0", Field.Store.YES));
        return doc;
    }

    static Document articleDocument(Issue issue, Article article) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.YES));
        doc.add(new StringField(ISSUE_ID, issue.id(), Field.Store.YES));
        doc.add(new StringField(ARTICLE_ID, article.id(), Field.Store.YES));
        doc.add(new StoredField(ORDINAL, article.ordinal()));
        doc.add(new StoredField(KIND, article.kind().name()));
        doc.add(new StoredField(KICKER, article.kicker()));
        doc.add(new StoredField(TITLE, article.title()));
        doc.add(new StoredField(SUBTITLE, article.subtitle()));
        doc.add(new StoredField(COLUMN, article.column()));
        doc.add(new StoredField(AUTHOR, article.author()));
        doc.add(new StoredField(TEXT, article.text()));
        StringBuilder offsets = new StringBuilder();
        for (Passage passage : article.passages()) {
            if (!offsets.isEmpty()) {
                offsets.append(';');
            }
            offsets.append(passage.start()).append(':').append(passage.end());
        }
        doc.add(new StoredField(PASSAGE_OFFSETS, offsets.toString()));
        return doc;
    }

    /** A passage with what a search result needs to show it, and {@code vector} when not null. */
    static Document passageDocument(Issue issue, Article article, Passage passage, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, TYPE_PASSAGE, Field.Store.YES));
        doc.add(new StringField(ISSUE_ID, issue.id(), Field.Store.YES));
        doc.add(new StringField(ARTICLE_ID, article.id(), Field.Store.YES));
        doc.add(new StringField(PASSAGE_ID, passageId(passage), Field.Store.YES));
        doc.add(new StoredField(ORDINAL, passage.ordinal()));
        doc.add(new StoredField(START, passage.start()));
        doc.add(new StoredField(END, passage.end()));
        doc.add(new StoredField(TEXT, passage.text()));
        doc.add(new StoredField(KICKER, article.kicker()));
        doc.add(new StoredField(TITLE, article.title()));
        doc.add(new StoredField(SUBTITLE, article.subtitle()));
        doc.add(new StoredField(AUTHOR, article.author()));
        doc.add(new StoredField(KIND, article.kind().name()));
        doc.add(new StoredField(ISSUE_NAME, issue.name()));
        doc.add(new StoredField(ISSUE_DATE, issue.date() == null ? "" : issue.date().toString()));
        doc.add(new StoredField(ISSUE_SOURCE, issue.source()));
        doc.add(new TextField(BODY_WORDS, passage.text(), Field.Store.NO));
        doc.add(new TextField(BODY_BIGRAMS, passage.text(), Field.Store.NO));
        String headline = headline(article);
        doc.add(new TextField(TITLE_WORDS, headline, Field.Store.NO));
        doc.add(new TextField(TITLE_BIGRAMS, headline, Field.Store.NO));
        if (vector != null) {
            doc.add(new KnnFloatVectorField(VECTOR, vector, SIMILARITY));
        }
        return doc;
    }

    /** An issue as stored, without articles. */
    static Issue issueOf(Document doc, List<Article> articles) {
        String date = doc.get(ISSUE_DATE);
        return new Issue(doc.get(ISSUE_ID), doc.get(ISSUE_NAME), doc.get(ISSUE_NUMBER),
                date == null || date.isEmpty() ? null : LocalDate.parse(date), doc.get(ISSUE_URL),
                doc.get(ISSUE_SOURCE), doc.get(ISSUE_HASH), articles);
    }

    static Article articleOf(Document doc) {
        String id = doc.get(ARTICLE_ID);
        String text = doc.get(TEXT);
        List<Passage> passages = new ArrayList<>();
        String offsets = doc.get(PASSAGE_OFFSETS);
        if (offsets != null && !offsets.isEmpty()) {
            for (String pair : offsets.split(";")) {
                int colon = pair.indexOf(':');
                int start = Integer.parseInt(pair.substring(0, colon));
                int end = Integer.parseInt(pair.substring(colon + 1));
                passages.add(new Passage(id, passages.size(), start, end, text.substring(start, end)));
            }
        }
        return new Article(id, doc.get(ISSUE_ID), doc.getField(ORDINAL).numericValue().intValue(),
                ArticleKind.valueOf(doc.get(KIND)), doc.get(KICKER), doc.get(TITLE), doc.get(SUBTITLE),
                doc.get(COLUMN), doc.get(AUTHOR), text, passages);
    }
}
