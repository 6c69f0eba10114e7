package com.newsbot.bot.telegram;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;

/**
 * Lets long polling be stopped at once and quietly. The polling session's HTTP client passes each
 * request to an inner client; {@link #stop()} cancels the inner call in flight, and the session is
 * handed an empty getUpdates result instead of an error (which it would log as a failure and back
 * off from). Before stopping, errors pass through unchanged.
 */
final class StoppablePolling implements Interceptor {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String NO_UPDATES = "{\"ok\":true,\"result\":[]}";

    private final OkHttpClient inner;
    private volatile boolean stopped;

    StoppablePolling(OkHttpClient inner) {
        this.inner = inner;
    }

    /** The client for the polling session: every call goes through this interceptor. */
    OkHttpClient client() {
        return new OkHttpClient.Builder().addInterceptor(this).build();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (stopped) {
            return noUpdates(request);
        }
        try {
            return inner.newCall(request).execute();
        } catch (IOException e) {
            if (stopped) {
                return noUpdates(request);
            }
            throw e;
        }
    }

    /** Ends the poll in flight with no updates; later polls return none without calling Telegram. */
    void stop() {
        stopped = true;
        inner.dispatcher().cancelAll();
    }

    OkHttpClient inner() {
        return inner;
    }

    private static Response noUpdates(Request request) {
        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .body(ResponseBody.create(NO_UPDATES, JSON)).build();
    }
}
