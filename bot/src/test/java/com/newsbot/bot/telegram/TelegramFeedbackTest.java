package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.FrontEndRuntime;
import com.fasterxml.jackson.databind.JsonNode;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Newspaper;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.LoggedQuestion;
import com.newsbot.bot.state.Vote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** 👍/👎 under answers, the question log and /subscribe, through the real client against the stand-in Bot API. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TelegramFeedbackTest {
    static final long ALICE = 1001;
    static final long BOB = 1002;
    static final long GROUP = -100200;

    @TempDir
    Path dir;

    private final Newspaper paper = new Newspaper();
    private final Prompts prompts = new Prompts();
    private FakeTelegramServer telegram;
    private BotState state;
    private TelegramBot bot;

    @BeforeEach
    void start() throws Exception {
        telegram = FakeTelegramServer.start();
        state = BotState.open(dir.resolve("newsbot.db"), true);
        RecordedConversation conversation = paper.recorded(state, prompts);
        TelegramSettings settings = new TelegramSettings(FakeTelegramServer.TOKEN, URI.create(telegram.url()),
                ALICE + "," + BOB + "," + GROUP, dir.resolve("telegram"), Duration.ofSeconds(1), 4, 60, Duration.ofSeconds(5));
        bot = new TelegramBot(settings, conversation, prompts, new FrontEndRuntime.Timing(Duration.ofMillis(10), Duration.ofMillis(1), Duration.ofMillis(100)));
        bot.start();
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        telegram.close();
        state.close();
    }

    private static List<JsonNode> buttons(JsonNode markup) {
        List<JsonNode> buttons = new ArrayList<>();
        markup.path("inline_keyboard").forEach(row -> row.forEach(buttons::add));
        return buttons;
    }

    private static JsonNode voteRow(JsonNode markup) {
        JsonNode keyboard = markup.path("inline_keyboard");
        return keyboard.get(keyboard.size() - 1);
    }

    @Test
    void an_answer_has_vote_buttons_whose_data_fits_telegram_and_its_question_is_logged_without_the_user() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "劳模有谁？"));

        FakeTelegramServer.Call reply = telegram.awaitDeliveredTo(ALICE, 1).get(0);
        JsonNode votes = voteRow(reply.body().path("reply_markup"));

        assertThat(votes.get(0).path("text").asText()).isEqualTo("👍");
        assertThat(votes.get(1).path("text").asText()).isEqualTo("👎");
        String up = votes.get(0).path("callback_data").asText();
        assertThat(up).matches("v:u:[A-Za-z0-9_-]{11}");
        assertThat(votes.get(1).path("callback_data").asText()).isEqualTo("v:d:" + up.substring(4));
        assertThat(buttons(reply.body().path("reply_markup"))).allSatisfy(button ->
                assertThat(button.path("callback_data").asText().getBytes(StandardCharsets.UTF_8).length).isBetween(1, 64));
        List<LoggedQuestion> logged = new ArrayList<>();
        state.questions().since(Instant.EPOCH, logged::add);
        assertThat(logged).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo("劳模有谁？");
            assertThat(q.found()).isTrue();
            assertThat(q.frontEnd()).isEqualTo("telegram");
            assertThat(q.answerId()).isEqualTo(up.substring(4));
            assertThat(q.articleIds()).containsExactly(paper.articleByKey("a1").id());
        });
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void pressing_a_vote_records_it_thanks_the_reader_and_the_button_turns_into_thanks() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "劳模有谁？"));
        FakeTelegramServer.Call reply = telegram.awaitDeliveredTo(ALICE, 1).get(0);
        JsonNode markup = reply.body().path("reply_markup");
        String down = voteRow(markup).get(1).path("callback_data").asText();

        telegram.enqueue(Updates.callbackUnder(2, ALICE, ALICE, 5000, markup, down));

        JsonNode edited = telegram.awaitCalls("editMessageReplyMarkup", 1, Duration.ofSeconds(10)).get(0).body();
        assertThat(edited.path("message_id").asInt()).isEqualTo(5000);
        JsonNode row = voteRow(edited.path("reply_markup"));
        assertThat(row.get(0).path("text").asText()).isEqualTo("👍");
        assertThat(row.get(1).path("text").asText()).isEqualTo("谢谢反馈");
        assertThat(buttons(edited.path("reply_markup"))).first().satisfies(open ->
                assertThat(open.path("callback_data").asText()).isEqualTo(paper.articleByKey("a1").id()));
        FakeTelegramServer.Call answered = telegram.awaitCalls("answerCallbackQuery", 1, Duration.ofSeconds(5)).get(0);
        assertThat(answered.text("text")).isEqualTo("谢谢反馈");
        List<Vote> votes = state.votes().since(Instant.EPOCH);
        assertThat(votes).singleElement().satisfies(vote -> {
            assertThat(vote.up()).isFalse();
            assertThat(vote.question()).isEqualTo("劳模有谁？");
            assertThat(vote.answer()).contains("仇杰");
            assertThat(vote.mode()).isEqualTo("extractive");
            assertThat(vote.articleIds()).containsExactly(paper.articleByKey("a1").id());
            assertThat(vote.frontEnd()).isEqualTo("telegram");
            assertThat(vote.userHash()).isNotEqualTo(Long.toString(ALICE)).hasSize(32);
        });
    }

    @Test
    void a_second_press_changes_the_vote_and_does_not_add_one() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "劳模有谁？"));
        JsonNode markup = telegram.awaitDeliveredTo(ALICE, 1).get(0).body().path("reply_markup");
        String up = voteRow(markup).get(0).path("callback_data").asText();
        String down = voteRow(markup).get(1).path("callback_data").asText();

        telegram.enqueue(Updates.callbackUnder(2, ALICE, ALICE, 5000, markup, up));
        JsonNode afterUp = telegram.awaitCalls("editMessageReplyMarkup", 1, Duration.ofSeconds(10)).get(0).body()
                .path("reply_markup");
        telegram.enqueue(Updates.callbackUnder(3, ALICE, ALICE, 5000, afterUp, down));
        telegram.awaitCalls("editMessageReplyMarkup", 2, Duration.ofSeconds(10));
        telegram.enqueue(Updates.callbackUnder(4, BOB, ALICE, 5000, afterUp, up));
        telegram.awaitCalls("answerCallbackQuery", 3, Duration.ofSeconds(10));

        List<Vote> votes = state.votes().since(Instant.EPOCH);
        assertThat(votes).hasSize(2);
        assertThat(votes).filteredOn(v -> v.userHash().equals(state.userHash("telegram", Long.toString(ALICE))))
                .singleElement().satisfies(v -> assertThat(v.up()).isFalse());
        assertThat(telegram.calls("answerCallbackQuery").get(1).text("text")).isEqualTo("已改为👎，谢谢反馈");
        JsonNode row = voteRow(telegram.calls("editMessageReplyMarkup").get(1).body().path("reply_markup"));
        assertThat(row.get(0).path("text").asText()).isEqualTo("👍");
        assertThat(row.get(1).path("text").asText()).isEqualTo("谢谢反馈");
    }

    @Test
    void help_in_telegram_names_the_vote_buttons_subscribing_and_more() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "/help"));

        String help = FakeTelegramServer.parsedText(telegram.awaitDeliveredTo(ALICE, 1).get(0).text("text"));

        assertThat(help).contains("/latest", "👍", "/subscribe", "/more");
    }

    @Test
    void subscribe_and_unsubscribe_keep_the_chat_on_the_list() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "/subscribe"));
        telegram.enqueue(Updates.privateText(2, ALICE, "/subscribe"));
        telegram.enqueue(Updates.groupText(3, GROUP, BOB, "/subscribe@" + FakeTelegramServer.BOT_USERNAME));

        List<FakeTelegramServer.Call> toAlice = telegram.awaitDeliveredTo(ALICE, 2);
        telegram.awaitDeliveredTo(GROUP, 1);
        assertThat(FakeTelegramServer.parsedText(toAlice.get(0).text("text"))).contains("已订阅");
        assertThat(FakeTelegramServer.parsedText(toAlice.get(1).text("text"))).contains("已经订阅");
        assertThat(state.subscriptions().chats("telegram")).containsExactlyInAnyOrder(Long.toString(ALICE), Long.toString(GROUP));

        telegram.enqueue(Updates.privateText(4, ALICE, "/unsubscribe"));
        assertThat(FakeTelegramServer.parsedText(telegram.awaitDeliveredTo(ALICE, 3).get(2).text("text"))).contains("已取消订阅");
        assertThat(state.subscriptions().chats("telegram")).containsExactly(Long.toString(GROUP));
    }

    @Test
    void the_last_handled_update_is_kept_in_the_state_database() throws Exception {
        telegram.enqueue(Updates.privateText(41, ALICE, "/help"));
        telegram.awaitDeliveredTo(ALICE, 1);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (state.offsets().lastHandled("telegram:" + FakeTelegramServer.BOT_ID) < 41 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(state.offsets().lastHandled("telegram:" + FakeTelegramServer.BOT_ID)).isEqualTo(41);
        assertThat(dir.resolve("telegram").resolve(OffsetStore.FILE_NAME)).doesNotExist();
    }

    @Test
    void a_restarted_bot_on_the_same_database_does_not_answer_old_updates_again() throws Exception {
        telegram.enqueue(Updates.privateText(1, ALICE, "劳模有谁？"));
        telegram.awaitDeliveredTo(ALICE, 1);
        bot.close();

        telegram.ignoreOffsetOnce();
        telegram.enqueue(Updates.privateText(2, ALICE, "/help"));
        bot = new TelegramBot(new TelegramSettings(FakeTelegramServer.TOKEN, URI.create(telegram.url()), Long.toString(ALICE),
                dir.resolve("telegram"), Duration.ofSeconds(1), 4, 60, Duration.ofSeconds(5)),
                paper.recorded(state, prompts), prompts);
        bot.start();

        telegram.awaitDelivered(call -> FakeTelegramServer.parsedText(call.text("text")).contains("/latest"), 1,
                Duration.ofSeconds(10));
        Thread.sleep(300);
        assertThat(telegram.deliveredTo(ALICE)).hasSize(2);
        assertThat(paper.questions()).containsExactly("劳模有谁？");
    }

    @Test
    void over_a_damaged_database_the_bot_still_answers_without_vote_buttons_and_says_subscribing_is_off() throws Exception {
        bot.close();
        java.nio.file.Path broken = dir.resolve("broken.db");
        java.nio.file.Files.writeString(broken, "not sqlite\n".repeat(500));
        try (BotState off = BotState.open(broken, true)) {
            assertThat(off.available()).isFalse();
            bot = new TelegramBot(new TelegramSettings(FakeTelegramServer.TOKEN, URI.create(telegram.url()), Long.toString(ALICE),
                    dir.resolve("telegram-off"), Duration.ofSeconds(1), 4, 60, Duration.ofSeconds(5)),
                    paper.recorded(off, prompts), prompts);
            bot.start();

            telegram.enqueue(Updates.privateText(1, ALICE, "劳模有谁？"));
            telegram.enqueue(Updates.privateText(2, ALICE, "/subscribe"));

            List<FakeTelegramServer.Call> replies = telegram.awaitDeliveredTo(ALICE, 2);
            assertThat(FakeTelegramServer.parsedText(replies.get(0).text("text"))).contains("仇杰");
            assertThat(buttons(replies.get(0).body().path("reply_markup")))
                    .noneSatisfy(button -> assertThat(button.path("callback_data").asText()).startsWith("v:"));
            assertThat(FakeTelegramServer.parsedText(replies.get(1).text("text"))).contains("状态数据库出了问题");
            assertThat(dir.resolve("telegram-off").resolve(OffsetStore.FILE_NAME)).exists();
        }
    }
}
