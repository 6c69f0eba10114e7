package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.Citation;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether an answer found for a follow-up answers it: not the answer before it again, not the headline of the story
 * talked about quoted, not a figure the reader typed; and, by the share of a question's terms that articles hold
 * ({@link Answerer#coverage}), whether an answer tells the story talked about and whether a question names something
 * new. Thread-safe (stateless).
 */
final class FollowUpAnswers {
    /**
     * A question whose content terms the last cited articles hold at least this share of (rare terms weigh more)
     * names nothing new: it is about those articles.
     */
    static final double NOTHING_NEW = 0.6;
    /** An article holding this share of the story's headline terms tells the same story. */
    static final double SAME_STORY = 0.5;
    /** How much better another article must hold a question's terms for it to be a new question. */
    static final double NEW_LEAD = 0.25;

    private final Answerer answerer;

    FollowUpAnswers(Answerer answerer) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
    }

    /**
     * Whether an answer says what the answer before it said, from the same article: a follow-up asks for something
     * else, so the same answer again (13位 for 有几位劳模 and then for 其中几位是女性) does not answer it.
     */
    static boolean repeats(Answer a, Said before) {
        if (!a.found() || a.citations().isEmpty() || before.answer() == null || before.answer().citations().isEmpty()
                || a.question().strip().equals(before.asked().strip())
                || a.question().strip().equals(before.standalone().strip())) { // the same question again: the same answer
            return false;
        }
        Citation now = a.citations().get(0);
        Citation then = before.answer().citations().get(0);
        if (!now.articleId().equals(then.articleId())) {
            return false;
        }
        String said = a.shortAnswer() == null || a.shortAnswer().isBlank() ? a.text() : a.shortAnswer();
        String saidBefore = before.answer().shortAnswer() == null || before.answer().shortAnswer().isBlank()
                ? before.answer().text() : before.answer().shortAnswer();
        return said.strip().equals(saidBefore.strip()); // the same answer again, not just the same sentence (两个数字一句话)
    }

    /**
     * Whether an answer is the headline of the story talked about, quoted (《…》): the reader was shown that headline
     * with the answer before (its citation, or the related article), so a follow-up asks beyond it.
     */
    static boolean quotesHeadline(Answer a, Citation story) {
        return a.found() && !a.citations().isEmpty() && a.citations().get(0).articleId().equals(story.articleId())
                && a.text().contains("《" + story.title() + "》");
    }

    /**
     * Whether an answer's figure or name is one the reader typed earlier in the chat (干了12年的… then 他干了多久 → 12年):
     * what the reader said is not what a follow-up asks for.
     */
    static boolean userSaid(Answer a, List<Said> said) {
        String value = a.shortAnswer() == null ? "" : a.shortAnswer().strip();
        if (!a.found() || value.isEmpty()) {
            return false;
        }
        for (Said s : said) {
            if (s.asked() != null && s.asked().contains(value)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an answer is from an article that tells the story of {@code story}. */
    boolean sameStory(Answer a, Citation story) {
        return a.found() && !a.citations().isEmpty()
                && answerer.coverage(story.title(), Set.of(a.citations().get(0).articleId())) >= SAME_STORY;
    }

    /**
     * Whether a question the articles talked about do not answer is a new question: the article that answers it on its
     * own holds what it names clearly better than they do.
     */
    boolean namesSomethingNew(String question, Set<String> scope, Answer alone) {
        double[] covered = answerer.coverage(question, List.of(scope, Set.of(alone.citations().get(0).articleId())));
        double here = covered[0];
        double there = covered[1];
        return here < NOTHING_NEW && there >= NOTHING_NEW && there - here >= NEW_LEAD;
    }
}
