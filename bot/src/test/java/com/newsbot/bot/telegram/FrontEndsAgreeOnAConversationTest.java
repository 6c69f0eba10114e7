package com.newsbot.bot.telegram;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.chat.Answerer;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.IndexedArticles;
import com.newsbot.bot.chat.IssueSummaries;
import com.newsbot.bot.console.ConsoleChat;
import com.newsbot.bot.feishu.Events;
import com.newsbot.bot.feishu.FakeFeishuServer;
import com.newsbot.bot.feishu.FeishuBot;
import com.newsbot.bot.feishu.FeishuSettings;
import com.newsbot.bot.frontend.FrontEndRuntime;
import com.newsbot.bot.summary.IssueSummarizer;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One conversation (a question, a follow-up, the source, a correction) typed in the console, sent to the Telegram bot
 * and to the Feishu bot, each front end with a handler of its own over the same seed index: every turn gets the same
 * answer in all three (the answer's first line is in each front end's reply to that turn).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class FrontEndsAgreeOnAConversationTest {
    private static final List<String> CONVERSATION = List.of(
            "联创汽车电子跟哪家公司搞了战略合作？",
            "双方的备忘录是哪天签的？",
            "这条的原文发我一下",
            "不是这个，我想问的是上汽在职的全国劳模有几位？");
    private static final long ALICE = 1001;
    private static final String FEISHU_USER = "ou_alice";
    private static final String FEISHU_CHAT = "oc_p2p_alice";

    @TempDir
    Path dir;

    @Test
    void the_same_conversation_gets_the_same_answers_in_the_console_telegram_and_feishu() throws Exception {
        Prompts prompts = new Prompts();
        NewsIndex index = SeedIndex.sharedWithEmbeddings();
        try (AnswerComposer composer = new AnswerComposer(index); IssueSummarizer summarizer = new IssueSummarizer(index)) {
            java.util.function.Supplier<ConversationHandler> handlers = () -> new ConversationHandler(
                    Answerer.of(composer), IssueSummaries.of(summarizer::latest, summarizer::of),
                    new IndexedArticles(index), prompts, index.embeddingModel().orElseThrow());

            List<String> expected = new ArrayList<>();
            ConversationHandler reference = handlers.get();
            for (String turn : CONVERSATION) {
                expected.add(firstLine(reference.ask("reference", turn).text()));
            }
            assertThat(expected).doesNotHaveDuplicates();

            ByteArrayOutputStream console = new ByteArrayOutputStream();
            int exit = new ConsoleChat(handlers.get(), prompts).run(
                    new BufferedReader(new StringReader(String.join("\n", CONVERSATION) + "\n")),
                    new PrintStream(console, true, StandardCharsets.UTF_8), false);
            assertThat(exit).isZero();
            String consoleText = console.toString(StandardCharsets.UTF_8);

            List<String> telegramTexts = new ArrayList<>();
            try (FakeTelegramServer telegram = FakeTelegramServer.start()) {
                TelegramBot bot = new TelegramBot(new TelegramSettings(FakeTelegramServer.TOKEN,
                        URI.create(telegram.url()), Long.toString(ALICE), dir.resolve("telegram-state"),
                        Duration.ofSeconds(1), 2, 60, Duration.ofSeconds(5)), FrontEndRuntime.withoutState(handlers.get(), prompts), prompts);
                bot.start();
                try {
                    for (int i = 0; i < CONVERSATION.size(); i++) { // one at a time: each turn leans on the one before
                        telegram.enqueue(Updates.privateText(i + 1, ALICE, CONVERSATION.get(i)));
                        List<FakeTelegramServer.Call> delivered = telegram.awaitDeliveredTo(ALICE, i + 1);
                        telegramTexts.add(FakeTelegramServer.parsedText(delivered.get(i).text("text")));
                    }
                } finally {
                    bot.close();
                }
            }

            List<String> feishuTexts = new ArrayList<>();
            try (FakeFeishuServer feishu = FakeFeishuServer.start()) {
                FeishuBot bot = new FeishuBot(new FeishuSettings(FakeFeishuServer.APP_ID, FakeFeishuServer.APP_SECRET,
                        URI.create(feishu.url()), FEISHU_USER, dir.resolve("feishu-state"), 4, 60,
                        Duration.ofSeconds(5)), FrontEndRuntime.withoutState(handlers.get(), prompts), prompts);
                bot.start();
                try {
                    feishu.awaitConnections(1, Duration.ofSeconds(20));
                    for (int i = 0; i < CONVERSATION.size(); i++) {
                        feishu.push(Events.privateText("ev-" + i, FEISHU_USER, FEISHU_CHAT, CONVERSATION.get(i)));
                        feishuTexts.add(feishu.awaitSentTo(FEISHU_CHAT, i + 1).get(i).plainText());
                    }
                } finally {
                    bot.close();
                }
            }

            for (int i = 0; i < CONVERSATION.size(); i++) {
                assertThat(consoleText).as("console, turn %d", i + 1).contains(expected.get(i));
                assertThat(telegramTexts.get(i)).as("Telegram, turn %d", i + 1).contains(expected.get(i));
                assertThat(feishuTexts.get(i)).as("Feishu, turn %d", i + 1).contains(expected.get(i));
            }
        }
    }

    /** The first line of an answer, up to its citation marker: what every front end shows as it is. */
    private static String firstLine(String text) {
        String line = text.strip().split("\n")[0];
        int cite = line.indexOf(" [");
        String head = cite > 0 ? line.substring(0, cite) : line;
        return head.length() > 24 ? head.substring(0, 24) : head;
    }
}
