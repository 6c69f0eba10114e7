package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A paper of one issue (like the seed): the issue commands work and say politely that there is no earlier issue. */
class OneIssuePaperTest {
    private final Newspaper paper = new Newspaper();
    private final ConversationHandler handler = new ConversationHandler(paper, paper, paper, new Prompts());

    private Reply say(String text) {
        return handler.handle(new IncomingMessage("me", text));
    }

    @Test
    void thePreviousIssueOfAOneIssuePaperIsPolitelyMissing() {
        Reply reply = say("/issue 上期");

        assertThat(reply.plainText()).isEqualTo("本报目前只收录了一期（上汽报·第1期，2020年11月24日），没有更早的一期。");
        assertThat(reply.buttons()).singleElement().extracting(Button::target).isEqualTo(paper.issue().id());
    }

    @Test
    void issuesListsTheOneIssueWithoutPages() {
        Reply reply = say("/issues");

        assertThat(reply.plainText()).contains("本报共收录1期", "第1/1页", "2020年11月24日", "4篇");
        assertThat(reply.buttons()).extracting(Button::kind).containsExactly(Button.Kind.ISSUE);
    }

    @Test
    void theLatestIssueByDateIsTheOneIssue() {
        assertThat(say("/issue 11月24日").paragraphs().get(0).plainText()).contains("2020年11月24日");
        assertThat(say("/issue 11月23日").plainText()).contains("本报没有11月23日出版的一期", "2020年11月24日");
    }
}
