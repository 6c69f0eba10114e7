package com.newsbot.bot.feishu;

import com.newsbot.bot.frontend.FrontEndRuntime;
import com.fasterxml.jackson.databind.JsonNode;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Newspaper;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.LoggedQuestion;
import com.newsbot.bot.state.Vote;
import com.newsbot.bot.summary.IssueSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.newsbot.bot.feishu.FeishuBotTest.ALICE;
import static com.newsbot.bot.feishu.FeishuBotTest.ALICE_CHAT;
import static org.assertj.core.api.Assertions.assertThat;

/** The Feishu bot with the state database: /subscribe, a new issue announced once, questions logged. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class FeishuStateTest {
    @TempDir
    Path dir;

    private final Newspaper paper = new Newspaper();
    private final Prompts prompts = new Prompts();
    private StandInFeishu standIn;
    private FakeFeishuServer feishu;
    private BotState state;

    @BeforeEach
    void start() throws Exception {
        standIn = StandInFeishu.start();
        feishu = standIn.server();
        state = BotState.open(dir.resolve("newsbot.db"), true);
        standIn.startBot(standIn.settings(ALICE, dir.resolve("feishu"), 4, 60), paper.recorded(state, prompts), prompts,
                new FrontEndRuntime.Timing(Duration.ofMillis(20), FeishuBot.TIMING.announcePace(), Duration.ofMillis(100)));
    }

    @AfterEach
    void stop() {
        standIn.close();
        state.close();
    }

    @Test
    void a_subscribed_feishu_chat_gets_a_new_issue_once_and_questions_are_logged_as_feishu() throws Exception {
        feishu.push(Events.privateText("ev-1", ALICE, ALICE_CHAT, "/subscribe"));
        assertThat(feishu.awaitSentTo(ALICE_CHAT, 1).get(0).text()).contains("已订阅");
        assertThat(state.subscriptions().chats("feishu")).containsExactly(ALICE_CHAT);

        IssueSummary latest = paper.latest().orElseThrow();
        assertThat(state.announcements().latestIssue("an-older-issue", latest.date().minusDays(7))).isZero();
        assertThat(state.announcements().latestIssue(latest.issueId(), latest.date())).isEqualTo(1);

        List<FakeFeishuServer.Sent> sent = feishu.awaitSentTo(ALICE_CHAT, 2);
        assertThat(sent.get(1).text()).contains("新一期报纸出版了", latest.articles().get(0).title());
        Thread.sleep(500); // more announcer rounds: nothing sent twice
        assertThat(feishu.sentTo(ALICE_CHAT)).hasSize(2);
        assertThat(state.announcements().pending("feishu", 10)).isEmpty();

        feishu.push(Events.privateText("ev-2", ALICE, ALICE_CHAT, "劳模有谁？"));
        feishu.awaitSentTo(ALICE_CHAT, 3);
        List<LoggedQuestion> logged = new ArrayList<>();
        state.questions().since(Instant.EPOCH, logged::add);
        assertThat(logged).singleElement().satisfies(q -> {
            assertThat(q.frontEnd()).isEqualTo("feishu");
            assertThat(q.question()).isEqualTo("劳模有谁？");
        });
    }

    private static List<JsonNode> voteButtons(JsonNode card) {
        List<JsonNode> buttons = new ArrayList<>();
        card.path("elements").forEach(element -> element.path("actions").forEach(button -> {
            if (button.path("value").path(FeishuCards.OPEN).asText().startsWith("v:")) {
                buttons.add(button);
            }
        }));
        return buttons;
    }

    @Test
    void an_answer_card_has_vote_buttons_a_press_is_stored_like_telegrams_and_the_card_shows_the_vote_in_place()
            throws Exception {
        feishu.push(Events.privateText("ev-1", ALICE, ALICE_CHAT, "劳模有谁？"));
        FakeFeishuServer.Sent answer = feishu.awaitSentTo(ALICE_CHAT, 1).get(0);
        List<JsonNode> buttons = voteButtons(answer.card());
        assertThat(buttons).extracting(b -> b.path("text").path("content").asText()).containsExactly("👍", "👎");
        assertThat(answer.buttons()).first().isEqualTo(paper.articleByKey("a1").id());
        String up = buttons.get(0).path("value").path(FeishuCards.OPEN).asText();
        String down = buttons.get(1).path("value").path(FeishuCards.OPEN).asText();

        String frame = feishu.push(Events.cardPress("ev-2", ALICE, ALICE_CHAT, answer.messageId(), down));
        JsonNode afterDown = feishu.awaitPatched(answer.messageId(), 1, Duration.ofSeconds(10)).get(0);
        feishu.push(Events.cardPress("ev-3", ALICE, ALICE_CHAT, answer.messageId(), up));
        JsonNode afterUp = feishu.awaitPatched(answer.messageId(), 2, Duration.ofSeconds(10)).get(1);

        assertThat(feishu.awaitAck(frame, Duration.ofSeconds(10))).isEqualTo(200);
        assertThat(voteButtons(afterDown)).extracting(b -> b.path("text").path("content").asText()).containsExactly("👍", "谢谢反馈");
        assertThat(voteButtons(afterUp)).extracting(b -> b.path("text").path("content").asText()).containsExactly("谢谢反馈", "👎");
        assertThat(afterUp.path("elements").get(0)).isEqualTo(answer.card().path("elements").get(0));
        List<Vote> votes = state.votes().since(Instant.EPOCH);
        assertThat(votes).singleElement().satisfies(vote -> {
            assertThat(vote.up()).isTrue();
            assertThat(vote.question()).isEqualTo("劳模有谁？");
            assertThat(vote.answer()).contains("仇杰");
            assertThat(vote.articleIds()).containsExactly(paper.articleByKey("a1").id());
            assertThat(vote.frontEnd()).isEqualTo("feishu");
            assertThat(vote.userHash()).isEqualTo(state.userHash("feishu", ALICE)).isNotEqualTo(ALICE);
        });
        assertThat(feishu.sentTo(ALICE_CHAT)).hasSize(1);
        assertThat(feishu.rejected()).isEmpty();
    }

    @Test
    void help_in_feishu_promises_the_vote_buttons_and_subscribing_but_not_telegrams_more() throws Exception {
        feishu.push(Events.privateText("ev-1", ALICE, ALICE_CHAT, "/help"));

        String help = feishu.awaitSentTo(ALICE_CHAT, 1).get(0).text();

        assertThat(help).contains("/latest", "👍", "/subscribe").doesNotContain("/more");
    }
}
