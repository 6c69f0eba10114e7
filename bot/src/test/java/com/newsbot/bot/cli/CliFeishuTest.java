package com.newsbot.bot.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code newsbot feishu} without credentials, and with credentials the open platform refuses. */
class CliFeishuTest {
    private static final String SECRET = "a-Feishu-app-secret-that-is-wrong";

    @TempDir
    static Path temp;
    static CliRun cli;

    @BeforeAll
    static void index() throws IOException {
        cli = new CliRun(temp);
        cli.env.put("NEWSBOT_EMBEDDINGS", "none");
        assertThat(cli.run(cli.withDirs("index")).exitCode()).isZero();
    }

    @Test
    void without_credentials_it_is_bad_usage_in_one_line_naming_the_variables() {
        CliRun.Result result = cli.run(cli.withDirs("feishu"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).contains("FEISHU_APP_ID").contains("FEISHU_APP_SECRET");
    }

    @Test
    void refused_credentials_fail_in_one_line_without_the_secret() throws IOException {
        HttpServer platform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        platform.createContext("/open-apis/auth/v3/tenant_access_token/internal", exchange -> {
            byte[] body = "{\"code\":10014,\"msg\":\"app secret invalid\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        platform.start();
        try {
            cli.env.put("FEISHU_APP_ID", "cli_refused_app");
            cli.env.put("FEISHU_APP_SECRET", SECRET);
            cli.env.put("FEISHU_BASE_URL", "http://127.0.0.1:" + platform.getAddress().getPort());
            cli.env.put("NEWSBOT_ALLOWED_CHATS", "ou_alice");

            CliRun.Result run = cli.run(cli.withDirs("feishu"));

            List<String> lines = Arrays.asList(run.err().strip().split("\n"));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(lines).filteredOn(line -> line.contains("refused the app credentials")).hasSize(1);
            assertThat(run.err()).contains("FEISHU_APP_SECRET").contains("10014").doesNotContain(SECRET)
                    .doesNotContain("\tat ").doesNotContain("Exception:");
        } finally {
            cli.env.remove("FEISHU_APP_ID");
            cli.env.remove("FEISHU_APP_SECRET");
            cli.env.remove("FEISHU_BASE_URL");
            cli.env.remove("NEWSBOT_ALLOWED_CHATS");
            platform.stop(0);
        }
    }
}
