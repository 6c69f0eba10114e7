package com.newsbot.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;

/**
 * Calls the Bot API through the TelegramBots client, riding out what is temporary: a 429 waits the
 * {@code retry_after} Telegram asks for and tries again, a network error or a 5xx backs off and tries
 * again, both a bounded number of times ({@link #retryDelay}). Anything else is the caller's to handle.
 * Replies schedule their retries through an outbox; only start-up calls wait in their thread ({@link #execute}).
 */
final class TelegramCalls {
    static final int MAX_RATE_LIMIT_WAITS = 5;
    static final int MAX_NETWORK_RETRIES = 4;
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(TelegramCalls.class);

    /** Waits between attempts; tests make it instant. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final TelegramClient client;
    private final String token;
    private final Duration firstBackOff;
    private final Sleeper sleeper;

    TelegramCalls(TelegramClient client, String token, Duration firstBackOff, Sleeper sleeper) {
        this.client = client;
        this.token = token;
        this.firstBackOff = firstBackOff;
        this.sleeper = sleeper;
    }

    TelegramClient client() {
        return client;
    }

    /**
     * Calls the Bot API, waiting in this thread between attempts: only for start-up calls (getMe, setMyCommands) made
     * before any chat is served. Replies never wait in a thread; they use {@link #retryDelay} through an outbox.
     */
    <T extends Serializable, M extends BotApiMethod<T>> T execute(M method) throws TelegramApiException {
        Retries retries = new Retries();
        while (true) {
            try {
                return client.execute(method);
            } catch (TelegramApiException e) {
                Duration wait = retryDelay(e, method.getMethod(), retries);
                if (wait == null) {
                    throw e;
                }
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new TelegramApiException("interrupted while waiting to retry " + method.getMethod());
                }
            }
        }
    }

    /** How many times one call was retried, for each kind of failure. */
    static final class Retries {
        private int rateLimited;
        private int failed;
    }

    /**
     * How long to wait before calling again after {@code error}: a 429's {@code retry_after} (at most
     * {@link #MAX_RATE_LIMIT_WAITS} times, each at most {@link #MAX_RETRY_AFTER}), a doubling back-off after a network
     * error or a 5xx (at most {@link #MAX_NETWORK_RETRIES} times); null when it is not worth trying again.
     */
    Duration retryDelay(TelegramApiException error, String methodName, Retries retries) {
        TelegramApiRequestException apiError = apiError(error);
        if (isRateLimited(error) && retries.rateLimited < MAX_RATE_LIMIT_WAITS) {
            retries.rateLimited++;
            Duration wait = retryAfter(apiError);
            log.warn("Telegram asked to slow down on {}: retrying in {} s (attempt {})", methodName, wait.toSeconds(), retries.rateLimited);
            return wait;
        }
        if (isTemporary(error, apiError) && retries.failed < MAX_NETWORK_RETRIES) {
            Duration wait = firstBackOff.multipliedBy(1L << retries.failed);
            retries.failed++;
            log.warn("Calling {} failed, retrying in {} ms (attempt {}): {}", methodName, wait.toMillis(), retries.failed,
                    Secrets.describe(error, token));
            return wait;
        }
        return null;
    }

    /** True when Telegram answered 429 Too Many Requests. */
    static boolean isRateLimited(Throwable error) {
        TelegramApiRequestException apiError = apiError(error);
        return apiError != null && Integer.valueOf(429).equals(apiError.getErrorCode());
    }

    /** The Bot API's error answer behind an exception, if the failure was one. */
    static TelegramApiRequestException apiError(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
                return request;
            }
        }
        return null;
    }

    /** True when Telegram could not parse the HTML of a message (400 "can't parse entities"). */
    static boolean isUnparsableHtml(Throwable error) {
        TelegramApiRequestException apiError = apiError(error);
        return apiError != null && Integer.valueOf(400).equals(apiError.getErrorCode())
                && apiError.getApiResponse() != null && apiError.getApiResponse().toLowerCase().contains("parse entities");
    }

    private static boolean isTemporary(TelegramApiException error, TelegramApiRequestException apiError) {
        if (apiError != null) {
            return apiError.getErrorCode() >= 500;
        }
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static Duration retryAfter(TelegramApiRequestException error) {
        Integer seconds = error.getParameters() == null ? null : error.getParameters().getRetryAfter();
        Duration wait = Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds);
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }
}
