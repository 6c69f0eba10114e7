package com.newsbot.bot.answer.model;

import com.newsbot.bot.ConfiguredUrls;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which language model answers, read from the environment ({@code NEWSBOT_LLM}, {@code NEWSBOT_LLM_BASE_URL},
 * {@code NEWSBOT_LLM_MODEL}, {@code NEWSBOT_LLM_API_KEY}, {@code NEWSBOT_LLM_TIMEOUT}). The API key never
 * appears in {@link #toString()}; a base URL with credentials in it ({@code http://user:key@host/v1}) is refused.
 *
 * @param timeout how long a user waits for the model before the offline answer is given
 */
public record LlmConfig(Provider provider, String baseUrl, String modelName, String apiKey, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    static final String OPENAI_BASE_URL = "https://api.openai.com/v1";
    static final String OPENAI_MODEL = "gpt-4o-mini";
    static final String OLLAMA_BASE_URL = "http://localhost:11434";
    static final String OLLAMA_MODEL = "qwen2.5:7b";

    /** The model providers NEWSBOT_LLM can name. */
    public enum Provider { NONE, OPENAI, OLLAMA }

    public LlmConfig {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("NEWSBOT_LLM_TIMEOUT must be positive, got " + timeout.toSeconds() + "s");
        }
        baseUrl = blankToDefault(baseUrl, provider == Provider.OLLAMA ? OLLAMA_BASE_URL : OPENAI_BASE_URL);
        modelName = blankToDefault(modelName, provider == Provider.OLLAMA ? OLLAMA_MODEL : OPENAI_MODEL);
        apiKey = apiKey == null ? "" : apiKey;
        ConfiguredUrls.refuseUserInfo("NEWSBOT_LLM_BASE_URL", baseUrl);
    }

    /** No model: offline answers only. */
    public static LlmConfig none() {
        return new LlmConfig(Provider.NONE, null, null, null, DEFAULT_TIMEOUT);
    }

    /**
     * Reads the configuration from environment variables ({@code System.getenv()} in production).
     *
     * @throws IllegalArgumentException naming the variable when a value is not understood
     */
    public static LlmConfig fromEnvironment(Map<String, String> env) {
        String name = env.getOrDefault("NEWSBOT_LLM", "").strip().toLowerCase(Locale.ROOT);
        Provider provider = switch (name) {
            case "", "none", "off" -> Provider.NONE;
            case "openai" -> Provider.OPENAI;
            case "ollama" -> Provider.OLLAMA;
            default -> throw new IllegalArgumentException(
                    "NEWSBOT_LLM must be none, openai or ollama, got '" + name + "'");
        };
        Duration timeout = DEFAULT_TIMEOUT;
        String seconds = env.getOrDefault("NEWSBOT_LLM_TIMEOUT", "").strip();
        if (!seconds.isEmpty()) {
            try {
                timeout = Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("NEWSBOT_LLM_TIMEOUT must be a number of seconds, got '" + seconds + "'", e);
            }
        }
        return new LlmConfig(provider, env.get("NEWSBOT_LLM_BASE_URL"), env.get("NEWSBOT_LLM_MODEL"),
                env.get("NEWSBOT_LLM_API_KEY"), timeout);
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    /**
     * The chat model for this configuration, or empty for {@code none}. Retries are off: a slow or failing
     * model must not multiply the user's wait; the composer falls back to the offline answer instead.
     */
    public Optional<ChatModel> chatModel() {
        return switch (provider) {
            case NONE -> Optional.empty();
            case OPENAI -> Optional.of(OpenAiChatModel.builder()
                    .baseUrl(baseUrl)
                    .modelName(modelName)
                    .apiKey(apiKey.isEmpty() ? "none" : apiKey)
                    .timeout(timeout)
                    .maxRetries(0)
                    .temperature(0.0)
                    .build());
            case OLLAMA -> Optional.of(OllamaChatModel.builder()
                    .baseUrl(baseUrl)
                    .modelName(modelName)
                    .timeout(timeout)
                    .maxRetries(0)
                    .temperature(0.0)
                    .build());
        };
    }

    /** The text with the API key masked, for log lines and error messages (a server may echo the key back). */
    public String redact(String text) {
        if (text == null || apiKey.length() < 4) {
            return text;
        }
        return text.replace(apiKey, "****");
    }

    @Override
    public String toString() {
        return "LlmConfig[provider=" + provider.name().toLowerCase(Locale.ROOT) + ", baseUrl=" + ConfiguredUrls.masked(baseUrl)
                + ", modelName=" + modelName + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "****")
                + ", timeout=" + timeout.toMillis() + "ms]";
    }

    private static String blankToDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
