package com.newsbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbot.bot.chat.Newspaper;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Telegram front end end to end: the real TelegramBots client against a stand-in Bot API on loopback. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TelegramBotTest {
    static final long ALICE = 1001;
    static final long BOB = 1002;
    static final long CAROL = 1003;
    static final long STRANGER = 6666;
    static final long GROUP = -100200;
    static final String ALLOWED = ALICE + ", " + BOB + "," + GROUP;

    @TempDir
    Path state;

    private final Newspaper paper = new Newspaper();
    @AutoClose
    private final StandInTelegram standIn = StandInTelegram.start(paper);
    private final FakeTelegramServer telegram = standIn.server();

    private TelegramBot startBot(int messagesPerMinute) throws Exception {
        return standIn.startBot(standIn.settings(ALLOWED, state, 4, messagesPerMinute, Duration.ofSeconds(5)), TelegramBot.TIMING);
    }

    private TelegramBot startBot() throws Exception {
        return startBot(60);
    }

    private static String text(FakeTelegramServer.Call call) {
        return FakeTelegramServer.parsedText(call.text("text"));
    }

    private static List<String> callbackData(FakeTelegramServer.Call call) {
        List<String> data = new ArrayList<>();
        for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
            row.forEach(button -> data.add(button.path("callback_data").asText()));
        }
        return data;
    }

    @Test
    void registers_its_commands_at_start() throws Exception {
        startBot();

        JsonNode commands = telegram.awaitCalls("setMyCommands", 1, Duration.ofSeconds(5)).get(0).body().get("commands");

        List<String> names = new ArrayList<>();
        commands.forEach(command -> names.add(command.path("command").asText()));
        assertThat(names).containsExactly("start", "help", "latest", "issues", "issue", "search", "source", "subscribe",
                "unsubscribe");
        assertThat(commands.get(2).path("description").asText()).isEqualTo("最新一期要点");
    }

    @Test
    void answers_a_private_question_in_html_with_the_source_and_a_button_to_open_it() throws Exception {
        startBot();

        telegram.enqueue(Updates.privateText(1, ALICE, "劳模有谁？"));

        FakeTelegramServer.Call reply = telegram.awaitDeliveredTo(ALICE, 1).get(0);
        assertThat(reply.text("parse_mode")).isEqualToIgnoringCase("HTML");
        assertThat(text(reply)).contains("仇杰", "[1]", "来源：", "《仇杰等四人荣获“全国劳动模范”称号》", "上汽报·第1期", "2020年11月24日");
        assertThat(reply.text("text")).contains("<b>来源：</b>");
        assertThat(callbackData(reply)).containsExactly(paper.articleByKey("a1").id());
        assertThat(telegram.awaitCalls("sendChatAction", 1, Duration.ofSeconds(5))).anySatisfy(call -> {
            assertThat(call.text("action")).isEqualTo("typing");
            assertThat(call.text("chat_id")).isEqualTo(Long.toString(ALICE));
        });
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void follow_up_questions_in_a_chat_are_answered_with_its_history() throws Exception {
        startBot();

        telegram.enqueue(Updates.privateText(1, ALICE, "劳模有谁？"));
        telegram.enqueue(Updates.privateText(2, ALICE, "他们是哪天表彰的？"));

        List<FakeTelegramServer.Call> replies = telegram.awaitDeliveredTo(ALICE, 2);
        assertThat(text(replies.get(1))).contains("11月24日[1]");
        assertThat(paper.histories().get(1)).hasSize(1);
    }

    @Test
    void latest_lists_the_issue_with_a_button_per_article() throws Exception {
        startBot();

        telegram.enqueue(Updates.privateText(1, ALICE, "/latest"));

        FakeTelegramServer.Call reply = telegram.awaitDeliveredTo(ALICE, 1).get(0);
        assertThat(text(reply)).contains("上汽报·第1期", "仇杰等四人荣获", "微评：劳动最光荣", "本期短评与专栏");
        assertThat(callbackData(reply)).containsExactly(paper.articleByKey("a1").id(), paper.articleByKey("a2").id(),
                paper.articleByKey("a3").id());
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void a_button_press_is_answered_and_opens_the_article() throws Exception {
        startBot();

        telegram.enqueue(Updates.callback(1, ALICE, ALICE, paper.articleByKey("a1").id()));

        FakeTelegramServer.Call article = telegram.awaitDeliveredTo(ALICE, 1).get(0);
        assertThat(text(article)).contains("作者：林芸", "上汽集团技术中心副主任仇杰等四人荣获");
        List<FakeTelegramServer.Call> answered = telegram.calls("answerCallbackQuery");
        assertThat(answered).hasSize(1);
        assertThat(answered.get(0).text("callback_query_id")).isEqualTo("cb-1");
    }

    @Test
    void in_a_group_it_answers_mentions_commands_and_replies_to_itself_only() throws Exception {
        startBot();

        telegram.enqueue(Updates.groupText(1, GROUP, CAROL, "劳模有谁？大家知道吗"));
        telegram.enqueue(Updates.groupText(2, GROUP, CAROL, "/help@OtherBot"));
        telegram.enqueue(Updates.groupText(3, GROUP, CAROL, "@" + FakeTelegramServer.BOT_USERNAME + " 劳模有谁？"));
        telegram.enqueue(Updates.groupText(4, GROUP, CAROL, "/help@" + FakeTelegramServer.BOT_USERNAME));
        telegram.enqueue(Updates.groupReplyToBot(5, GROUP, CAROL, "他们是哪天表彰的？"));
        telegram.enqueue(Updates.groupTextMention(6, GROUP, CAROL, "新闻助手", "hostile"));

        List<FakeTelegramServer.Call> replies = telegram.awaitDeliveredTo(GROUP, 4);
        assertThat(replies).extracting(call -> call.body().path("reply_parameters").path("message_id").asInt())
                .containsExactly(103, 104, 105, 106);
        assertThat(text(replies.get(1))).contains("/latest");
        assertThat(paper.questions()).containsExactly("劳模有谁？", "他们是哪天表彰的？", "hostile");
        assertThat(paper.histories().get(1)).hasSize(1);
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void in_a_forum_topic_the_answer_the_typing_and_the_opened_article_stay_in_that_topic() throws Exception {
        startBot();

        telegram.enqueue(Updates.inTopic(Updates.groupText(1, GROUP, CAROL, "@" + FakeTelegramServer.BOT_USERNAME + " 劳模有谁？"), 77));
        List<FakeTelegramServer.Call> answer = telegram.awaitDeliveredTo(GROUP, 1);
        telegram.enqueue(Updates.inTopic(Updates.callback(2, CAROL, GROUP, paper.articleByKey("a1").id()), 77));
        telegram.enqueue(Updates.groupText(3, GROUP, CAROL, "@" + FakeTelegramServer.BOT_USERNAME + " 劳模有谁？"));

        List<FakeTelegramServer.Call> replies = telegram.awaitDeliveredTo(GROUP, 3);
        assertThat(answer.get(0).body().path("message_thread_id").asInt()).isEqualTo(77);
        assertThat(replies.get(1).body().path("message_thread_id").asInt()).isEqualTo(77);
        assertThat(text(replies.get(1))).contains("作者：林芸");
        assertThat(replies.get(2).body().has("message_thread_id")).isFalse();
        assertThat(telegram.calls("sendChatAction")).filteredOn(c -> c.body().path("message_thread_id").asInt() == 77)
                .isNotEmpty();
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void a_stranger_is_told_their_id_and_gets_no_news() throws Exception {
        startBot();

        telegram.enqueue(Updates.privateText(1, STRANGER, "劳模有谁？"));
        telegram.enqueue(Updates.callback(2, STRANGER, STRANGER, paper.articleByKey("a1").id()));
        telegram.enqueue(Updates.privateText(3, ALICE, "/help"));

        telegram.awaitDeliveredTo(ALICE, 1);
        List<FakeTelegramServer.Call> toStranger = telegram.awaitDeliveredTo(STRANGER, 1);
        assertThat(toStranger).hasSize(1);
        assertThat(text(toStranger.get(0))).contains(Long.toString(STRANGER)).doesNotContain("仇杰");
        assertThat(callbackData(toStranger.get(0))).isEmpty();
        assertThat(paper.questions()).isEmpty();
        FakeTelegramServer.Call refusedButton = telegram.awaitCalls("answerCallbackQuery", 1, Duration.ofSeconds(5)).get(0);
        assertThat(refusedButton.text("text")).contains(Long.toString(STRANGER));
    }

    @Test
    void a_429_is_waited_out_and_the_reply_delivered_once() throws Exception {
        startBot();
        telegram.failNextSend(FakeTelegramServer.Failure.RATE_LIMITED);

        telegram.enqueue(Updates.privateText(1, ALICE, "劳模有谁？"));

        telegram.awaitDeliveredTo(ALICE, 1);
        List<FakeTelegramServer.Call> attempts = telegram.calls("sendMessage");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).atNanos() - attempts.get(0).atNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(900).toNanos());
        Thread.sleep(300);
        assertThat(telegram.deliveredTo(ALICE)).hasSize(1);
    }

    @Test
    void a_server_error_is_retried_and_the_reply_delivered_once() throws Exception {
        assertRetriedAndDeliveredOnceAfter(FakeTelegramServer.Failure.BAD_GATEWAY);
    }

    @Test
    void a_dropped_connection_is_retried_and_the_reply_delivered_once() throws Exception {
        assertRetriedAndDeliveredOnceAfter(FakeTelegramServer.Failure.DROPPED_CONNECTION);
    }

    /** The first send of a /help reply fails with {@code failure}: the reply is sent again and delivered once. */
    private void assertRetriedAndDeliveredOnceAfter(FakeTelegramServer.Failure failure) throws Exception {
        startBot();
        telegram.failNextSend(failure);

        telegram.enqueue(Updates.privateText(1, ALICE, "/help"));

        telegram.awaitDeliveredTo(ALICE, 1);
        Thread.sleep(300);
        assertThat(telegram.calls("sendMessage")).hasSize(2);
        assertThat(telegram.deliveredTo(ALICE)).hasSize(1);
    }

    @Test
    void polling_backs_off_through_an_outage_and_then_answers() throws Exception {
        telegram.failNextPolls(2);
        startBot();

        telegram.enqueue(Updates.privateText(1, ALICE, "/help"));

        telegram.awaitDeliveredTo(ALICE, 1);
        assertThat(telegram.calls("getUpdates")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void a_message_telegram_cannot_parse_is_sent_again_as_plain_text() throws Exception {
        startBot();
        telegram.failNextSend(FakeTelegramServer.Failure.UNPARSABLE_HTML);

        telegram.enqueue(Updates.privateText(1, ALICE, "hostile"));

        FakeTelegramServer.Call reply = telegram.awaitDeliveredTo(ALICE, 1).get(0);
        assertThat(reply.text("parse_mode")).isNull();
        assertThat(reply.text("text")).contains(Newspaper.HOSTILE_ANSWER);
        assertThat(callbackData(reply)).containsExactly(paper.articleByKey("a2").id());
    }

    @Test
    void html_hostile_text_is_escaped_and_reads_back_unchanged() throws Exception {
        startBot();

        telegram.enqueue(Updates.privateText(1, ALICE, "hostile"));
        telegram.enqueue(Updates.privateText(2, ALICE, "/source " + paper.articleByKey("a2").id()));

        List<FakeTelegramServer.Call> replies = telegram.awaitDeliveredTo(ALICE, 2);
        assertThat(telegram.violations()).isEmpty();
        assertThat(replies.get(0).text("text")).contains("答案里有 &lt;b&gt;&amp;&quot;'");
        assertThat(text(replies.get(0))).contains(Newspaper.HOSTILE_ANSWER);
        assertThat(text(replies.get(1))).contains("<b>标题 & \"引号\" 'single'</b>", "<script>alert(\"x\")</script>");
    }

    @Test
    void a_6000_character_question_gets_a_short_valid_reply() throws Exception {
        startBot();

        telegram.enqueue(Updates.privateText(1, ALICE, "问".repeat(6000)));

        FakeTelegramServer.Call reply = telegram.awaitDeliveredTo(ALICE, 1).get(0);
        assertThat(reply.text("text").length()).isLessThanOrEqualTo(TelegramHtml.MAX_MESSAGE_LENGTH);
        assertThat(text(reply)).contains("6000");
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void a_long_article_arrives_in_several_valid_messages_under_the_limit() throws Exception {
        startBot();

        telegram.enqueue(Updates.privateText(1, ALICE, "/source " + Newspaper.LONG_ARTICLE_ID));
        telegram.enqueue(Updates.privateText(2, ALICE, "/help"));

        List<FakeTelegramServer.Call> replies = telegram.awaitDelivered(call -> call.text("chat_id").equals(Long.toString(ALICE))
                && text(call).contains("/latest"), 1, Duration.ofSeconds(10));
        List<FakeTelegramServer.Call> parts = telegram.deliveredTo(ALICE);
        parts = parts.subList(0, parts.size() - 1);
        assertThat(replies).hasSize(1);
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(parts).allSatisfy(part -> assertThat(part.text("text").length()).isLessThanOrEqualTo(4096));
        assertThat(String.join("\n\n", parts.stream().map(TelegramBotTest::text).toList()))
                .contains("第1段第1句", "第60段第10句，内容<>&。");
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void stickers_get_a_hint_and_edits_are_ignored() throws Exception {
        startBot();

        telegram.enqueue(Updates.sticker(1, ALICE));
        telegram.enqueue(Updates.edited(2, ALICE, "劳模有谁？"));
        telegram.enqueue(Updates.privateText(3, ALICE, "/help"));

        List<FakeTelegramServer.Call> replies = telegram.awaitDeliveredTo(ALICE, 2);
        assertThat(text(replies.get(0))).contains("文字");
        assertThat(text(replies.get(1))).contains("/latest");
        assertThat(paper.questions()).isEmpty();
    }

    @Test
    void a_user_over_the_rate_limit_is_told_once_to_slow_down() throws Exception {
        startBot(2);

        for (int id = 1; id <= 4; id++) {
            telegram.enqueue(Updates.privateText(id, ALICE, "/help"));
        }
        telegram.enqueue(Updates.privateText(5, BOB, "/help"));

        telegram.awaitDeliveredTo(BOB, 1);
        List<FakeTelegramServer.Call> replies = telegram.awaitDeliveredTo(ALICE, 3);
        Thread.sleep(300);
        assertThat(telegram.deliveredTo(ALICE)).hasSize(3);
        assertThat(text(replies.get(2))).contains("秒后再试");
    }

    @Test
    void a_slow_answer_in_one_chat_does_not_hold_up_another_chat() throws Exception {
        startBot();

        telegram.enqueue(Updates.privateText(1, ALICE, "slow 劳模"));
        telegram.enqueue(Updates.privateText(2, BOB, "劳模有谁？"));

        telegram.awaitDeliveredTo(BOB, 1);
        assertThat(telegram.deliveredTo(ALICE)).isEmpty();
        paper.releaseSlow();
        telegram.awaitDeliveredTo(ALICE, 1);
    }

    @Test
    void a_restarted_bot_does_not_answer_old_updates_again() throws Exception {
        TelegramBot first = startBot();
        telegram.enqueue(Updates.privateText(1, ALICE, "劳模有谁？"));
        telegram.awaitDeliveredTo(ALICE, 1);
        first.close();
        assertThat(telegram.calls("getUpdates")).last().satisfies(call -> assertThat(call.body().path("offset").asInt()).isEqualTo(2));

        telegram.ignoreOffsetOnce();
        telegram.enqueue(Updates.privateText(2, ALICE, "/help"));
        startBot();

        List<FakeTelegramServer.Call> replies = telegram.awaitDelivered(call -> text(call).contains("/latest"), 1, Duration.ofSeconds(10));
        Thread.sleep(300);
        assertThat(replies).hasSize(1);
        assertThat(telegram.deliveredTo(ALICE)).hasSize(2);
        assertThat(paper.questions()).containsExactly("劳模有谁？");
    }

    @Test
    void close_lets_a_reply_being_composed_finish_before_stopping() throws Exception {
        TelegramBot bot = startBot();
        telegram.enqueue(Updates.privateText(1, ALICE, "slow 劳模"));
        telegram.awaitCalls("sendChatAction", 1, Duration.ofSeconds(5));

        Thread releaser = new Thread(() -> {
            sleepQuietly(500);
            paper.releaseSlow();
        });
        releaser.start();
        bot.close();

        assertThat(telegram.deliveredTo(ALICE)).hasSize(1);
    }

    @Test
    void run_until_shutdown_answers_until_closed_and_then_returns() throws Exception {
        TelegramBot bot = standIn.bot(standIn.settings(ALLOWED, state, 2, 60, Duration.ofSeconds(5)), TelegramBot.TIMING);
        Thread runner = new Thread(() -> {
            try {
                bot.runUntilShutdown();
            } catch (com.newsbot.bot.frontend.FrontEndException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        runner.start();
        telegram.enqueue(Updates.privateText(1, ALICE, "/help"));
        telegram.awaitDeliveredTo(ALICE, 1);

        bot.close();
        runner.join(10_000);

        assertThat(runner.isAlive()).isFalse();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
