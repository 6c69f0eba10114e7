package com.newsbot.bot.feishu;

import com.lark.oapi.event.EventDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adapter over the SDK's long-connection client that has no close (oapi-sdk 2.4.0, larksuite/oapi-sdk-java#159):
 * fails when an SDK upgrade breaks the stop through its package-private parts, and when the SDK gains a public stop
 * (then use it and delete {@code com.lark.oapi.ws.LongConnectionStopper}).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LongConnectionTest {
    @Test
    void close_ends_the_open_connection_and_the_sdk_does_not_connect_again() throws Exception {
        try (FakeFeishuServer feishu = FakeFeishuServer.start()) {
            LongConnection connection = new LongConnection(FakeFeishuServer.APP_ID, FakeFeishuServer.APP_SECRET, feishu.url(),
                    EventDispatcher.newBuilder("", "").build());
            Thread opener = new Thread(connection::open, "test-open");
            opener.setDaemon(true);
            opener.start();
            feishu.awaitConnections(1, Duration.ofSeconds(20));
            opener.join(10_000); // open() returns once the SDK holds the open connection

            connection.close();

            feishu.awaitClosedConnections(1, Duration.ofSeconds(10));
            Thread.sleep(3_000); // the stand-in tells the SDK to reconnect after 1 s
            assertThat(feishu.connections()).as("connections opened in all").isEqualTo(1);
            connection.close(); // idempotent
        }
    }

    @Test
    void the_sdk_client_still_has_no_public_stop_so_the_adapter_is_still_needed() {
        List<String> stops = Arrays.stream(com.lark.oapi.ws.Client.class.getMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)
                .filter(name -> List.of("close", "stop", "shutdown", "disconnect").contains(name.toLowerCase(Locale.ROOT)))
                .toList();
        assertThat(stops).as("the SDK now has a public stop: use it in LongConnection.close() and delete LongConnectionStopper")
                .isEmpty();
    }
}
