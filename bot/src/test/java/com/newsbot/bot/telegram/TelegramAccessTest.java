package com.newsbot.bot.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.newsbot.bot.chat.Newspaper;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allow-list ({@code NEWSBOT_ALLOWED_CHATS}) names user and group ids; the rule is: a private chat
 * is served when its person is listed, a group only when the group itself is listed. A listed person
 * asking in an unlisted group is told the group is not enabled (with its id), and everyone else is
 * told their ids only. These tests try to get news out of the bot without being listed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TelegramAccessTest {
    private static final long ALICE = 1001;
    private static final long STRANGER = 6666;
    private static final long OTHER_STRANGER = 6667;
    private static final long ALLOWED_GROUP = -100200;
    private static final long OTHER_GROUP = -100300;
    private static final String NEWS = "仇杰";

    @TempDir
    Path state;

    private final Newspaper paper = new Newspaper();
    @AutoClose
    private final StandInTelegram standIn = StandInTelegram.start(paper);
    private final FakeTelegramServer telegram = standIn.server();

    @BeforeEach
    void startBot() throws Exception {
        standIn.startBot(standIn.settings(ALICE + "," + ALLOWED_GROUP, state, 2, 60, Duration.ofSeconds(5)), TelegramBot.TIMING);
    }

    private static String text(FakeTelegramServer.Call call) {
        return FakeTelegramServer.parsedText(call.text("text"));
    }

    /** A private message from {@code sender}, forwarded from a message {@code originalAuthor} wrote. */
    private static ObjectNode forwardedFrom(int updateId, long sender, long originalAuthor, String text) {
        ObjectNode update = Updates.privateText(updateId, sender, text);
        ObjectNode origin = JsonNodeFactory.instance.objectNode().put("type", "user").put("date", 1_699_999_000);
        origin.set("sender_user", JsonNodeFactory.instance.objectNode().put("id", originalAuthor).put("is_bot", false)
                .put("first_name", "同事" + originalAuthor));
        ((ObjectNode) update.get("message")).set("forward_origin", origin);
        ((ObjectNode) update.get("message")).set("forward_from", origin.get("sender_user"));
        ((ObjectNode) update.get("message")).put("forward_date", 1_699_999_000);
        return update;
    }

    @Test
    void a_message_forwarded_from_an_allowed_user_by_a_stranger_is_refused() throws Exception {
        telegram.enqueue(forwardedFrom(1, STRANGER, ALICE, "劳模有谁？"));

        FakeTelegramServer.Call reply = telegram.awaitDeliveredTo(STRANGER, 1).get(0);

        assertThat(text(reply)).contains(Long.toString(STRANGER)).doesNotContain(NEWS).doesNotContain(Long.toString(ALICE));
        assertThat(paper.questions()).isEmpty();
    }

    @Test
    void a_stranger_in_an_allowed_group_is_served_because_the_group_is_listed() throws Exception {
        telegram.enqueue(Updates.groupText(1, ALLOWED_GROUP, STRANGER, "@" + FakeTelegramServer.BOT_USERNAME + " 劳模有谁？"));

        FakeTelegramServer.Call reply = telegram.awaitDeliveredTo(ALLOWED_GROUP, 1).get(0);

        assertThat(text(reply)).contains(NEWS);
    }

    @Test
    void in_an_unlisted_group_a_stranger_is_refused_and_a_listed_user_is_told_the_group_is_not_enabled() throws Exception {
        telegram.enqueue(Updates.groupText(1, OTHER_GROUP, STRANGER, "@" + FakeTelegramServer.BOT_USERNAME + " 劳模有谁？"));
        telegram.enqueue(Updates.groupText(2, OTHER_GROUP, ALICE, "@" + FakeTelegramServer.BOT_USERNAME + " 劳模有谁？"));

        List<FakeTelegramServer.Call> replies = telegram.awaitDeliveredTo(OTHER_GROUP, 2);
        Thread.sleep(300);

        FakeTelegramServer.Call toStranger = replies.stream()
                .filter(c -> c.body().path("reply_parameters").path("message_id").asInt() == 101).findFirst().orElseThrow();
        FakeTelegramServer.Call toAlice = replies.stream()
                .filter(c -> c.body().path("reply_parameters").path("message_id").asInt() == 102).findFirst().orElseThrow();
        assertThat(text(toStranger)).contains(Long.toString(STRANGER)).doesNotContain(NEWS);
        assertThat(text(toAlice)).contains("没有开通").contains(Long.toString(OTHER_GROUP)).doesNotContain(NEWS);
        assertThat(telegram.delivered()).hasSize(2);
        assertThat(telegram.deliveredTo(ALICE)).isEmpty();
        assertThat(paper.questions()).isEmpty();
    }

    @Test
    void a_listed_user_is_served_in_a_private_chat() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "劳模有谁？"));

        FakeTelegramServer.Call reply = telegram.awaitDeliveredTo(ALICE, 1).get(0);

        assertThat(text(reply)).contains(NEWS);
    }

    @Test
    void a_listed_users_button_press_in_an_unlisted_group_opens_nothing_and_says_the_group_is_not_enabled() throws Exception {
        telegram.enqueue(Updates.callback(1, ALICE, OTHER_GROUP, paper.articleByKey("a1").id()));

        List<FakeTelegramServer.Call> answered = telegram.awaitCalls("answerCallbackQuery", 1, Duration.ofSeconds(10));
        Thread.sleep(500);

        assertThat(answered.get(0).text("text")).contains("没有开通").contains(Long.toString(OTHER_GROUP));
        assertThat(telegram.delivered()).isEmpty();
    }

    @Test
    void a_strangers_button_press_in_an_unlisted_chat_opens_nothing() throws Exception {
        String article = paper.articleByKey("a1").id();
        telegram.enqueue(Updates.callback(1, STRANGER, OTHER_GROUP, article));
        telegram.enqueue(Updates.callback(2, OTHER_STRANGER, OTHER_STRANGER, article));

        List<FakeTelegramServer.Call> answered = telegram.awaitCalls("answerCallbackQuery", 2, Duration.ofSeconds(10));
        Thread.sleep(500);

        assertThat(answered).allSatisfy(call -> assertThat(call.text("text")).contains("ID").doesNotContain(NEWS));
        assertThat(telegram.delivered()).isEmpty();
    }

    @Test
    void a_strangers_button_press_in_an_allowed_group_opens_the_article_in_that_group_only() throws Exception {
        String article = paper.articleByKey("a1").id();
        telegram.enqueue(Updates.callback(1, STRANGER, ALLOWED_GROUP, article));

        FakeTelegramServer.Call opened = telegram.awaitDeliveredTo(ALLOWED_GROUP, 1).get(0);
        Thread.sleep(300);

        assertThat(text(opened)).contains("作者：林芸");
        assertThat(telegram.deliveredTo(STRANGER)).isEmpty();
        assertThat(telegram.delivered()).hasSize(1);
    }

    @Test
    void a_button_naming_an_allowed_chat_pressed_by_a_stranger_sends_the_article_to_that_chat_not_to_the_stranger()
            throws Exception {
        telegram.enqueue(Updates.callback(1, STRANGER, ALICE, paper.articleByKey("a1").id()));

        telegram.awaitCalls("answerCallbackQuery", 1, Duration.ofSeconds(10));
        Thread.sleep(500);

        assertThat(telegram.deliveredTo(STRANGER)).isEmpty();
        assertThat(telegram.delivered()).allSatisfy(call -> assertThat(call.text("chat_id")).isEqualTo(Long.toString(ALICE)));
    }

    @Test
    void a_stranger_cannot_use_commands_or_articles_ids_either() throws Exception {
        telegram.enqueue(Updates.privateText(1, STRANGER, "/latest"));
        telegram.enqueue(Updates.privateText(2, STRANGER, "/source " + paper.articleByKey("a1").id()));
        telegram.enqueue(Updates.privateText(3, STRANGER, "/search 劳模"));

        List<FakeTelegramServer.Call> replies = telegram.awaitDeliveredTo(STRANGER, 1);
        Thread.sleep(500);

        assertThat(replies).allSatisfy(call -> assertThat(text(call)).contains(Long.toString(STRANGER))
                .doesNotContain(NEWS).doesNotContain("劳动模范").doesNotContain("上汽报"));
        assertThat(telegram.deliveredTo(STRANGER)).as("one refusal per stranger per period (issue 15)").hasSize(1);
        assertThat(paper.questions()).isEmpty();
    }
}
