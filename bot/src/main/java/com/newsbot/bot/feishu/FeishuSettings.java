package com.newsbot.bot.feishu;

import com.newsbot.bot.ConfiguredUrls;
import com.newsbot.bot.frontend.AllowedChats;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything the Feishu front end is configured with. {@link #fromEnvironment} reads
 * {@code FEISHU_APP_ID}, {@code FEISHU_APP_SECRET}, {@code FEISHU_BASE_URL} and
 * {@code NEWSBOT_ALLOWED_CHATS}; the rest has defaults. {@link #toString()} never shows the secret.
 *
 * @param appId             the app's id ({@code cli_…})
 * @param appSecret         the app's secret
 * @param baseUrl           the open platform's base URL (Feishu, Lark, or a test server), scheme, host and port only
 * @param allowedChats      comma-separated open_ids ({@code ou_…}) and chat_ids ({@code oc_…}), or {@code *}
 * @param stateDir          where the ids of handled events are kept across restarts
 * @param workers           threads composing replies (chats are served in parallel, each in order)
 * @param messagesPerMinute how many messages one person may send per minute
 * @param shutdownGrace     how long shutting down waits for replies being composed
 */
public record FeishuSettings(String appId, String appSecret, URI baseUrl, String allowedChats, Path stateDir,
                             int workers, int messagesPerMinute, Duration shutdownGrace) {
    public static final String APP_ID_VARIABLE = "FEISHU_APP_ID";
    public static final String APP_SECRET_VARIABLE = "FEISHU_APP_SECRET";
    public static final String BASE_URL_VARIABLE = "FEISHU_BASE_URL";
    public static final URI DEFAULT_BASE_URL = URI.create("https://open.feishu.cn");
    static final int DEFAULT_WORKERS = 4;
    static final int DEFAULT_MESSAGES_PER_MINUTE = 12;
    static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(20);
    private static final Pattern FEISHU_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    public FeishuSettings {
        if (appId == null || appId.isBlank() || appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException(missingCredentials());
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
        checkBaseUrl(baseUrl);
        if (allowedChats == null || allowedChats.isBlank()) {
            throw new IllegalArgumentException(AllowedChats.VARIABLE + " is not set: list the open_ids (ou_…) of people and the"
                    + " chat_ids (oc_…) of groups allowed to use the bot, comma-separated (a stranger who writes to the bot"
                    + " is told their open_id), or * for everyone");
        }
        parseAllowed(allowedChats);
        Objects.requireNonNull(stateDir, "stateDir");
        if (workers < 1 || messagesPerMinute < 1 || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("workers, message rate and shutdown grace must be positive");
        }
    }

    /**
     * Settings from the environment; the handled event ids are kept in {@code stateDir}.
     *
     * @throws IllegalArgumentException with a message fit for the operator when a variable is missing or bad
     */
    public static FeishuSettings fromEnvironment(Map<String, String> env, Path stateDir) {
        String appId = env.getOrDefault(APP_ID_VARIABLE, "").strip();
        String appSecret = env.getOrDefault(APP_SECRET_VARIABLE, "").strip();
        if (appId.isEmpty() || appSecret.isEmpty()) {
            throw new IllegalArgumentException(missingCredentials());
        }
        String url = env.getOrDefault(BASE_URL_VARIABLE, "");
        URI baseUrl;
        try {
            baseUrl = url.isBlank() ? DEFAULT_BASE_URL : new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(BASE_URL_VARIABLE + " is not a URL: " + FeishuCalls.redact(url, appSecret));
        }
        return new FeishuSettings(appId, appSecret, baseUrl, env.get(AllowedChats.VARIABLE), stateDir,
                DEFAULT_WORKERS, DEFAULT_MESSAGES_PER_MINUTE, DEFAULT_SHUTDOWN_GRACE);
    }

    AllowedChats allowed() {
        return parseAllowed(allowedChats);
    }

    /** The base URL as the SDK wants it: no trailing slash. */
    String baseUrlText() {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static AllowedChats parseAllowed(String value) {
        return AllowedChats.parse(value, id -> FEISHU_ID.matcher(id).matches(), "a Feishu open_id (ou_…) or chat_id (oc_…)");
    }

    private static String missingCredentials() {
        return APP_ID_VARIABLE + " and " + APP_SECRET_VARIABLE + " must be set: create a custom app on the Feishu open"
                + " platform (see the README) and export its App ID and App Secret";
    }

    private static void checkBaseUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean pathless = url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null || !pathless
                || url.getRawQuery() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException(BASE_URL_VARIABLE + " must look like https://host[:port] (no path), got "
                    + ConfiguredUrls.masked(url.toString()));
        }
    }

    @Override
    public String toString() {
        return "FeishuSettings[appId=" + appId + ", baseUrl=" + baseUrl + ", allowedChats=" + allowedChats + ", stateDir="
                + stateDir + ", workers=" + workers + ", messagesPerMinute=" + messagesPerMinute + "]";
    }
}
