package com.newsbot.bot.feishu;

import com.newsbot.bot.frontend.AllowedChats;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeishuSettingsTest {
    private static final Path STATE = Path.of("state");
    private static final String SECRET = "the-app-secret";

    @Test
    void reads_the_credentials_base_url_and_allowed_chats_from_the_environment() {
        FeishuSettings settings = FeishuSettings.fromEnvironment(Map.of("FEISHU_APP_ID", "cli_a1", "FEISHU_APP_SECRET", SECRET,
                "FEISHU_BASE_URL", "https://open.larksuite.com/", "NEWSBOT_ALLOWED_CHATS", "ou_alice, oc_editors"), STATE);

        assertThat(settings.baseUrlText()).isEqualTo("https://open.larksuite.com");
        assertThat(settings.allowed().access(true, "ou_bob", "oc_editors")).isEqualTo(AllowedChats.Access.SERVE);
        assertThat(settings.allowed().access(true, "ou_alice", "oc_other")).isEqualTo(AllowedChats.Access.GROUP_NOT_ENABLED);
        assertThat(settings.toString()).doesNotContain(SECRET).contains("cli_a1");
    }

    @Test
    void defaults_to_the_feishu_open_platform() {
        FeishuSettings settings = FeishuSettings.fromEnvironment(Map.of("FEISHU_APP_ID", "cli_a1", "FEISHU_APP_SECRET", SECRET,
                "NEWSBOT_ALLOWED_CHATS", "*"), STATE);

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://open.feishu.cn"));
    }

    @Test
    void missing_credentials_bad_ids_and_a_url_with_a_path_are_refused_with_a_clear_message() {
        assertThatThrownBy(() -> FeishuSettings.fromEnvironment(Map.of("FEISHU_APP_ID", "cli_a1"), STATE))
                .hasMessageContaining("FEISHU_APP_SECRET");
        assertThatThrownBy(() -> FeishuSettings.fromEnvironment(Map.of("FEISHU_APP_ID", "cli_a1", "FEISHU_APP_SECRET", SECRET), STATE))
                .hasMessageContaining("NEWSBOT_ALLOWED_CHATS");
        assertThatThrownBy(() -> FeishuSettings.fromEnvironment(Map.of("FEISHU_APP_ID", "cli_a1", "FEISHU_APP_SECRET", SECRET,
                "NEWSBOT_ALLOWED_CHATS", "ou_alice, 张三"), STATE)).hasMessageContaining("\"张三\" is not a Feishu open_id");
        assertThatThrownBy(() -> FeishuSettings.fromEnvironment(Map.of("FEISHU_APP_ID", "cli_a1", "FEISHU_APP_SECRET", SECRET,
                "NEWSBOT_ALLOWED_CHATS", "*", "FEISHU_BASE_URL", "https://open.feishu.cn/open-apis"), STATE))
                .hasMessageContaining("no path").hasMessageNotContaining(SECRET);
    }
}
