package com.newsbot.bot.telegram;

import com.newsbot.bot.ConfiguredUrls;
import com.newsbot.bot.frontend.AllowedChats;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the Telegram front end is configured with. {@link #fromEnvironment} reads
 * {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL} and {@code NEWSBOT_ALLOWED_CHATS}; the rest
 * has defaults. {@link #toString()} never shows the token.
 *
 * @param token             the bot token (secret)
 * @param allowedChats      comma-separated user and chat ids allowed to use the bot, or {@code *}
 * @param apiUrl            the Bot API base URL, scheme, host and port only
 * @param stateDir          where the last handled update id is kept across restarts when there is no state database
 * @param pollTimeout       long-polling timeout of getUpdates
 * @param workers           threads composing replies (chats are served in parallel, each in order)
 * @param messagesPerMinute how many messages one user may send per minute
 * @param shutdownGrace     how long shutting down waits for replies being composed
 */
public record TelegramSettings(String token, URI apiUrl, String allowedChats, Path stateDir,
                               Duration pollTimeout, int workers, int messagesPerMinute, Duration shutdownGrace) {
    public static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";
    public static final String API_URL_VARIABLE = "TELEGRAM_API_URL";
    public static final String ALLOWED_CHATS_VARIABLE = "NEWSBOT_ALLOWED_CHATS";
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");
    static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofSeconds(50);
    static final int DEFAULT_WORKERS = 4;
    static final int DEFAULT_MESSAGES_PER_MINUTE = 12;
    static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(20);

    public TelegramSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(TOKEN_VARIABLE + " is not set: create a bot with @BotFather and export its token");
        }
        Objects.requireNonNull(apiUrl, "apiUrl");
        telegramUrl(apiUrl, token);
        if (allowedChats == null || allowedChats.isBlank()) {
            throw new IllegalArgumentException(ALLOWED_CHATS_VARIABLE + " is not set: list the user and chat ids allowed to use"
                    + " the bot, comma-separated (a stranger who writes to the bot is told their id), or * for everyone");
        }
        parseAllowed(allowedChats);
        Objects.requireNonNull(stateDir, "stateDir");
        if (pollTimeout.isNegative() || workers < 1 || messagesPerMinute < 1 || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("poll timeout, workers, message rate and shutdown grace must be positive");
        }
    }

    /**
     * Settings from the environment; the last handled update id is kept in {@code stateDir}.
     *
     * @throws IllegalArgumentException with a message fit for the operator when a variable is missing or bad
     */
    public static TelegramSettings fromEnvironment(Map<String, String> env, Path stateDir) {
        String token = env.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(TOKEN_VARIABLE + " is not set: create a bot with @BotFather and export its token");
        }
        String allowed = env.get(ALLOWED_CHATS_VARIABLE);
        String url = env.getOrDefault(API_URL_VARIABLE, "");
        URI apiUrl;
        try {
            apiUrl = url.isBlank() ? DEFAULT_API_URL : new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(API_URL_VARIABLE + " is not a URL: " + Secrets.redact(url, token));
        }
        return new TelegramSettings(token.strip(), apiUrl, allowed, stateDir,
                DEFAULT_POLL_TIMEOUT, DEFAULT_WORKERS, DEFAULT_MESSAGES_PER_MINUTE, DEFAULT_SHUTDOWN_GRACE);
    }

    AllowedChats allowed() {
        return parseAllowed(allowedChats);
    }

    /** Telegram ids are numbers: a person's positive, a group's negative. */
    private static AllowedChats parseAllowed(String value) {
        return AllowedChats.parse(value, TelegramSettings::isNumericId, "a numeric user or chat id");
    }

    private static boolean isNumericId(String id) {
        try {
            Long.parseLong(id);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    TelegramUrl telegramUrl() {
        return telegramUrl(apiUrl, token);
    }

    private static TelegramUrl telegramUrl(URI url, String token) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean pathless = url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null || !pathless
                || url.getRawQuery() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException(API_URL_VARIABLE + " must look like https://host[:port] (no path), got "
                    + ConfiguredUrls.masked(Secrets.redact(url.toString(), token)));
        }
        int port = url.getPort() > 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, url.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl + ", allowedChats=" + allowedChats + ", stateDir=" + stateDir
                + ", pollTimeout=" + pollTimeout + ", workers=" + workers + ", messagesPerMinute=" + messagesPerMinute + "]";
    }
}
