package com.newsbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Acceptance: the Telegram bot over the real seed, real index and answer composer, against the stand-in Bot API. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TelegramOverTheSeedTest {
    private static final long ALICE = 1001;

    @TempDir
    Path dir;

    @Test
    void a_question_is_answered_from_the_paper_and_its_button_opens_the_source() throws Exception {
        try (TelegramOverSeed seed = TelegramOverSeed.start(dir, Long.toString(ALICE), 2, 60)) {
            FakeTelegramServer telegram = seed.telegram();

            telegram.enqueue(Updates.privateText(1, ALICE, "谁荣获了“全国劳动模范”称号？"));

            FakeTelegramServer.Call answer = telegram.awaitDeliveredTo(ALICE, 1).get(0);
            String text = FakeTelegramServer.parsedText(answer.text("text"));
            assertThat(text).contains("仇杰", "[1]", "来源：", "2020年11月24日");
            JsonNode button = answer.body().path("reply_markup").path("inline_keyboard").get(0).get(0);
            String articleId = button.path("callback_data").asText();

            telegram.enqueue(Updates.callback(2, ALICE, ALICE, articleId));

            List<FakeTelegramServer.Call> replies = telegram.awaitDeliveredTo(ALICE, 2);
            assertThat(FakeTelegramServer.parsedText(replies.get(1).text("text"))).contains("作者：林芸", "上汽在职全国劳模共有13位");
            assertThat(telegram.violations()).isEmpty();
        }
    }

    @Test
    void latest_arrives_as_valid_html_with_a_button_per_article() throws Exception {
        try (TelegramOverSeed seed = TelegramOverSeed.start(dir, Long.toString(ALICE), 2, 60)) {
            FakeTelegramServer telegram = seed.telegram();

            telegram.enqueue(Updates.privateText(1, ALICE, "/latest"));

            FakeTelegramServer.Call latest = telegram.awaitDeliveredTo(ALICE, 1).get(0);
            assertThat(FakeTelegramServer.parsedText(latest.text("text"))).contains("最新一期：", "2020年11月24日", "仇杰等四人荣获");
            assertThat(latest.body().path("reply_markup").path("inline_keyboard").size())
                    .isEqualTo(seed.paper().index().issues().get(0).articles().size());
            assertThat(telegram.violations()).isEmpty();
        }
    }
}
