package com.newsbot.bot.answer.model;

import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmConfigTest {

    @Test
    void noVariablesMeansOfflineWithTheDefaultTimeout() {
        LlmConfig config = LlmConfig.fromEnvironment(Map.of());

        assertThat(config.enabled()).isFalse();
        assertThat(config.chatModel()).isEmpty();
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void openAiConfigurationBuildsAnOpenAiChatModel() {
        LlmConfig config = LlmConfig.fromEnvironment(Map.of("NEWSBOT_LLM", "OpenAI", "NEWSBOT_LLM_BASE_URL",
                "http://127.0.0.1:9/v1", "NEWSBOT_LLM_MODEL", "qwen-plus", "NEWSBOT_LLM_API_KEY", "sk-abc",
                "NEWSBOT_LLM_TIMEOUT", "7"));

        assertThat(config.provider()).isEqualTo(LlmConfig.Provider.OPENAI);
        assertThat(config.modelName()).isEqualTo("qwen-plus");
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(config.chatModel()).containsInstanceOf(OpenAiChatModel.class);
    }

    @Test
    void ollamaConfigurationDefaultsToTheLocalServer() {
        LlmConfig config = LlmConfig.fromEnvironment(Map.of("NEWSBOT_LLM", "ollama"));

        assertThat(config.baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(config.chatModel()).containsInstanceOf(OllamaChatModel.class);
    }

    @Test
    void apiKeyNeverAppearsInTheDescription() {
        LlmConfig config = LlmConfig.fromEnvironment(Map.of("NEWSBOT_LLM", "openai", "NEWSBOT_LLM_API_KEY",
                "sk-very-secret-123"));

        assertThat(config.toString()).doesNotContain("sk-very-secret-123").contains("****").contains("openai");
    }

    @Test
    void unknownProviderOrBadTimeoutIsAClearError() {
        assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("NEWSBOT_LLM", "gpt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEWSBOT_LLM");
        assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("NEWSBOT_LLM_TIMEOUT", "soon")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEWSBOT_LLM_TIMEOUT");
        assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("NEWSBOT_LLM_TIMEOUT", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEWSBOT_LLM_TIMEOUT");
    }

    /** Issue 15, finding 7: credentials in NEWSBOT_LLM_BASE_URL were logged through toString(). */
    @Test
    void baseUrlWithCredentialsIsRefusedWithoutShowingThem() {
        assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("NEWSBOT_LLM", "openai",
                "NEWSBOT_LLM_BASE_URL", "http://user:sk-in-url-42@llm.internal:8000/v1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEWSBOT_LLM_BASE_URL")
                .hasMessageContaining("http://****@llm.internal:8000/v1")
                .hasMessageNotContaining("sk-in-url-42").hasMessageNotContaining("user:");
        assertThatThrownBy(() -> LlmConfig.fromEnvironment(Map.of("NEWSBOT_LLM", "ollama",
                "NEWSBOT_LLM_BASE_URL", "https://sk-only@host")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("sk-only");
    }
}
