package com.newsbot.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An OpenAI-compatible server on loopback standing in for a language model: answers
 * {@code POST /v1/chat/completions} with what a test's reply function returns for the request body, and
 * records every request it received.
 */
public final class StandInLlm implements AutoCloseable {
    /** What the server sends back: a status, a raw body, and how long to wait first. */
    public record Reply(int status, String body, long delayMillis) {
        /** A normal chat completion whose message content is {@code content}. */
        public static Reply content(String content) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            root.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1_700_000_000L)
                    .put("model", "stand-in");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", content);
            root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
            return new Reply(200, root.toString(), 0);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, body, 0);
        }

        public Reply delayed(long millis) {
            return new Reply(status, body, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Function<String, Reply> replies = body -> Reply.status(500, "{}");

    public StandInLlm() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The base URL to give the model client, ending in {@code /v1}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/v1";
    }

    /** From now on, reply to each request body with what {@code replies} returns. */
    public void replyWith(Function<String, Reply> replies) {
        this.replies = replies;
    }

    /** Every request body received, oldest first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void clear() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        Reply reply = replies.apply(body);
        try {
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout) and closed the connection: nothing to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
