package com.newsbot.bot.answer.question;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.Turn;
import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.language.Words;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolves a follow-up (他们是哪天签的？ / 那张生春呢？ / 几位？) against the chat's previous turns: the
 * previous question's subject and key terms are carried into the new question's retrieval and scoring,
 * and the article the previous answer cited is preferred.
 */
public final class FollowUps {
    /** Words that point back: pronouns, demonstratives, and the time of what was just said (当时, 那时, 届时). */
    private static final Pattern PRONOUN = Pattern.compile(
            "^(那么?|还有|另外|那个|那家|这个|这家)|他们|她们|它们|[他她它]|这[个家位项次些]|那[个家位项次些]|该|此|其|当时|那时|彼时|届时");
    /** A question with at most this many content characters leans on the previous one. */
    private static final int ELLIPTICAL_CHARS = 4;
    /** A short question ending so (张生春呢？) asks the previous question again about something else. */
    private static final Pattern WHAT_ABOUT = Pattern.compile("呢\\s*[？?]?\\s*$");
    private static final int MAX_DEPTH = 3;

    /**
     * What to search for and score with.
     *
     * @param query            the retrieval query
     * @param context          content carried from earlier turns ("" when the question stands alone)
     * @param preferredArticle the article the previous answer cited, or "" when none / not a follow-up
     * @param mayStandAlone    a follow-up only for being short: it names two things of its own and points back at
     *                         nothing (仇杰是哪个单位的？), so it is read alone when the paper answers it alone
     */
    public record Resolved(String question, String query, String context, String preferredArticle, boolean mayStandAlone) {
        public boolean followUp() {
            return !context.isEmpty();
        }

        /** The same question read on its own. */
        Resolved alone() {
            return new Resolved(question, question, "", "", false);
        }
    }

    /** Whether {@code question} leans on an earlier turn (a pronoun, a leading 那, or too little content of its own). */
    public static boolean isFollowUp(String question) {
        return isFollowUp(Question.of(question));
    }

    /** As {@link #isFollowUp(String)}, of the question read already. */
    static boolean isFollowUp(Question q) {
        return PRONOUN.matcher(q.text()).find() || q.chars().size() <= ELLIPTICAL_CHARS;
    }

    /** A short question that points back at nothing and has at least two content words of its own. */
    static boolean mayStandAlone(String question) {
        return mayStandAlone(Question.of(question));
    }

    private static boolean mayStandAlone(Question q) {
        return !PRONOUN.matcher(q.text()).find() && !WHAT_ABOUT.matcher(q.text()).find()
                && q.words().size() >= 2;
    }

    Resolved resolve(String question, List<Turn> history) {
        return resolve(question, Question.of(question), history);
    }

    /** {@code question} (read already as {@code read}) resolved against the chat's earlier turns. */
    Resolved resolve(String question, Question read, List<Turn> history) {
        if (history == null || history.isEmpty() || !isFollowUp(read)) {
            return new Resolved(question, question, "", "", false);
        }
        String context = contextOf(history, history.size() - 1, 0);
        Turn last = history.get(history.size() - 1);
        String preferred = "";
        if (last.answer() != null && last.answer().found() && !last.answer().citations().isEmpty()) {
            preferred = last.answer().citations().get(0).articleId();
        }
        return new Resolved(question, context + " " + question, context, preferred, mayStandAlone(read));
    }

    /**
     * The content words of a question (its subject and key terms), without its question words, measure words and the
     * one-character predicate right before the question word: 上汽在职的全国劳模有几位？ → 上汽 在职 全国 劳模, so a
     * follow-up's own question word (什么称号) picks the sentence rather than the earlier count.
     */
    static String subject(Question question) {
        String content = question.content();
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (String w : Words.of(content)) {
            int at = content.indexOf(w, from);
            if (at < 0) {
                continue;
            }
            int end = at + w.length();
            from = end;
            boolean beforeQuestionWord = end >= content.length() || !Texts.isWordChar(content.charAt(end));
            if (w.length() == 1 && !Texts.isAsciiWord(w.charAt(0)) && beforeQuestionWord) {
                continue;
            }
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.toString();
    }

    /** The standalone content of turn {@code i}: its question, with the turn before it when it was a follow-up too. */
    private String contextOf(List<Turn> history, int i, int depth) {
        Question q = Question.of(history.get(i).question()); // an earlier turn's question, read once here
        String own = subject(q);
        if (i > 0 && depth < MAX_DEPTH && isFollowUp(q) && !readAlone(q, history.get(i), history.get(i - 1))) {
            return contextOf(history, i - 1, depth + 1) + " " + own;
        }
        return own;
    }

    /**
     * Whether a short turn was answered on its own (see {@link AnswerComposer}): it could stand alone, and it was answered
     * from another article than the turn before it.
     */
    private static boolean readAlone(Question question, Turn turn, Turn before) {
        return mayStandAlone(question) && !citedArticle(turn).isEmpty()
                && !citedArticle(turn).equals(citedArticle(before));
    }

    private static String citedArticle(Turn turn) {
        Answer a = turn.answer();
        return a == null || !a.found() || a.citations().isEmpty() ? "" : a.citations().get(0).articleId();
    }
}
