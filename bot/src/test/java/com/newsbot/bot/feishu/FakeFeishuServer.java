package com.newsbot.bot.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.lark.oapi.ws.pb.Pbbp2;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the Feishu open platform on loopback, driven by the real SDK clients: the token
 * endpoint ({@code /open-apis/auth/v3/tenant_access_token/internal}), the bot's info, sending and
 * replying with messages (cards over 30 KB refused as Feishu does; a repeated {@code uuid} sent once),
 * reactions, a chat's kind, and the long connection: {@code POST /callback/ws/endpoint} hands out a
 * {@code ws://} URL on its WebSocket server, which pushes events as protobuf {@code pbbp2.Frame}s
 * (headers {@code type}, {@code message_id}, {@code sum}, {@code seq}, {@code trace_id}), answers
 * pings with pongs, and records each acknowledgement frame the client sends back. Requests with a
 * token it did not issue are refused. Scripted failures simulate 5xx and rate limits.
 */
public final class FakeFeishuServer implements AutoCloseable {
    public static final String APP_ID = "cli_test_app";
    public static final String APP_SECRET = "s3cr3t-Feishu-app-SECRET-for-tests";
    static final String BOT_OPEN_ID = "ou_newsbot";
    static final int MAX_CONTENT_BYTES = 30 * 1024;
    private static final Pattern MESSAGE_PATH = Pattern.compile("/open-apis/im/v1/messages/([^/]+)/(reply|reactions)(?:/([^/]+))?");
    private static final Pattern PATCH_PATH = Pattern.compile("/open-apis/im/v1/messages/([^/]+)");
    private static final Pattern CHAT_PATH = Pattern.compile("/open-apis/im/v1/chats/([^/?]+)");
    private static final Pattern ENTITY = Pattern.compile("&#(\\d+);");

    /** A message the bot sent: the chat, the message it replied to (or null), in thread or not, and its card. */
    public record Sent(String messageId, String chatId, String replyTo, boolean inThread, String uuid, JsonNode card, long atNanos) {
        /** What a reader sees: the markdown of every element, entities decoded, one element a line. */
        public String text() {
            StringBuilder text = new StringBuilder();
            for (JsonNode element : card.path("elements")) {
                if ("markdown".equals(element.path("tag").asText())) {
                    text.append(decode(element.path("content").asText().replace("\u200B", ""))).append('\n');
                }
            }
            return text.toString();
        }

        /** What a reader sees, styling markers removed and all whitespace runs made one space: to compare with other front ends. */
        public String plainText() {
            StringBuilder text = new StringBuilder();
            for (JsonNode element : card.path("elements")) {
                if ("markdown".equals(element.path("tag").asText())) {
                    text.append(decode(element.path("content").asText().replace("*", "").replace("\u200B", ""))).append(' ');
                }
            }
            return text.toString().replaceAll("\\s+", " ").strip();
        }

        /** The article ids the card's buttons open. */
        public List<String> buttons() {
            List<String> ids = new ArrayList<>();
            for (JsonNode element : card.path("elements")) {
                for (JsonNode action : element.path("actions")) {
                    ids.add(action.path("value").path(FeishuCards.OPEN).asText());
                }
            }
            return ids;
        }
    }

    /** A scripted failure for the next matching API calls. */
    record Failure(String pathPart, int status, int code, int times) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer http;
    private final ExecutorService executor = Executors.newFixedThreadPool(16, task -> {
        Thread thread = new Thread(task, "fake-feishu");
        thread.setDaemon(true);
        return thread;
    });
    private final Sockets sockets;
    private final List<Sent> sent = new ArrayList<>();
    /** Cards as updated in place (PATCH), in order: message id and the new card. */
    private final List<Map.Entry<String, JsonNode>> patched = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    private final Map<String, Integer> acks = new HashMap<>();
    private final Map<String, String> chatOfMessage = new HashMap<>();
    private final Map<String, String> chatModes = new HashMap<>();
    private final Map<String, String> uuids = new HashMap<>();
    /** Tokens any stand-in issued in this JVM: the SDK caches a token per app id for its lifetime, across servers. */
    private static final Set<String> TOKENS = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private final List<String> rejected = new ArrayList<>();
    private final List<String> repeated = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger(1000);
    private final AtomicInteger frames = new AtomicInteger();
    private int connections;
    private int closedConnections;
    private int refuseLongConnectionCode;

    private FakeFeishuServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.setExecutor(executor);
        http.createContext("/", exchange -> {
            try {
                handle(exchange);
            } catch (RuntimeException e) {
                respond(exchange, 500, "{\"code\":1,\"msg\":\"stand-in failed: " + e.getClass().getSimpleName() + "\"}", Map.of());
            } finally {
                exchange.close();
            }
        });
        http.start();
        sockets = new Sockets();
        sockets.setReuseAddr(true);
        sockets.start();
        try {
            if (!sockets.started.await(10, TimeUnit.SECONDS)) {
                throw new IOException("the stand-in WebSocket server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public static FakeFeishuServer start() throws IOException {
        return new FakeFeishuServer();
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    // ---------------------------------------------------------------- scripting

    /** The next {@code times} calls to exactly {@code path} fail with this status and code. */
    synchronized void failNext(String pathPart, int status, int code, int times) {
        failures.add(new Failure(pathPart, status, code, times));
    }

    /** A message that exists in a chat (a card the bot sent before the test began). */
    synchronized void knownMessage(String messageId, String chatId) {
        chatOfMessage.put(messageId, chatId);
    }

    /** From now on the long-connection endpoint answers with this error code (as for an app whose events do not use it). */
    synchronized void refuseLongConnection(int code) {
        refuseLongConnectionCode = code;
    }

    synchronized void chatMode(String chatId, String mode) {
        chatModes.put(chatId, mode);
    }

    /** Waits until the bot's long connection is open (the {@code n}-th one since the start). */
    public void awaitConnections(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (connections < n || sockets.open() == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the bot did not open long connection " + n + " within " + timeout);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** How many long connections were opened since the start. */
    synchronized int connections() {
        return connections;
    }

    /** Waits until {@code n} long connections have been closed (by either side). */
    synchronized void awaitClosedConnections(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (closedConnections < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("only " + closedConnections + " long connections closed within " + timeout);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Pushes an event over the long connection, as a data frame; returns the frame's message_id. */
    public String push(ObjectNode event) {
        WebSocket socket = sockets.open();
        if (socket == null) {
            throw new AssertionError("no long connection is open");
        }
        return push(socket, event);
    }

    /**
     * Pushes the same event over every open long connection (what Feishu does at worst for replicas: it redelivers an
     * event whose acknowledgement it missed to another client); returns the frames' message_ids.
     */
    public List<String> pushToEvery(ObjectNode event) {
        List<WebSocket> open = sockets.getConnections().stream().filter(WebSocket::isOpen).toList();
        if (open.isEmpty()) {
            throw new AssertionError("no long connection is open");
        }
        return open.stream().map(socket -> push(socket, event)).toList();
    }

    /** The uuids of messages sent again (the stand-in, like Feishu, shows a message once per uuid). */
    public synchronized List<String> repeatedSends() {
        return List.copyOf(repeated);
    }

    private String push(WebSocket socket, ObjectNode event) {
        JsonNode message = event.path("event").path("message");
        if (message.has("message_id")) {
            synchronized (this) {
                chatOfMessage.put(message.path("message_id").asText(), message.path("chat_id").asText());
            }
        }
        String frameId = "frame-" + frames.incrementAndGet();
        Pbbp2.Frame frame = Pbbp2.Frame.newBuilder().setSeqID(frames.get()).setLogID(0).setService(1).setMethod(1)
                .addHeaders(header("type", "event")).addHeaders(header("message_id", frameId))
                .addHeaders(header("sum", "1")).addHeaders(header("seq", "0"))
                .addHeaders(header("trace_id", UUID.randomUUID().toString()))
                .setPayload(ByteString.copyFromUtf8(event.toString())).build();
        socket.send(frame.toByteArray());
        return frameId;
    }

    // ---------------------------------------------------------------- observing

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Sent> sentTo(String chatId) {
        return sent.stream().filter(s -> chatId.equals(s.chatId())).toList();
    }

    synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    synchronized void awaitRequest(Predicate<String> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (requests.stream().noneMatch(matching)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no such request within " + timeout + ": " + requests);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Requests the stand-in refused as invalid (a card too big, a bad token): none is expected. */
    public synchronized List<String> rejected() {
        return List.copyOf(rejected);
    }

    /** The status code of the client's acknowledgement of a pushed frame, or null before it came. */
    synchronized Integer ack(String frameId) {
        return acks.get(frameId);
    }

    public List<Sent> awaitSentTo(String chatId, int n) throws InterruptedException {
        return awaitSent(s -> chatId.equals(s.chatId()), n, Duration.ofSeconds(20));
    }

    synchronized List<Sent> awaitSent(Predicate<Sent> matching, int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Sent> found = sent.stream().filter(matching).toList();
            if (found.size() >= n) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + n + " messages, got " + found.size() + ": " + found);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized Integer awaitAck(String frameId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!acks.containsKey(frameId)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no acknowledgement of " + frameId + " within " + timeout);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return acks.get(frameId);
    }

    static String decode(String markdown) {
        Matcher matcher = ENTITY.matcher(markdown);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1)))));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        JsonNode body = bytes.length == 0 ? JsonNodeFactory.instance.objectNode() : json.readTree(bytes);
        synchronized (this) {
            requests.add(method + " " + path);
            notifyAll();
        }
        if (path.equals("/callback/ws/endpoint")) {
            endpoint(exchange, body);
            return;
        }
        if (path.equals("/open-apis/auth/v3/tenant_access_token/internal")) {
            token(exchange, body);
            return;
        }
        Failure failure = takeFailure(path);
        if (failure != null) {
            Map<String, String> headers = failure.status() == 429 || failure.code() == FeishuCalls.RATE_LIMITED_CODE
                    ? Map.of(FeishuCalls.RATE_LIMIT_RESET_HEADER, "1") : Map.of();
            respond(exchange, failure.status(), "{\"code\":" + failure.code() + ",\"msg\":\"scripted failure\"}", headers);
            return;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        synchronized (this) {
            if (auth == null || !auth.startsWith("Bearer ") || !TOKENS.contains(auth.substring(7))) {
                rejected.add(path + ": token not issued by the stand-in");
                respond(exchange, 401, "{\"code\":99991663,\"msg\":\"Invalid access token for authorization\"}", Map.of());
                return;
            }
        }
        if (path.equals("/open-apis/bot/v3/info")) {
            respond(exchange, 200, "{\"code\":0,\"msg\":\"ok\",\"bot\":{\"activate_status\":2,\"app_name\":\"新闻助手\","
                    + "\"open_id\":\"" + BOT_OPEN_ID + "\"}}", Map.of());
            return;
        }
        if (path.equals("/open-apis/im/v1/messages") && method.equals("POST")) {
            String chatId = body.path("receive_id").asText();
            message(exchange, body, chatId, null, false);
            return;
        }
        Matcher patchPath = PATCH_PATH.matcher(path);
        if (patchPath.matches() && method.equals("PATCH")) {
            patch(exchange, body, patchPath.group(1));
            return;
        }
        Matcher messagePath = MESSAGE_PATH.matcher(path);
        if (messagePath.matches() && messagePath.group(2).equals("reply")) {
            String chatId;
            synchronized (this) {
                chatId = chatOfMessage.get(messagePath.group(1));
            }
            if (chatId == null) {
                respond(exchange, 400, "{\"code\":230011,\"msg\":\"The message was not found\"}", Map.of());
                return;
            }
            message(exchange, body, chatId, messagePath.group(1), body.path("reply_in_thread").asBoolean(false));
            return;
        }
        if (messagePath.matches() && messagePath.group(2).equals("reactions")) {
            respond(exchange, 200, "{\"code\":0,\"msg\":\"success\",\"data\":{\"reaction_id\":\"r_" + ids.incrementAndGet()
                    + "\",\"reaction_type\":{\"emoji_type\":\"" + body.path("reaction_type").path("emoji_type").asText() + "\"}}}",
                    Map.of());
            return;
        }
        Matcher chatPath = CHAT_PATH.matcher(path);
        if (chatPath.matches()) {
            String mode;
            synchronized (this) {
                mode = chatModes.get(chatPath.group(1));
            }
            if (mode == null) {
                respond(exchange, 400, "{\"code\":232011,\"msg\":\"chat not found\"}", Map.of());
            } else {
                respond(exchange, 200, "{\"code\":0,\"msg\":\"success\",\"data\":{\"chat_mode\":\"" + mode + "\"}}", Map.of());
            }
            return;
        }
        respond(exchange, 404, "{\"code\":1,\"msg\":\"not found\"}", Map.of());
    }

    private void endpoint(HttpExchange exchange, JsonNode body) throws IOException {
        if (!APP_ID.equals(body.path("AppID").asText()) || !APP_SECRET.equals(body.path("AppSecret").asText())) {
            respond(exchange, 200, "{\"code\":1000040343,\"msg\":\"app secret invalid\"}", Map.of());
            return;
        }
        int refusal;
        synchronized (this) {
            refusal = refuseLongConnectionCode;
        }
        if (refusal != 0) {
            respond(exchange, 200, "{\"code\":" + refusal + ",\"msg\":\"the app does not use the long connection\"}", Map.of());
            return;
        }
        String url = "ws://127.0.0.1:" + sockets.getPort() + "/ws?device_id=dev-1&service_id=1";
        respond(exchange, 200, "{\"code\":0,\"msg\":\"ok\",\"data\":{\"URL\":\"" + url + "\",\"ClientConfig\":{"
                + "\"ReconnectCount\":-1,\"ReconnectInterval\":1,\"ReconnectNonce\":1,\"PingInterval\":120}}}", Map.of());
    }

    private void token(HttpExchange exchange, JsonNode body) throws IOException {
        if (!APP_ID.equals(body.path("app_id").asText()) || !APP_SECRET.equals(body.path("app_secret").asText())) {
            respond(exchange, 200, "{\"code\":10014,\"msg\":\"app secret invalid\"}", Map.of());
            return;
        }
        String token = "t-" + UUID.randomUUID();
        TOKENS.add(token);
        respond(exchange, 200, "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"" + token + "\",\"expire\":7200}", Map.of());
    }

    private void message(HttpExchange exchange, JsonNode body, String chatId, String replyTo, boolean inThread) throws IOException {
        String content = body.path("content").asText();
        if (!"interactive".equals(body.path("msg_type").asText()) || content.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES) {
            synchronized (this) {
                rejected.add("message to " + chatId + ": " + body.path("msg_type").asText() + ", "
                        + content.getBytes(StandardCharsets.UTF_8).length + " bytes");
            }
            respond(exchange, 400, "{\"code\":230025,\"msg\":\"The length of the message content reaches its limit\"}", Map.of());
            return;
        }
        JsonNode card = json.readTree(content);
        String uuid = body.path("uuid").asText(null);
        String messageId;
        synchronized (this) {
            messageId = uuid == null ? null : uuids.get(uuid);
            if (messageId != null) {
                repeated.add(uuid);
            }
            if (messageId == null) {
                messageId = "om_bot_" + ids.incrementAndGet();
                if (uuid != null) {
                    uuids.put(uuid, messageId);
                }
                chatOfMessage.put(messageId, chatId);
                sent.add(new Sent(messageId, chatId, replyTo, inThread, uuid, card, System.nanoTime()));
                notifyAll();
            }
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("code", 0).put("msg", "success");
        answer.putObject("data").put("message_id", messageId).put("chat_id", chatId).put("msg_type", "interactive");
        respond(exchange, 200, answer.toString(), Map.of());
    }

    /** Updates a card the bot sent, as Feishu does: only a shared card ({@code config.update_multi}), only with a card. */
    private void patch(HttpExchange exchange, JsonNode body, String messageId) throws IOException {
        JsonNode card = json.readTree(body.path("content").asText("{}"));
        synchronized (this) {
            Sent original = sent.stream().filter(s -> messageId.equals(s.messageId())).findFirst().orElse(null);
            if (original == null) {
                respond(exchange, 400, "{\"code\":230011,\"msg\":\"The message was not found\"}", Map.of());
                return;
            }
            if (!original.card().path("config").path("update_multi").asBoolean(false) || !card.has("elements")) {
                rejected.add("update of " + messageId + ": not a shared card, or not a card");
                respond(exchange, 400, "{\"code\":230099,\"msg\":\"Failed to update the card\"}", Map.of());
                return;
            }
            patched.add(Map.entry(messageId, card));
            notifyAll();
        }
        respond(exchange, 200, "{\"code\":0,\"msg\":\"success\",\"data\":{}}", Map.of());
    }

    /** Waits for {@code n} in-place updates of message {@code messageId}'s card; returns the cards, oldest first. */
    synchronized List<JsonNode> awaitPatched(String messageId, int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<JsonNode> found = patched.stream().filter(p -> p.getKey().equals(messageId)).map(Map.Entry::getValue).toList();
            if (found.size() >= n) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + n + " updates of " + messageId + ", got " + found.size());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private synchronized Failure takeFailure(String path) {
        Failure failure = failures.peek();
        if (failure == null || !path.equals(failure.pathPart())) {
            return null;
        }
        failures.poll();
        if (failure.times() > 1) {
            failures.addFirst(new Failure(failure.pathPart(), failure.status(), failure.code(), failure.times() - 1));
        }
        return failure;
    }

    private static void respond(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Pbbp2.Header header(String key, String value) {
        return Pbbp2.Header.newBuilder().setKey(key).setValue(value).build();
    }

    // ---------------------------------------------------------------- long connection

    private final class Sockets extends WebSocketServer {
        private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        private volatile WebSocket latest;

        Sockets() {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        }

        WebSocket open() {
            WebSocket socket = latest;
            return socket != null && socket.isOpen() ? socket : null;
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            latest = conn;
            synchronized (FakeFeishuServer.this) {
                connections++;
                FakeFeishuServer.this.notifyAll();
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            synchronized (FakeFeishuServer.this) {
                closedConnections++;
                FakeFeishuServer.this.notifyAll();
            }
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
        }

        @Override
        public void onMessage(WebSocket conn, ByteBuffer message) {
            Pbbp2.Frame frame;
            try {
                byte[] bytes = new byte[message.remaining()];
                message.get(bytes);
                frame = Pbbp2.Frame.parseFrom(bytes);
            } catch (InvalidProtocolBufferException e) {
                synchronized (FakeFeishuServer.this) {
                    rejected.add("a frame that is not a pbbp2.Frame");
                }
                return;
            }
            Map<String, String> headers = new HashMap<>();
            for (Pbbp2.Header header : frame.getHeadersList()) {
                headers.put(header.getKey(), header.getValue());
            }
            if (frame.getMethod() == 0 && "ping".equals(headers.get("type"))) {
                conn.send(Pbbp2.Frame.newBuilder().setSeqID(0).setLogID(0).setService(frame.getService()).setMethod(0)
                        .addHeaders(header("type", "pong")).build().toByteArray());
                return;
            }
            if (frame.getMethod() == 1) {
                int code;
                try {
                    code = new ObjectMapper().readTree(frame.getPayload().toStringUtf8()).path("code").asInt(-1);
                } catch (IOException e) {
                    code = -1;
                }
                synchronized (FakeFeishuServer.this) {
                    acks.put(headers.get("message_id"), code);
                    FakeFeishuServer.this.notifyAll();
                }
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    @Override
    public void close() {
        try {
            sockets.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        executor.shutdownNow();
    }
}
