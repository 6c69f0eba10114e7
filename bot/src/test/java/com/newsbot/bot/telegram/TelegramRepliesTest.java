package com.newsbot.bot.telegram;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelegramRepliesTest {

    @Test
    void a_button_carries_the_article_id_itself() {
        assertThat(TelegramReplies.callbackData("000_ca8ae608e85ef6a0-01")).isEqualTo("000_ca8ae608e85ef6a0-01");
    }

    @Test
    void callback_data_over_64_bytes_is_refused() {
        String sixtyFourBytes = "文".repeat(21) + "a";
        String sixtyFiveBytes = "文".repeat(21) + "ab";

        assertThat(TelegramReplies.callbackData(sixtyFourBytes)).isEqualTo(sixtyFourBytes);
        assertThatThrownBy(() -> TelegramReplies.callbackData(sixtyFiveBytes))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65 bytes");
        assertThatThrownBy(() -> TelegramReplies.callbackData("")).isInstanceOf(IllegalArgumentException.class);
    }
}
