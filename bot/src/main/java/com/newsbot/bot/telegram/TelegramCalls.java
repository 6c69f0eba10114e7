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
 * again, both a bounded number of times. Anything else is the caller's to handle.
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

    <T extends Serializable, M extends BotApiMethod<T>> T execute(M method) throws TelegramApiException {
        int rateLimited = 0;
        int failed = 0;
        while (true) {
            try {
                return client.execute(method);
            } catch (TelegramApiException e) {
                TelegramApiRequestException apiError = apiError(e);
                Duration wait;
                if (apiError != null && Integer.valueOf(429).equals(apiError.getErrorCode()) && rateLimited < MAX_RATE_LIMIT_WAITS) {
                    rateLimited++;
                    wait = retryAfter(apiError);
                    log.warn("Telegram asked to slow down on {}: waiting {} s (attempt {})", method.getMethod(), wait.toSeconds(), rateLimited);
                } else if (isTemporary(e, apiError) && failed < MAX_NETWORK_RETRIES) {
                    wait = firstBackOff.multipliedBy(1L << failed);
                    failed++;
                    log.warn("Calling {} failed, retrying in {} ms (attempt {}): {}", method.getMethod(), wait.toMillis(), failed,
                            Secrets.describe(e, token));
                } else {
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
