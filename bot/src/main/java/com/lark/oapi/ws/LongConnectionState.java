package com.lark.oapi.ws;

/**
 * Whether the Feishu SDK's long-connection {@link Client} has its WebSocket open (oapi-sdk 2.4.0 says so only in
 * package-visible fields): for {@code /readyz}. Reads, never changes, the client.
 */
public final class LongConnectionState {
    private LongConnectionState() {
    }

    public static boolean open(Client client) {
        return client.conn != null && !Boolean.TRUE.equals(client.isReconnecting);
    }
}
