package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.FrontEndRuntime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.SeedPaper;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.feishu.Events;
import com.newsbot.bot.feishu.FakeFeishuServer;
import com.newsbot.bot.feishu.FeishuBot;
import com.newsbot.bot.feishu.FeishuSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Done-when of the Feishu front end: the questions of {@code ../shared/eval/seed-dev.jsonl}, asked in
 * turn by a Telegram user and a Feishu user of one bot over the real seed index, get the same answers
 * (the text a reader sees, and the articles the buttons open).
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class SameAnswersInTelegramAndFeishuTest {
    private static final Path QUESTIONS = Path.of("..", "..", "shared", "eval", "seed-dev.jsonl");
    private static final long TELEGRAM_USER = 1001;
    private static final String FEISHU_USER = "ou_alice";
    private static final String FEISHU_CHAT = "oc_p2p_alice";

    @TempDir
    Path dir;

    private SeedPaper paper;
    private FakeTelegramServer telegram;
    private FakeFeishuServer feishu;
    private TelegramBot telegramBot;
    private FeishuBot feishuBot;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(Files.exists(QUESTIONS), "skipped: " + QUESTIONS.toAbsolutePath().normalize()
                + " is absent (the shared eval sets are not on this machine)");
        paper = SeedPaper.open();
        Prompts prompts = paper.prompts();
        ConversationHandler handler = paper.handler();
        telegram = FakeTelegramServer.start();
        telegramBot = new TelegramBot(new TelegramSettings(FakeTelegramServer.TOKEN, URI.create(telegram.url()),
                Long.toString(TELEGRAM_USER), dir.resolve("telegram"), Duration.ofSeconds(1), 2, 600, Duration.ofSeconds(5)),
                FrontEndRuntime.withoutState(handler, prompts), prompts);
        telegramBot.start();
        feishu = FakeFeishuServer.start();
        feishuBot = new FeishuBot(new FeishuSettings(FakeFeishuServer.APP_ID, FakeFeishuServer.APP_SECRET, URI.create(feishu.url()),
                FEISHU_USER, dir.resolve("feishu"), 2, 600, Duration.ofSeconds(5)), FrontEndRuntime.withoutState(handler, prompts), prompts);
        feishuBot.start();
        feishu.awaitConnections(1, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() throws Exception {
        if (paper == null) {
            return;
        }
        feishuBot.close();
        telegramBot.close();
        feishu.close();
        telegram.close();
        paper.close();
    }

    @Test
    void every_seed_dev_question_gets_the_same_answer_in_telegram_and_in_feishu() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(QUESTIONS, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                questions.add(json.readTree(line).path("q").asText());
            }
        }
        assertThat(questions).isNotEmpty();

        for (int i = 0; i < questions.size(); i++) {
            telegram.enqueue(Updates.privateText(i + 1, TELEGRAM_USER, questions.get(i)));
            FakeTelegramServer.Call inTelegram = telegram.awaitDeliveredTo(TELEGRAM_USER, i + 1).get(i);
            feishu.push(Events.privateText("ev-" + i, FEISHU_USER, FEISHU_CHAT, questions.get(i)));
            FakeFeishuServer.Sent inFeishu = feishu.awaitSentTo(FEISHU_CHAT, i + 1).get(i);

            String telegramText = FakeTelegramServer.parsedText(inTelegram.text("text")).replaceAll("\\s+", " ").strip();
            assertThat(inFeishu.plainText()).as(questions.get(i)).isEqualTo(telegramText);
            assertThat(inFeishu.buttons()).as(questions.get(i)).isEqualTo(buttons(inTelegram));
        }
        assertThat(telegram.deliveredTo(TELEGRAM_USER)).hasSize(questions.size());
        assertThat(feishu.sentTo(FEISHU_CHAT)).hasSize(questions.size());
        assertThat(feishu.rejected()).isEmpty();
        assertThat(telegram.violations()).isEmpty();
    }

    private static List<String> buttons(FakeTelegramServer.Call call) {
        List<String> ids = new ArrayList<>();
        for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                ids.add(button.path("callback_data").asText());
            }
        }
        return ids;
    }
}
