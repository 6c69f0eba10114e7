package com.newsbot.bot.telegram;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TypingIndicatorTest {
    private FakeTelegramServer telegram;
    private OkHttpClient http;
    private TypingIndicator typing;

    @BeforeEach
    void start() throws Exception {
        telegram = FakeTelegramServer.start();
        http = new OkHttpClient();
        URI url = URI.create(telegram.url());
        typing = new TypingIndicator(new OkHttpTelegramClient(http, FakeTelegramServer.TOKEN,
                new TelegramUrl(url.getScheme(), url.getHost(), url.getPort(), false)), FakeTelegramServer.TOKEN, Duration.ofMillis(100));
    }

    @AfterEach
    void stop() {
        typing.close();
        http.dispatcher().executorService().shutdown();
        telegram.close();
    }

    @Test
    void typing_is_shown_at_once_and_refreshed_until_the_reply_is_ready() throws Exception {
        try (TypingIndicator.Typing ignored = typing.start(42)) {
            assertThat(telegram.calls("sendChatAction")).isNotEmpty();
            telegram.awaitCalls("sendChatAction", 3, Duration.ofSeconds(5));
        }
        Thread.sleep(150);
        int sent = telegram.calls("sendChatAction").size();

        Thread.sleep(300);

        assertThat(telegram.calls("sendChatAction")).hasSize(sent)
                .allSatisfy(call -> assertThat(call.text("action")).isEqualTo("typing"))
                .allSatisfy(call -> assertThat(call.text("chat_id")).isEqualTo("42"));
    }
}
