package com.newsbot.bot.feishu;

import com.newsbot.bot.ops.Meters;
import com.google.gson.JsonParseException;
import com.lark.oapi.core.exception.ServerTimeoutException;
import com.newsbot.bot.frontend.ErrorLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Calls the Feishu open platform through the SDK, riding out what is temporary: a rate limit (HTTP 429,
 * or code 99991400 on older APIs) waits the {@code x-ogw-ratelimit-reset} seconds Feishu asks for and
 * tries again; a network error, a timeout or a 5xx backs off exponentially and tries again; both a
 * bounded number of times. Anything else fails with a {@link FeishuApiException}. The app secret is
 * masked in everything this class logs or throws.
 */
final class FeishuCalls {
    static final int RATE_LIMITED_CODE = 99991400;
    static final String RATE_LIMIT_RESET_HEADER = "x-ogw-ratelimit-reset";
    static final int MAX_RATE_LIMIT_WAITS = 5;
    static final int MAX_NETWORK_RETRIES = 4;
    static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofMinutes(2);
    private static final String MASK = "<secret>";
    private static final Logger log = LoggerFactory.getLogger(FeishuCalls.class);

    /** Waits between attempts; tests make it instant. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** One call to the open platform. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    /** What an answer says: its HTTP status, Feishu's code and message, and the headers. */
    record Outcome(int httpStatus, int code, String message, Map<String, List<String>> headers) {
        boolean ok() {
            return code == 0 && httpStatus < 400;
        }

        boolean rateLimited() {
            return httpStatus == 429 || code == RATE_LIMITED_CODE;
        }
    }

    /** Reads the outcome of an answer of type T. */
    @FunctionalInterface
    interface Inspector<T> {
        Outcome outcome(T answer);
    }

    /** Feishu refused a call, or it failed after the retries. */
    static final class FeishuApiException extends Exception {
        private final int code;
        private final int httpStatus;

        FeishuApiException(String message, int code, Throwable cause) {
            this(message, code, 0, cause);
        }

        FeishuApiException(String message, int code, int httpStatus, Throwable cause) {
            super(message, cause);
            this.code = code;
            this.httpStatus = httpStatus;
        }

        /** The HTTP status of Feishu's last answer, or 0 when the call never got one. */
        int httpStatus() {
            return httpStatus;
        }

        /** Whether Feishu's servers failed (HTTP 5xx, after the retries), rather than refusing the call. */
        boolean serverError() {
            return httpStatus >= 500;
        }

        /** Feishu's error code, or -1 when the call never got an answer. */
        int code() {
            return code;
        }
    }

    private final String secret;
    private final Duration firstBackOff;
    private final Sleeper sleeper;

    FeishuCalls(String secret, Duration firstBackOff, Sleeper sleeper) {
        this.secret = secret;
        this.firstBackOff = firstBackOff;
        this.sleeper = sleeper;
    }

    /** A reply (sending or replying to a message) tried again counts in {@code newsbot_replies_total{outcome="retried"}}. */
    private static void countRetry(String what) {
        if (what.startsWith("sending a message") || what.startsWith("replying to a message")) {
            Meters.reply(FeishuEvents.FRONT_END, Meters.ReplyOutcome.RETRIED);
        }
    }

    <T> T execute(String what, Call<T> call, Inspector<T> inspector) throws FeishuApiException {
        int rateLimited = 0;
        int failed = 0;
        while (true) {
            Duration wait;
            try {
                T answer = call.call();
                Outcome outcome = inspector.outcome(answer);
                if (outcome.ok()) {
                    return answer;
                }
                if (outcome.rateLimited() && rateLimited < MAX_RATE_LIMIT_WAITS) {
                    rateLimited++;
                    wait = resetAfter(outcome.headers());
                    countRetry(what);
                    log.warn("Feishu asked to slow down on {}: waiting {} s (attempt {})", what, wait.toSeconds(), rateLimited);
                } else if (outcome.httpStatus() >= 500 && failed < MAX_NETWORK_RETRIES) {
                    wait = firstBackOff.multipliedBy(1L << failed);
                    failed++;
                    countRetry(what);
                    log.warn("{} failed with HTTP {} (code {}), retrying in {} ms (attempt {})", what, outcome.httpStatus(),
                            outcome.code(), wait.toMillis(), failed);
                } else {
                    throw new FeishuApiException(what + " failed: HTTP " + outcome.httpStatus() + ", code " + outcome.code()
                            + " (" + redact(outcome.message(), secret) + ")", outcome.code(), outcome.httpStatus(), null);
                }
            } catch (FeishuApiException e) {
                throw e;
            } catch (Exception e) {
                if (!isTemporary(e) || failed >= MAX_NETWORK_RETRIES) {
                    throw new FeishuApiException(what + " failed: " + describe(e), -1, null);
                }
                wait = firstBackOff.multipliedBy(1L << failed);
                failed++;
                countRetry(what);
                log.warn("{} failed, retrying in {} ms (attempt {}): {}", what, wait.toMillis(), failed, describe(e));
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new FeishuApiException("interrupted while waiting to retry " + what, -1, null);
            }
        }
    }

    /** One line describing an error and its causes, the secret masked. */
    String describe(Throwable error) {
        return ErrorLines.describe(error, text -> redact(text, secret));
    }

    static String redact(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, MASK);
    }

    private static boolean isTemporary(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof IOException || e instanceof ServerTimeoutException || e instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    private static Duration resetAfter(Map<String, List<String>> headers) {
        long seconds = 1;
        if (headers != null) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (RATE_LIMIT_RESET_HEADER.equalsIgnoreCase(header.getKey()) && header.getValue() != null
                        && !header.getValue().isEmpty()) {
                    try {
                        seconds = Math.max(1, Long.parseLong(header.getValue().get(0).strip()));
                    } catch (NumberFormatException e) {
                        log.debug("Ignoring a bad {} header: {}", RATE_LIMIT_RESET_HEADER, header.getValue());
                    }
                }
            }
        }
        Duration wait = Duration.ofSeconds(seconds);
        return wait.compareTo(MAX_RATE_LIMIT_WAIT) > 0 ? MAX_RATE_LIMIT_WAIT : wait;
    }
}
