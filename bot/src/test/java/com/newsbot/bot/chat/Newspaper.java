package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.Turn;
import com.newsbot.bot.summary.ArticleSummary;
import com.newsbot.bot.summary.IssueSummary;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.Passage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A tiny newspaper standing in for the index, the summarizer and the answerer in conversation and
 * front-end tests (fixture: {@code chat/newspaper.properties}). Answers are scripted by keyword:
 * {@value #FOUND} finds a1, {@value #HOSTILE} answers with HTML-hostile text, {@value #FOLLOW_UP}
 * answers from the previous turn's source, {@value #SLOW} waits for {@link #releaseSlow()},
 * {@value #BOOM} fails; anything else is not found (related: a1).
 */
public final class Newspaper implements Answerer, IssueSummaries, ArticleSource {
    public static final String FOUND = "劳模";
    public static final String HOSTILE = "hostile";
    public static final String FOLLOW_UP = "哪天";
    public static final String SLOW = "slow";
    public static final String BOOM = "boom";
    public static final String LONG_ARTICLE_ID = "000_test-long";
    public static final String HOSTILE_ANSWER = "答案里有 <b>&\"' 字符[1]。";

    private final Issue issue;
    private final List<ArticleSummary> summaries;
    private final List<String> questions = Collections.synchronizedList(new ArrayList<>());
    private final List<List<Turn>> histories = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch slow = new CountDownLatch(1);

    public Newspaper() {
        Properties fixture = new Properties();
        try (InputStream in = Newspaper.class.getResourceAsStream("/chat/newspaper.properties")) {
            fixture.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String issueId = fixture.getProperty("issue.id");
        List<Article> articles = new ArrayList<>();
        List<ArticleSummary> summaries = new ArrayList<>();
        for (String key : List.of("a1", "a2", "a3")) {
            ArticleKind kind = key.equals("a3") ? ArticleKind.SIDEBAR : ArticleKind.STORY;
            Article article = newArticle(issueId + "-" + key, issueId, articles.size(), kind, fixture.getProperty(key + ".title"),
                    fixture.getProperty(key + ".author"), fixture.getProperty(key + ".text").replace("\\n", "\n"));
            articles.add(article);
            summaries.add(new ArticleSummary(article.id(), kind, article.title(), article.author(),
                    fixture.getProperty(key + ".summary")));
        }
        articles.add(newArticle(LONG_ARTICLE_ID, issueId, articles.size(), ArticleKind.STORY, "一篇很长的文章", "", longText()));
        this.issue = new Issue(issueId, fixture.getProperty("issue.name"), "1", LocalDate.parse(fixture.getProperty("issue.date")),
                "", "seeds/" + issueId + ".txt", "0", articles);
        this.summaries = summaries;
    }

    /** The conversation over this paper with its question log, votes and subscriptions kept in {@code state}. */
    public RecordedConversation recorded(com.newsbot.bot.state.BotState state, com.newsbot.bot.Prompts prompts) {
        return new RecordedConversation(new ConversationHandler(this, this, this, prompts), this, state, prompts);
    }

    /** About 9,000 characters: 60 paragraphs of ten sentences. */
    private static String longText() {
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= 60; p++) {
            if (p > 1) {
                text.append('\n');
            }
            for (int s = 1; s <= 10; s++) {
                text.append("第").append(p).append("段第").append(s).append("句，内容<>&。");
            }
        }
        return text.toString();
    }

    private static Article newArticle(String id, String issueId, int ordinal, ArticleKind kind, String title, String author,
                                   String text) {
        return new Article(id, issueId, ordinal, kind, "", title, "", "", author, text,
                List.of(new Passage(id, 0, 0, text.length(), text)));
    }

    /** The fixture article a1, a2 or a3 (or one by its full id). */
    public Article articleByKey(String key) {
        return issue.articles().stream().filter(a -> a.id().equals(issue.id() + "-" + key) || a.id().equals(key))
                .findFirst().orElseThrow();
    }

    public Issue issue() {
        return issue;
    }

    /** Every question the answerer was asked, in order. */
    public List<String> questions() {
        return List.copyOf(questions);
    }

    /** The history passed with each question, in order. */
    public List<List<Turn>> histories() {
        return List.copyOf(histories);
    }

    public void releaseSlow() {
        slow.countDown();
    }

    @Override
    public Answer answer(String question, List<Turn> history) {
        questions.add(question);
        histories.add(List.copyOf(history));
        if (question.contains(BOOM)) {
            throw new IllegalStateException("the answerer broke");
        }
        if (question.contains(SLOW)) {
            try {
                slow.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (question.contains(HOSTILE)) {
            return found(question, HOSTILE_ANSWER, articleByKey("a2"));
        }
        if (question.contains(FOUND) || question.contains(SLOW)) {
            return found(question, "上汽集团技术中心副主任仇杰等四人荣获“全国劳动模范”称号[1]。", articleByKey("a1"));
        }
        if (question.contains(FOLLOW_UP) && !history.isEmpty() && !history.get(history.size() - 1).answer().citations().isEmpty()) {
            Citation previous = history.get(history.size() - 1).answer().citations().get(0);
            return found(question, "11月24日[1]。", articleByKey(previous.articleId()));
        }
        return new Answer(question, false, "报纸里没有提到这个问题。", AnswerMode.EXTRACTIVE, List.of(),
                List.of(new ArticleHit(articleByKey("a1"), 1.0, articleByKey("a1").passages().get(0))), 3);
    }

    private Answer found(String question, String text, Article source) {
        Citation citation = new Citation(1, issue.id(), issue.name(), issue.date(), source.id(), source.title(),
                source.author(), source.text().substring(0, 10), 0, 10, issue.source());
        return new Answer(question, true, text, AnswerMode.EXTRACTIVE, List.of(citation), List.of(), 5);
    }

    @Override
    public Optional<IssueSummary> latest() {
        return Optional.of(new IssueSummary(issue.id(), issue.name(), issue.date(), summaries));
    }

    @Override
    public List<ArticleHit> search(String query, int maxResults) {
        return issue.articles().stream()
                .filter(a -> a.title().contains(query) || a.text().contains(query))
                .limit(maxResults)
                .map(a -> new ArticleHit(a, 1.0, a.passages().get(0)))
                .toList();
    }

    @Override
    public Optional<Article> article(String articleId) {
        return issue.articles().stream().filter(a -> a.id().equals(articleId)).findFirst();
    }

    @Override
    public Optional<Issue> issue(String issueId) {
        return issue.id().equals(issueId) ? Optional.of(issue) : Optional.empty();
    }

    @Override
    public Optional<IssueSummary> of(String issueId) {
        return issue.id().equals(issueId) ? latest() : Optional.empty();
    }

    /** The one issue's articles when it ran within the days given. */
    @Override
    public List<ArticleHit> search(String query, int maxResults, LocalDate from, LocalDate to) {
        boolean within = (from == null || !issue.date().isBefore(from)) && (to == null || !issue.date().isAfter(to));
        return within ? search(query, maxResults) : List.of();
    }

    @Override
    public List<Issue> issues() {
        return List.of(issue);
    }

    @Override
    public java.util.Map<String, Integer> articleCounts() {
        return java.util.Map.of(issue.id(), issue.articles().size());
    }
}
