package com.newsbot.bot.chat;

import com.newsbot.bot.answer.question.Intent;

/**
 * A message's intent read by meaning: small talk and requests about whole issues are told by the turn-act classifier
 * ({@link TurnActs}, example wordings in {@code chat/turn-acts.txt}); the router's patterns, which match a few whole
 * messages only, still count (on the team's 349 development questions every message they match the classifier reads
 * alike) and are all a bot without an embedding model has. A message with a question of its own is a question,
 * whatever frames it. The router still says what only form tells: another language, a byline, the N-th story.
 */
final class IntentsByMeaning {
    private IntentsByMeaning() {
    }

    /**
     * @param routed      what {@link com.newsbot.bot.answer.question.QuestionRouter} made of the message
     * @param reading     how the classifier reads it
     * @param ownQuestion whether it asks something of its own besides its frames (or asks yes or no about something)
     */
    static Intent of(Intent routed, TurnActs.Reading reading, boolean ownQuestion) {
        if (routed instanceof Intent.Foreign) {
            return routed;
        }
        boolean frameOnly = !ContextualQuestions.hasOwnQuestion(reading);
        if (frameOnly) {
            switch (reading.act()) {
                case GREETING:
                    return new Intent.SmallTalk(Intent.Talk.GREETING);
                case THANKS:
                    return new Intent.SmallTalk(Intent.Talk.THANKS);
                case GOODBYE:
                    return new Intent.SmallTalk(Intent.Talk.GOODBYE);
                default:
                    break;
            }
        }
        if (routed instanceof Intent.WholeIssue) {
            return routed; // its patterns tell contents from facts (有哪些新闻 / 有几篇) by the words asked
        }
        if (!ownQuestion && reading.is(TurnActs.Act.WHOLE_ISSUE)) {
            return new Intent.WholeIssue(Intent.Aspect.CONTENTS);
        }
        if (!ownQuestion && reading.is(TurnActs.Act.ISSUE_FACTS)) {
            return new Intent.WholeIssue(Intent.Aspect.FACTS);
        }
        return routed; // the router's small talk and whole-issue patterns match whole messages only: kept as they are
    }

    /** Whether the message asks for the list of issues (都有哪几期) and nothing else. */
    static boolean asksForIssues(TurnActs.Reading reading, boolean ownQuestion) {
        return !ownQuestion && reading.is(TurnActs.Act.ISSUE_LIST);
    }
}
