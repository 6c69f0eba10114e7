package com.lark.oapi.ws;

/**
 * Stops the Feishu SDK's long-connection {@link Client}, which (in oapi-sdk 2.4.0) has no stop method:
 * turns reconnecting off, closes the WebSocket and stops the client's threads. Lives in the SDK's
 * package because the fields and {@code disconnect()} it needs are package-visible only; it touches
 * nothing else. The SDK's ping loop ignores interruption and idles on (a non-daemon thread), so a
 * process that stops the bot must still end itself with {@code System.exit}, as {@code Main} does.
 */
public final class LongConnectionStopper {
    private LongConnectionStopper() {
    }

    public static void stop(Client client) {
        client.autoReconnect = false;
        client.disconnect();
        client.executor.shutdownNow();
    }
}
