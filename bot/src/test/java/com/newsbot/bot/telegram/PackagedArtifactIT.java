package com.newsbot.bot.telegram;

import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.feishu.Events;
import com.newsbot.bot.feishu.FakeFeishuServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The artifact {@code mvn -B package} makes ({@code bot/target/newsbot.jar}), run with {@code java -jar} from a folder
 * outside the checkout with only a seeds folder beside it: {@code --version}, {@code ask} (the embedding model and the
 * prompts come from inside the jar), {@code telegram} and {@code feishu} against the stand-in servers, each serving
 * {@code /readyz} and {@code /metrics}. Runs in {@code mvn verify} (failsafe), after the jar is built.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PackagedArtifactIT {
    private static final Path JAR = Path.of("target", "newsbot.jar").toAbsolutePath();

    @TempDir
    Path outside;

    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private Map<String, String> env;

    @BeforeEach
    void layOut() throws IOException {
        assertThat(JAR).as("built by mvn package").exists();
        Files.createDirectories(outside.resolve("seeds"));
        Files.copy(SeedIndex.repoSeeds().resolve(SeedIndex.SEED), outside.resolve("seeds").resolve(SeedIndex.SEED));
        env = new HashMap<>();
        env.put("NEWSBOT_HOME", outside.resolve("home").toString());
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process start(Map<String, String> extra, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(outside.toFile()).redirectErrorStream(true)
                .redirectOutput(outside.resolve(args[0].replace("-", "") + ".log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("NEWSBOT_") || k.startsWith("TELEGRAM_") || k.startsWith("FEISHU_"));
        builder.environment().putAll(env);
        builder.environment().putAll(extra);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private String run(String... args) throws Exception {
        Process process = start(Map.of(), args);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(outside.resolve(args[0].replace("-", "") + ".log"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> awaitReady(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                HttpResponse<String> ready = get(port, "/readyz");
                if (ready.statusCode() == 200 || System.nanoTime() > deadline) {
                    return ready;
                }
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            Thread.sleep(250);
        }
    }

    @Test
    void the_jar_answers_and_runs_both_bots_from_outside_the_checkout() throws Exception {
        assertThat(run("--version")).startsWith("newsbot 0.1.0");
        assertThat(run("ask", "--json", "上汽在职的全国劳模有几位？")).contains("\"found\":true", "\"mode\":\"extractive\"");

        try (FakeTelegramServer telegram = FakeTelegramServer.start()) {
            int port = freePort();
            Process bot = start(Map.of("TELEGRAM_BOT_TOKEN", FakeTelegramServer.TOKEN, "TELEGRAM_API_URL", telegram.url(),
                    "NEWSBOT_ALLOWED_CHATS", "*", "NEWSBOT_HTTP_PORT", Integer.toString(port)), "telegram");
            assertThat(awaitReady(port).statusCode()).isEqualTo(200);
            telegram.enqueue(Updates.privateText(1, 4001, "上汽在职的全国劳模有几位？"));
            assertThat(FakeTelegramServer.parsedText(telegram.awaitDelivered(c -> true, 1, Duration.ofSeconds(60)).get(0)
                    .text("text"))).contains("劳模");
            Thread.sleep(500);
            assertThat(get(port, "/metrics").body())
                    .contains("newsbot_questions_total{frontend=\"telegram\",outcome=\"answered\"} 1.0")
                    .contains("newsbot_replies_total{frontend=\"telegram\",outcome=\"sent\"} 1.0")
                    .containsPattern("newsbot_index_articles [1-9][0-9]*\\.0");
            bot.destroy();
            assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }

        try (FakeFeishuServer feishu = FakeFeishuServer.start()) {
            int port = freePort();
            start(Map.of("FEISHU_APP_ID", FakeFeishuServer.APP_ID, "FEISHU_APP_SECRET", FakeFeishuServer.APP_SECRET,
                    "FEISHU_BASE_URL", feishu.url(), "NEWSBOT_ALLOWED_CHATS", "*", "NEWSBOT_HTTP_PORT", Integer.toString(port)),
                    "feishu");
            feishu.awaitConnections(1, Duration.ofSeconds(120));
            assertThat(awaitReady(port).statusCode()).isEqualTo(200);
            feishu.push(Events.privateText("ev-artifact-1", "ou_reader", "oc_reader", "上汽在职的全国劳模有几位？"));
            assertThat(feishu.awaitSentTo("oc_reader", 1)).hasSize(1);
            assertThat(get(port, "/metrics").body())
                    .contains("newsbot_questions_total{frontend=\"feishu\",outcome=\"answered\"} 1.0");
        }
    }
}
