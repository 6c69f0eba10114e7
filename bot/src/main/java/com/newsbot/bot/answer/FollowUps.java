package com.newsbot.bot.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolves a follow-up (他们是哪天签的？ / 那张生春呢？ / 几位？) against the chat's previous turns: the
 * previous question's subject and key terms are carried into the new question's retrieval and scoring,
 * and the article the previous answer cited is preferred.
 */
final class FollowUps {
    private static final Pattern PRONOUN = Pattern.compile(
            "^(那么?|还有|另外|那个|那家|这个|这家)|他们|她们|它们|[他她它]|这[个家位项次些]|那[个家位项次些]|该|此|其");
    /** A question with at most this many content characters leans on the previous one. */
    private static final int ELLIPTICAL_CHARS = 4;
    private static final int MAX_DEPTH = 3;

    /**
     * What to search for and score with.
     *
     * @param query            the retrieval query
     * @param context          content carried from earlier turns ("" when the question stands alone)
     * @param preferredArticle the article the previous answer cited, or "" when none / not a follow-up
     */
    record Resolved(String question, String query, String context, String preferredArticle) {
        boolean followUp() {
            return !context.isEmpty();
        }
    }

    /** Whether {@code question} leans on an earlier turn (a pronoun, a leading 那, or too little content of its own). */
    static boolean isFollowUp(String question) {
        Question q = Question.of(question);
        return PRONOUN.matcher(q.text()).find() || q.chars().size() <= ELLIPTICAL_CHARS;
    }

    Resolved resolve(String question, List<Turn> history) {
        if (history == null || history.isEmpty() || !isFollowUp(question)) {
            return new Resolved(question, question, "", "");
        }
        String context = contextOf(history, history.size() - 1, 0);
        Turn last = history.get(history.size() - 1);
        String preferred = "";
        if (last.answer() != null && last.answer().found() && !last.answer().citations().isEmpty()) {
            preferred = last.answer().citations().get(0).articleId();
        }
        return new Resolved(question, context + " " + question, context, preferred);
    }

    /**
     * The content words of a question (its subject and key terms), without its question words, measure words and the
     * one-character predicate right before the question word: 上汽在职的全国劳模有几位？ → 上汽 在职 全国 劳模, so a
     * follow-up's own question word (什么称号) picks the sentence rather than the earlier count.
     */
    static String subject(String question) {
        String content = Question.of(question).content();
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
        String q = history.get(i).question();
        String own = subject(q);
        if (i > 0 && depth < MAX_DEPTH && isFollowUp(q)) {
            return contextOf(history, i - 1, depth + 1) + " " + own;
        }
        return own;
    }
}
