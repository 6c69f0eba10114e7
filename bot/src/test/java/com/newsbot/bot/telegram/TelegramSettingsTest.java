package com.newsbot.bot.telegram;

import com.newsbot.bot.frontend.AllowedChats;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelegramSettingsTest {
    private static final String TOKEN = "42:ABC-secret";
    private static final Path STATE = Path.of("state");

    @Test
    void reads_token_url_and_allowed_chats_from_the_environment() {
        TelegramSettings settings = TelegramSettings.fromEnvironment(Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", "http://127.0.0.1:8081",
                "NEWSBOT_ALLOWED_CHATS", "1, -100200"), STATE);

        assertThat(settings.token()).isEqualTo(TOKEN);
        assertThat(settings.telegramUrl().getSchema()).isEqualTo("http");
        assertThat(settings.telegramUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(settings.telegramUrl().getPort()).isEqualTo(8081);
        assertThat(settings.allowed().access(false, "1", "1")).isEqualTo(AllowedChats.Access.SERVE);
        assertThat(settings.allowed().access(true, "7", "-100200")).isEqualTo(AllowedChats.Access.SERVE);
        assertThat(settings.allowed().access(true, "1", "-100300")).isEqualTo(AllowedChats.Access.GROUP_NOT_ENABLED);
        assertThat(settings.allowed().access(false, "7", "7")).isEqualTo(AllowedChats.Access.STRANGER);
    }

    @Test
    void defaults_to_the_public_bot_api_over_https() {
        TelegramSettings settings = TelegramSettings.fromEnvironment(Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN, "NEWSBOT_ALLOWED_CHATS", "*"), STATE);

        assertThat(settings.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(settings.telegramUrl().getPort()).isEqualTo(443);
        assertThat(settings.allowed().access(true, "123", "-456")).isEqualTo(AllowedChats.Access.SERVE);
    }

    @Test
    void refuses_to_start_without_allowed_chats_and_says_what_to_set() {
        assertThatThrownBy(() -> TelegramSettings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", TOKEN), STATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEWSBOT_ALLOWED_CHATS is not set")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void refuses_to_start_without_a_token() {
        assertThatThrownBy(() -> TelegramSettings.fromEnvironment(Map.of("NEWSBOT_ALLOWED_CHATS", "*"), STATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TELEGRAM_BOT_TOKEN is not set");
    }

    @Test
    void a_bad_allowed_id_is_named() {
        assertThatThrownBy(() -> TelegramSettings.fromEnvironment(Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN, "NEWSBOT_ALLOWED_CHATS", "12,alice"), STATE))
                .hasMessageContaining("\"alice\" is not a numeric");
    }

    @Test
    void a_url_with_a_path_is_refused_without_showing_the_token() {
        assertThatThrownBy(() -> TelegramSettings.fromEnvironment(Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", "https://api.telegram.org/bot" + TOKEN,
                "NEWSBOT_ALLOWED_CHATS", "*"), STATE))
                .hasMessageContaining("TELEGRAM_API_URL")
                .hasMessageNotContaining("secret");
    }

    @Test
    void to_string_never_shows_the_token() {
        TelegramSettings settings = TelegramSettings.fromEnvironment(Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN, "NEWSBOT_ALLOWED_CHATS", "*"), STATE);

        assertThat(settings.toString()).doesNotContain("secret").contains("api.telegram.org");
    }

    /** Issue 15, finding 7: a URL with credentials is refused, and the refusal does not show them. */
    @Test
    void apiUrlWithCredentialsIsRefusedWithoutShowingThem() {
        assertThatThrownBy(() -> TelegramSettings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", "http://admin:hunter2@127.0.0.1:8081", "NEWSBOT_ALLOWED_CHATS", "1"), Path.of("state")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TELEGRAM_API_URL").hasMessageNotContaining("hunter2");
    }
}
