package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.Turn;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The story talked about, in another issue (第二天那期…, 上一期也报了吗): that issue's articles telling it are asked, or
 * whether it reported the story at all is answered. Thread-safe (stateless).
 */
final class OtherIssues {
    /** Articles of another issue tried as the same story. */
    static final int STORY_CANDIDATES = 3;
    /** Grammar: a yes/no question (…吗, 是不是…, 有没有…, …了没). */
    private static final Pattern YES_NO = Pattern.compile("[吗嘛][\\s？?。!！]*$|是不是|有没有|是否|[没不][\\s？?。!！]*$");

    private final Answerer answerer;
    private final ArticleSource articles;
    private final ReplyRenderer render;
    private final Prompts prompts;

    OtherIssues(Answerer answerer, ArticleSource articles, ReplyRenderer render, Prompts prompts) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.render = Objects.requireNonNull(render, "render");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
    }

    /**
     * The same story in another issue: the articles of that issue that tell it (searched with the story's headline and
     * the question), asked first; then the issue's passages read with the story's headline as topic.
     */
    ContextualQuestions.Outcome answer(String text, String resolved, TurnActs.Reading reading, Said before, Citation story,
                   Issue issue, List<Turn> history) {
        boolean alsoReported = !ContextualQuestions.hasOwnQuestion(reading) && YES_NO.matcher(text).find(); // 上一期也报了吗
        String question = ContextualQuestions.hasOwnQuestion(reading) ? resolved : resolved + "，" + before.standalone();
        Set<String> sameStory = new java.util.LinkedHashSet<>();
        ArticleHit first = null;
        try {
            for (ArticleHit hit : articles.search(story.title() + " " + (alsoReported ? "" : question), STORY_CANDIDATES,
                    issue.date(), issue.date())) {
                if (hit.article().issueId().equals(issue.id())) {
                    sameStory.add(hit.article().id());
                    first = first == null ? hit : first;
                }
            }
        } catch (IOException | RuntimeException e) {
            sameStory.clear();
        }
        if (alsoReported) {
            return alsoReported(text, story, issue, first);
        }
        if (!sameStory.isEmpty()) {
            Answer a = answerer.answer(question, history, sameStory);
            if (a.found()) {
                return ContextualQuestions.outcome(render, text, question, a);
            }
        }
        return ContextualQuestions.outcome(render, text, question,
                answerer.answer(question, history, Set.of(), story.title()));
    }

    /**
     * Whether the issue also reported the story (上一期也报了吗): yes, citing its article, when its best match for the
     * story's headline tells the same story; else it is not found there.
     */
    private ContextualQuestions.Outcome alsoReported(String text, Citation story, Issue issue, ArticleHit hit) {
        String where = render.where(issue.name(), issue.date());
        if (hit == null || answerer.coverage(story.title(), Set.of(hit.article().id())) < FollowUpAnswers.SAME_STORY) {
            String said = prompts.render("chat-not-reported.zh.txt", Map.of("where", where));
            return ContextualQuestions.outcome(render, text, text, new Answer(text, false, said, AnswerMode.EXTRACTIVE, List.of(), List.of(), 0));
        }
        com.newsbot.retrieval.Article a = hit.article();
        String quote = ReplyRenderer.shorten(a.text(), Said.SUMMARY_QUOTE);
        Citation c = new Citation(1, issue.id(), issue.name(), issue.date(), a.id(), a.title(), a.author(), quote, 0,
                Math.min(quote.length(), a.text().length()), issue.source());
        String said = prompts.render("chat-also-reported.zh.txt", Map.of("where", where, "title", a.title()));
        return ContextualQuestions.outcome(render, text, text, new Answer(text, true, said, AnswerMode.EXTRACTIVE, List.of(c), List.of(), 0));
    }
}
