package com.newsbot.bot.feishu;

import com.newsbot.bot.frontend.FrontEndRuntime;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Newspaper;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.frontend.StrangerRefusals;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Feishu SDK (API client and long-connection client) against the stand-in open platform:
 * private chats, the mention rule in groups, the allow-list, card buttons, faults and restarts.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class FeishuBotTest {
    static final String ALICE = "ou_alice";
    static final String ALICE_CHAT = "oc_p2p_alice";
    static final String STRANGER = "ou_stranger";
    static final String STRANGER_CHAT = "oc_p2p_stranger";
    static final String GROUP = "oc_editors";
    static final String OTHER_GROUP = "oc_outsiders";
    static final String ALLOWED = ALICE + "," + GROUP;
    static final String NEWS = "仇杰";
    private static final FrontEndRuntime.Timing RETRYING_SOON = FeishuBot.TIMING.retryingAfter(Duration.ofMillis(20));

    @TempDir
    Path state;

    private final Newspaper paper = new Newspaper();
    private final Prompts prompts = new Prompts();
    @AutoClose
    private final StandInFeishu standIn = StandInFeishu.start();
    private final FakeFeishuServer feishu = standIn.server();
    private FeishuBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = startBot(ALLOWED, 60);
    }

    /** A started bot over the stand-in newspaper, its long connection open. */
    private FeishuBot startBot(String allowed, int messagesPerMinute) throws Exception {
        return standIn.startBot(standIn.settings(allowed, state, 4, messagesPerMinute), conversation(), prompts, RETRYING_SOON);
    }

    /** A bot over the stand-in newspaper allowing {@link #ALLOWED}, not started. */
    private FeishuBot bot() {
        return standIn.bot(standIn.settings(ALLOWED, state, 4, 60), conversation(), prompts, RETRYING_SOON);
    }

    private RecordedConversation conversation() {
        return FrontEndRuntime.withoutState(new ConversationHandler(paper, paper, paper, prompts), prompts);
    }

    @Test
    void a_private_question_is_answered_with_a_card_citing_the_article_with_a_button_to_open_it() throws Exception {
        String frame = feishu.push(Events.privateText("ev-1", ALICE, ALICE_CHAT, "劳模有谁？"));

        FakeFeishuServer.Sent reply = feishu.awaitSentTo(ALICE_CHAT, 1).get(0);

        assertThat(feishu.awaitAck(frame, Duration.ofSeconds(10))).isEqualTo(200);
        assertThat(reply.replyTo()).isNull();
        assertThat(reply.text()).contains(NEWS).contains(paper.articleByKey("a1").title());
        assertThat(reply.buttons()).contains(paper.articleByKey("a1").id());
        assertThat(feishu.rejected()).isEmpty();
        feishu.awaitRequest(r -> r.startsWith("DELETE /open-apis/im/v1/messages/" + Events.messageId("ev-1") + "/reactions/"),
                Duration.ofSeconds(10));
        assertThat(feishu.requests()).contains("POST /open-apis/im/v1/messages/" + Events.messageId("ev-1") + "/reactions");
    }

    @Test
    void in_a_group_only_mentions_and_replies_to_the_bot_are_answered_in_the_questions_thread() throws Exception {
        feishu.push(Events.groupText("ev-1", "ou_carol", GROUP, "劳模有谁？大家知道吗", false));
        feishu.push(Events.groupText("ev-2", "ou_carol", GROUP, "劳模有谁？", true));
        FakeFeishuServer.Sent answer = feishu.awaitSentTo(GROUP, 1).get(0);
        feishu.push(Events.groupReply("ev-3", "ou_carol", GROUP, "/help", answer.messageId()));

        List<FakeFeishuServer.Sent> replies = feishu.awaitSentTo(GROUP, 2);
        Thread.sleep(300);

        assertThat(feishu.sentTo(GROUP)).hasSize(2);
        assertThat(answer.replyTo()).isEqualTo(Events.messageId("ev-2"));
        assertThat(answer.inThread()).isTrue();
        assertThat(answer.text()).contains(NEWS);
        assertThat(replies.get(1).replyTo()).isEqualTo(Events.messageId("ev-3"));
        assertThat(replies.get(1).text()).contains("/latest");
        assertThat(paper.questions()).containsExactly("劳模有谁？");
    }

    @Test
    void a_stranger_is_told_their_id_only_and_a_listed_person_in_an_unlisted_group_is_told_the_group_is_not_enabled()
            throws Exception {
        feishu.push(Events.privateText("ev-1", STRANGER, STRANGER_CHAT, "/latest"));
        feishu.push(Events.groupText("ev-2", ALICE, OTHER_GROUP, "劳模有谁？", true));
        feishu.push(Events.groupText("ev-3", STRANGER, GROUP, "劳模有谁？", true));

        FakeFeishuServer.Sent toStranger = feishu.awaitSentTo(STRANGER_CHAT, 1).get(0);
        FakeFeishuServer.Sent toAliceInGroup = feishu.awaitSentTo(OTHER_GROUP, 1).get(0);
        FakeFeishuServer.Sent inListedGroup = feishu.awaitSentTo(GROUP, 1).get(0);
        Thread.sleep(300);

        assertThat(toStranger.text()).contains(STRANGER).doesNotContain(NEWS).doesNotContain("上汽");
        assertThat(toAliceInGroup.text()).contains("没有开通").contains(OTHER_GROUP).doesNotContain(NEWS);
        assertThat(toAliceInGroup.replyTo()).isEqualTo(Events.messageId("ev-2"));
        assertThat(inListedGroup.text()).contains(NEWS);
        assertThat(feishu.sent()).hasSize(3);
        assertThat(paper.questions()).containsExactly("劳模有谁？");
    }

    @Test
    void a_button_opens_the_article_as_cards_split_under_the_size_limit_and_is_refused_under_the_same_rule() throws Exception {
        feishu.chatMode(ALICE_CHAT, "p2p");
        feishu.chatMode(OTHER_GROUP, "group");
        feishu.knownMessage("om_card_2", OTHER_GROUP);
        String frame = feishu.push(Events.cardAction("ev-1", ALICE, ALICE_CHAT, "om_card_1", Newspaper.LONG_ARTICLE_ID));
        feishu.push(Events.cardAction("ev-2", ALICE, OTHER_GROUP, "om_card_2", paper.articleByKey("a1").id()));

        List<FakeFeishuServer.Sent> article = feishu.awaitSentTo(ALICE_CHAT, 2);
        FakeFeishuServer.Sent refused = feishu.awaitSentTo(OTHER_GROUP, 1).get(0);
        Thread.sleep(500);

        assertThat(feishu.awaitAck(frame, Duration.ofSeconds(10))).isEqualTo(200);
        List<FakeFeishuServer.Sent> cards = feishu.sentTo(ALICE_CHAT);
        assertThat(cards).hasSizeBetween(2, FeishuCards.MAX_CARDS);
        assertThat(cards).allSatisfy(card -> assertThat(card.card().toString().getBytes(StandardCharsets.UTF_8).length)
                .isLessThan(FakeFeishuServer.MAX_CONTENT_BYTES));
        String whole = String.join("", cards.stream().map(FakeFeishuServer.Sent::text).toList());
        assertThat(whole).contains("第1段第1句，内容<>&。").contains("第60段第10句，内容<>&。");
        assertThat(article.get(0).replyTo()).isNull();
        assertThat(refused.text()).contains("没有开通").doesNotContain("作者");
        assertThat(feishu.sentTo(OTHER_GROUP)).hasSize(1);
        assertThat(feishu.rejected()).isEmpty();
    }

    @Test
    void a_server_error_and_a_rate_limit_are_retried_and_the_answer_is_delivered_once() throws Exception {
        feishu.failNext("/open-apis/im/v1/messages", 500, 1, 2);
        feishu.push(Events.privateText("ev-1", ALICE, ALICE_CHAT, "劳模有谁？"));
        feishu.awaitSentTo(ALICE_CHAT, 1);
        feishu.failNext("/open-apis/im/v1/messages", 429, FeishuCalls.RATE_LIMITED_CODE, 1);
        long before = System.nanoTime();
        feishu.push(Events.privateText("ev-2", ALICE, ALICE_CHAT, "劳模有谁？"));

        List<FakeFeishuServer.Sent> replies = feishu.awaitSentTo(ALICE_CHAT, 2);
        Thread.sleep(300);

        assertThat(feishu.sentTo(ALICE_CHAT)).hasSize(2);
        assertThat(replies).allSatisfy(reply -> assertThat(reply.text()).contains(NEWS));
        assertThat(Duration.ofNanos(replies.get(1).atNanos() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(feishu.requests().stream().filter(r -> r.equals("POST /open-apis/im/v1/messages"))).hasSize(5);
    }

    @Test
    void an_event_delivered_again_after_a_restart_is_not_answered_twice() throws Exception {
        feishu.push(Events.privateText("ev-1", ALICE, ALICE_CHAT, "劳模有谁？"));
        feishu.awaitSentTo(ALICE_CHAT, 1);
        bot.close();
        bot = startBot(ALLOWED, 60);

        String again = feishu.push(Events.privateText("ev-1", ALICE, ALICE_CHAT, "劳模有谁？"));
        feishu.push(Events.privateText("ev-2", ALICE, ALICE_CHAT, "/help"));

        List<FakeFeishuServer.Sent> replies = feishu.awaitSentTo(ALICE_CHAT, 2);
        Thread.sleep(500);

        assertThat(feishu.awaitAck(again, Duration.ofSeconds(10))).isEqualTo(200);
        assertThat(feishu.sentTo(ALICE_CHAT)).hasSize(2);
        assertThat(replies.get(1).text()).contains("/latest");
        assertThat(paper.questions()).containsExactly("劳模有谁？");
    }

    @Test
    void a_message_that_is_not_text_gets_a_polite_note() throws Exception {
        feishu.push(Events.privateImage("ev-1", ALICE, ALICE_CHAT));

        FakeFeishuServer.Sent reply = feishu.awaitSentTo(ALICE_CHAT, 1).get(0);

        assertThat(reply.text()).contains(prompts.text("feishu-non-text.zh.txt").strip().substring(0, 8));
        assertThat(paper.questions()).isEmpty();
    }

    @Test
    void markup_in_an_answer_is_shown_as_typed_and_never_reaches_the_card_as_markup() throws Exception {
        feishu.push(Events.privateText("ev-1", ALICE, ALICE_CHAT, Newspaper.HOSTILE + " <at id=all></at> **粗**"));

        FakeFeishuServer.Sent reply = feishu.awaitSentTo(ALICE_CHAT, 1).get(0);

        assertThat(reply.text()).contains(Newspaper.HOSTILE_ANSWER);
        for (com.fasterxml.jackson.databind.JsonNode element : reply.card().path("elements")) {
            assertThat(element.path("content").asText("")).doesNotContain("<").doesNotContain(">");
        }
        assertThat(paper.questions()).containsExactly(Newspaper.HOSTILE + " <at id=all></at> **粗**");
    }

    @Test
    void a_person_writing_too_fast_is_asked_once_to_slow_down_and_other_people_are_not_held_up() throws Exception {
        bot.close();
        bot = startBot("*", 2);
        for (int i = 1; i <= 5; i++) {
            feishu.push(Events.privateText("ev-" + i, ALICE, ALICE_CHAT, "劳模有谁？"));
        }
        feishu.push(Events.privateText("ev-6", STRANGER, STRANGER_CHAT, "劳模有谁？"));

        List<FakeFeishuServer.Sent> toAlice = feishu.awaitSentTo(ALICE_CHAT, 3);
        feishu.awaitSentTo(STRANGER_CHAT, 1);
        Thread.sleep(500);

        assertThat(feishu.sentTo(ALICE_CHAT)).hasSize(3);
        assertThat(toAlice.get(2).text()).contains("秒后再试");
        assertThat(feishu.sentTo(STRANGER_CHAT).get(0).text()).contains(NEWS);
        assertThat(paper.questions()).hasSize(3);
    }

    @Test
    void a_refused_long_connection_fails_the_start_in_one_line_without_the_secret() {
        feishu.refuseLongConnection(403);
        FeishuBot refused = bot();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(refused::start).isInstanceOf(FeishuBotException.class)
                    .hasMessageContaining("refused the long connection").hasMessageContaining("403")
                    .hasMessageNotContaining(FakeFeishuServer.APP_SECRET).hasMessageNotContaining("\n");
        } finally {
            refused.close();
        }
    }

    @Test
    void a_server_error_on_the_bots_info_at_start_up_is_named_a_server_error_not_a_missing_bot_capability() {
        feishu.failNext("/open-apis/bot/v3/info", 500, 0, FeishuCalls.MAX_NETWORK_RETRIES + 1);
        FeishuBot failing = bot();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(failing::start).isInstanceOf(FeishuBotException.class)
                    .hasMessageContaining("server error (HTTP 500) 5 times").hasMessageContaining("on Feishu's side")
                    .hasMessageNotContaining("bot capability").hasMessageNotContaining(FakeFeishuServer.APP_SECRET)
                    .hasMessageNotContaining("\n");
        } finally {
            failing.close();
        }
        assertThat(feishu.requests().stream().filter(r -> r.equals("GET /open-apis/bot/v3/info"))).hasSize(6);
    }

    @Test
    void a_stranger_is_refused_once_and_a_crowd_of_strangers_only_as_often_as_the_budget_allows() throws Exception {
        for (int i = 1; i <= 5; i++) {
            feishu.push(Events.privateText("ev-" + i, STRANGER, STRANGER_CHAT, "劳模有谁？"));
        }
        int crowd = StrangerRefusals.PER_MINUTE + 5;
        for (int i = 0; i < crowd; i++) {
            feishu.push(Events.privateText("ev-crowd-" + i, "ou_stranger_" + i, "oc_p2p_stranger_" + i, "劳模有谁？"));
        }
        feishu.push(Events.privateText("ev-alice", ALICE, ALICE_CHAT, "劳模有谁？"));

        feishu.awaitSentTo(ALICE_CHAT, 1);
        feishu.awaitSent(sent -> !sent.chatId().equals(ALICE_CHAT), StrangerRefusals.PER_MINUTE, Duration.ofSeconds(20));
        Thread.sleep(1_000);

        long refusals = feishu.sent().stream().filter(sent -> !sent.chatId().equals(ALICE_CHAT)).count();
        System.out.println("Feishu: 5 messages from one stranger and " + crowd + " more strangers at once got " + refusals
                + " refusals; the one stranger " + feishu.sentTo(STRANGER_CHAT).size());
        assertThat(feishu.sentTo(STRANGER_CHAT)).hasSize(1);
        assertThat(refusals).isEqualTo(StrangerRefusals.PER_MINUTE);
        assertThat(feishu.sent()).filteredOn(sent -> !sent.chatId().equals(ALICE_CHAT))
                .allSatisfy(sent -> assertThat(sent.text()).doesNotContain(NEWS));
        assertThat(paper.questions()).containsExactly("劳模有谁？");
    }

    @Test
    void a_rich_text_message_is_read_like_a_text_message_in_a_private_chat_and_in_a_group() throws Exception {
        feishu.push(Events.post("ev-1", ALICE, ALICE_CHAT, false, "", false, "劳模有谁？"));
        feishu.push(Events.post("ev-2", "ou_carol", GROUP, true, "请教", true, "这次的", "劳模有谁？"));
        feishu.push(Events.post("ev-3", "ou_carol", GROUP, true, "", false, "劳模有谁？大家知道吗"));

        FakeFeishuServer.Sent inPrivate = feishu.awaitSentTo(ALICE_CHAT, 1).get(0);
        FakeFeishuServer.Sent inGroup = feishu.awaitSentTo(GROUP, 1).get(0);
        Thread.sleep(500);

        assertThat(inPrivate.text()).contains(NEWS).doesNotContain(prompts.text("feishu-non-text.zh.txt").strip());
        assertThat(inGroup.text()).contains(NEWS);
        assertThat(inGroup.replyTo()).isEqualTo(Events.messageId("ev-2"));
        assertThat(feishu.sentTo(GROUP)).hasSize(1);
        assertThat(paper.questions()).containsExactlyInAnyOrder("劳模有谁？", "请教 这次的 劳模有谁？");
    }
}
