package com.newsbot.bot.feishu;

import com.lark.oapi.event.EventDispatcher;
import com.lark.oapi.ws.LongConnectionState;
import com.lark.oapi.ws.LongConnectionStopper;

/**
 * The SDK's long-connection client ({@code com.lark.oapi.ws.Client}) with the close it lacks. oapi-sdk 2.4.0 gives
 * the client no public way to stop (asked for upstream: larksuite/oapi-sdk-java#159), so {@link #close()} goes through
 * {@link LongConnectionStopper}, which lives in the SDK's package for the package-private fields it needs (as does
 * {@link LongConnectionState}, which reads whether the socket is open). This class
 * is the only user of both; {@code LongConnectionTest} fails when an SDK upgrade breaks the stop or adds a public one.
 */
final class LongConnection implements AutoCloseable {
    private static final java.time.Duration OPEN_CALLBACK_WAIT = java.time.Duration.ofSeconds(10);
    private final com.lark.oapi.ws.Client client;

    LongConnection(String appId, String appSecret, String domain, EventDispatcher dispatcher) {
        this.client = new com.lark.oapi.ws.Client.Builder(appId, appSecret).eventHandler(dispatcher).domain(domain)
                .autoReconnect(true).build();
    }

    /**
     * Opens the connection; blocks until it is open (or, bounded, until the SDK's open callback ran: its {@code start()}
     * returns before, and a close in between would leave the socket open). The SDK reconnects by itself when it drops,
     * or when Feishu cannot be reached at first (then this blocks in the SDK's retry loop); a refusal of the connection
     * itself throws.
     */
    void open() {
        client.start();
        long deadline = System.nanoTime() + OPEN_CALLBACK_WAIT.toNanos();
        while (!isOpen() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Whether the WebSocket is open now (not dropped, not reconnecting). */
    boolean isOpen() {
        return LongConnectionState.open(client);
    }

    /** Turns reconnecting off, closes the WebSocket and stops the client's threads. Idempotent. */
    @Override
    public void close() {
        LongConnectionStopper.stop(client);
    }
}
