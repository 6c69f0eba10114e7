package com.newsbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the Telegram Bot API on loopback, driven by the real TelegramBots client: serves
 * queued updates to getUpdates (honouring offset, long-polling briefly), answers getMe,
 * deleteWebhook, setMyCommands, sendMessage, answerCallbackQuery, sendChatAction and
 * editMessageText, records every call, and validates what the bot sends the way Telegram does
 * (HTML with allowed, balanced tags and known entities; text at most 4096 characters;
 * callback data 1..64 bytes). Anything invalid is answered with Telegram's error and listed in
 * {@link #violations()}. Scripted failures simulate 429 and HTML rejections.
 */
public final class FakeTelegramServer implements AutoCloseable {
    public static final String TOKEN = "123456789:AAH-t0p_SECRET-token_for_tests";
    static final long BOT_ID = 777000111L;
    static final String BOT_USERNAME = "NewsTestBot";
    private static final Duration MAX_LONG_POLL = Duration.ofSeconds(2);
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
            "tg-spoiler", "a", "tg-emoji", "code", "pre", "blockquote");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[a-z-]+=\"[^\"<>]*\")*)\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);");

    /** One request the bot made: the method (lower case) and its JSON parameters. */
    record Call(String method, JsonNode body, long atNanos) {
        String text(String field) {
            JsonNode node = body.get(field);
            return node == null || node.isNull() ? null : node.asText();
        }
    }

    enum Failure {
        RATE_LIMITED, UNPARSABLE_HTML, BAD_GATEWAY, DROPPED_CONNECTION,
        /** The message is delivered, then the connection is closed before the answer (the confirmation is lost). */
        DROPPED_AFTER_DELIVERY
    }

    private final ObjectMapper json = new ObjectMapper();
    private final java.util.Map<String, Integer> rateLimitedChats = new java.util.HashMap<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fake-telegram");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Call> calls = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final Deque<Failure> sendFailures = new ArrayDeque<>();
    private int failingPolls;
    private int droppedPolls;
    private int retryAfterSeconds = 1;
    private long sendDelayMillis;
    private final java.util.Map<Long, Long> servedAtNanos = new java.util.HashMap<>();
    private int nextMessageId = 5000;
    private final Set<Long> blockedChats = new java.util.HashSet<>();
    private boolean ignoreOffsetOnce;
    private boolean closed;

    private FakeTelegramServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeTelegramServer start() throws IOException {
        return new FakeTelegramServer();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized void enqueue(ObjectNode update) {
        updates.add(update);
        notifyAll();
    }

    /** The next sendMessage fails this way (once per call). */
    synchronized void failNextSend(Failure failure) {
        sendFailures.add(failure);
    }

    /** The next {@code count} getUpdates calls fail with 502 Bad Gateway (an outage). */
    synchronized void failNextPolls(int count) {
        failingPolls = count;
    }

    /** The next getUpdates serves every update still stored, whatever the offset (as if the last confirmation was lost). */
    synchronized void ignoreOffsetOnce() {
        ignoreOffsetOnce = true;
    }

    /** The next {@code count} getUpdates calls are cut off: the socket is closed without an answer. */
    synchronized void dropNextPolls(int count) {
        droppedPolls = count;
    }

    /**
     * Every sendMessage to {@code chatId} answers 429 with {@code retry_after} {@code seconds}
     * until {@link #stopRateLimiting}: a chat that hit Telegram's flood limit.
     */
    synchronized void rateLimitChat(long chatId, int seconds) {
        rateLimitedChats.put(Long.toString(chatId), seconds);
    }

    synchronized void stopRateLimiting(long chatId) {
        rateLimitedChats.remove(Long.toString(chatId));
    }

    /** From now on, sendMessage to this chat fails with 403 Forbidden, as when a person blocked the bot. */
    synchronized void blockChat(long chatId) {
        blockedChats.add(chatId);
    }

    /** The {@code retry_after} (seconds) a scripted 429 asks for. */
    synchronized void retryAfter(int seconds) {
        retryAfterSeconds = seconds;
    }

    /** Every sendMessage from now on is answered only after this delay (a slow Bot API). */
    synchronized void delaySends(Duration delay) {
        sendDelayMillis = delay.toMillis();
    }

    /** When getUpdates first handed out the update with this id ({@link System#nanoTime()}), or null. */
    synchronized Long servedAt(long updateId) {
        return servedAtNanos.get(updateId);
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method.toLowerCase(Locale.ROOT))).toList();
    }

    /** sendMessage calls that Telegram accepted (delivered messages). */
    synchronized List<Call> delivered() {
        return calls.stream().filter(c -> c.method().equals("sendmessage") && c.body().has("_delivered")).toList();
    }

    synchronized List<Call> deliveredTo(long chatId) {
        return delivered().stream().filter(c -> c.text("chat_id").equals(Long.toString(chatId))).toList();
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** Waits until {@code count} delivered messages match, failing the test after a timeout. */
    List<Call> awaitDelivered(Predicate<Call> matching, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                List<Call> found = delivered().stream().filter(matching).toList();
                if (found.size() >= count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " matching messages within " + timeout + ", got "
                            + found.size() + "; all calls: " + calls.stream().map(c -> c.method() + " " + c.body()).toList());
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    List<Call> awaitDeliveredTo(long chatId, int count) throws InterruptedException {
        return awaitDelivered(c -> c.text("chat_id").equals(Long.toString(chatId)), count, Duration.ofSeconds(10));
    }

    /** Waits until at least {@code count} calls of a method were made. */
    List<Call> awaitCalls(String method, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (calls(method).size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " " + method + " calls within " + timeout + ", got "
                            + calls(method).size());
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return calls(method);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + TOKEN + "/";
            if (!path.startsWith(prefix)) {
                respond(exchange, 401, error(401, "Unauthorized", null));
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? JsonNodeFactory.instance.objectNode() : json.readTree(bytes);
            Call call = new Call(method, body, System.nanoTime());
            synchronized (this) {
                calls.add(call);
                notifyAll();
            }
            if (method.equals("sendmessage") && takeDroppedConnection()) {
                exchange.getResponseBody().close();
                return;
            }
            if (method.equals("sendmessage") && take(Failure.DROPPED_AFTER_DELIVERY)) {
                sendMessage(body);
                exchange.getResponseBody().close();
                return;
            }
            if (method.equals("getupdates") && takeDroppedPoll()) {
                exchange.getResponseBody().close();
                return;
            }
            if (method.equals("sendmessage") && sendDelay() > 0) {
                try {
                    Thread.sleep(sendDelay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (method.equals("getupdates") && takeFailingPoll()) {
                respond(exchange, 502, error(502, "Bad Gateway", null));
                return;
            }
            ObjectNode answer = switch (method) {
                case "getme" -> ok(me());
                case "deletewebhook", "sendchataction" -> ok(JsonNodeFactory.instance.booleanNode(true));
                case "setmycommands" -> setMyCommands(body);
                case "getupdates" -> getUpdates(body);
                case "sendmessage", "editmessagetext" -> sendMessage(body);
                case "editmessagereplymarkup" -> editReplyMarkup(body);
                case "answercallbackquery" -> body.hasNonNull("callback_query_id")
                        ? ok(JsonNodeFactory.instance.booleanNode(true))
                        : violation(400, "Bad Request: callback_query_id is missing");
                default -> error(404, "Not Found", null);
            };
            int status = answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt(500);
            respond(exchange, status, answer);
        }
    }

    private synchronized boolean takeDroppedConnection() {
        if (sendFailures.peek() == Failure.DROPPED_CONNECTION) {
            sendFailures.poll();
            return true;
        }
        return false;
    }

    private synchronized boolean take(Failure failure) {
        if (sendFailures.peek() == failure) {
            sendFailures.poll();
            return true;
        }
        return false;
    }

    private synchronized boolean takeDroppedPoll() {
        if (droppedPolls > 0) {
            droppedPolls--;
            return true;
        }
        return false;
    }

    private synchronized long sendDelay() {
        return sendDelayMillis;
    }

    private synchronized boolean takeFailingPoll() {
        if (failingPolls > 0) {
            failingPolls--;
            return true;
        }
        return false;
    }

    private ObjectNode setMyCommands(JsonNode body) {
        JsonNode commands = body.get("commands");
        if (commands == null || !commands.isArray() || commands.isEmpty()) {
            return violation(400, "Bad Request: commands are missing");
        }
        for (JsonNode command : commands) {
            String name = command.path("command").asText();
            String description = command.path("description").asText();
            if (!name.matches("[a-z0-9_]{1,32}") || description.isEmpty() || description.length() > 256) {
                return violation(400, "Bad Request: BOT_COMMAND_INVALID " + command);
            }
        }
        return ok(JsonNodeFactory.instance.booleanNode(true));
    }

    private ObjectNode getUpdates(JsonNode body) {
        long offset = body.path("offset").asLong(0);
        long timeoutMillis = Math.min(MAX_LONG_POLL.toMillis(), body.path("timeout").asLong(0) * 1000);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (this) {
            boolean everything = ignoreOffsetOnce;
            ignoreOffsetOnce = false;
            if (!everything && offset > 0) {
                updates.removeIf(update -> update.path("update_id").asLong() < offset);
            }
            while (!closed && updates.isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                if (offset > 0) {
                    updates.removeIf(update -> update.path("update_id").asLong() < offset);
                }
            }
            ArrayNode result = JsonNodeFactory.instance.arrayNode();
            long now = System.nanoTime();
            updates.forEach(update -> servedAtNanos.putIfAbsent(update.path("update_id").asLong(), now));
            updates.forEach(result::add);
            return ok(result);
        }
    }

    private ObjectNode sendMessage(JsonNode body) {
        String text = body.path("text").asText("");
        if (!body.hasNonNull("chat_id")) {
            return violation(400, "Bad Request: chat_id is empty");
        }
        if (text.isEmpty()) {
            return violation(400, "Bad Request: message text is empty");
        }
        boolean html = "html".equalsIgnoreCase(body.path("parse_mode").asText(""));
        synchronized (this) {
            Integer chatLimit = rateLimitedChats.get(body.path("chat_id").asText());
            if (chatLimit != null) {
                ObjectNode parameters = JsonNodeFactory.instance.objectNode().put("retry_after", chatLimit);
                return error(429, "Too Many Requests: retry after " + chatLimit, parameters);
            }
            if (blockedChats.contains(body.path("chat_id").asLong())) {
                return error(403, "Forbidden: bot was blocked by the user", null);
            }
            Failure failure = sendFailures.poll();
            if (failure == Failure.RATE_LIMITED) {
                ObjectNode parameters = JsonNodeFactory.instance.objectNode().put("retry_after", retryAfterSeconds);
                return error(429, "Too Many Requests: retry after " + retryAfterSeconds, parameters);
            }
            if (failure == Failure.BAD_GATEWAY) {
                return error(502, "Bad Gateway", null);
            }
            if (failure == Failure.UNPARSABLE_HTML && html) {
                return error(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0", null);
            }
        }
        int length = text.length();
        if (html) {
            if (text.length() > TelegramHtml.MAX_MESSAGE_LENGTH) {
                recordViolation("HTML source longer than 4096 characters: " + text.length());
            }
            String problem = htmlProblem(text);
            if (problem != null) {
                return violation(400, "Bad Request: can't parse entities: " + problem);
            }
            length = parsedText(text).length();
        }
        if (length > TelegramHtml.MAX_MESSAGE_LENGTH) {
            return violation(400, "Bad Request: message is too long");
        }
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.has("url")) { // as the Bot API: a button carries exactly one action; a link is http(s) or tg
                    String url = button.path("url").asText("");
                    if (button.has("callback_data") || button.path("text").asText("").isEmpty()
                            || !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("tg://"))) {
                        return violation(400, "Bad Request: BUTTON_URL_INVALID " + button);
                    }
                    continue;
                }
                int bytes = button.path("callback_data").asText("").getBytes(StandardCharsets.UTF_8).length;
                if (bytes < 1 || bytes > 64 || button.path("text").asText("").isEmpty()) {
                    return violation(400, "Bad Request: BUTTON_DATA_INVALID " + button);
                }
            }
        }
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        synchronized (this) {
            ((ObjectNode) body).put("_delivered", true);
            message.put("message_id", nextMessageId++);
            notifyAll();
        }
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("chat", JsonNodeFactory.instance.objectNode().put("id", body.path("chat_id").asLong()).put("type", "private"));
        message.set("from", me());
        message.put("text", html ? parsedText(text) : text);
        return ok(message);
    }

    /** editMessageReplyMarkup: the message's new buttons, validated like sendMessage's. */
    private ObjectNode editReplyMarkup(JsonNode body) {
        if (!body.hasNonNull("chat_id") || !body.hasNonNull("message_id")) {
            return violation(400, "Bad Request: chat_id and message_id are required");
        }
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                int bytes = button.path("callback_data").asText("").getBytes(StandardCharsets.UTF_8).length;
                if (bytes < 1 || bytes > 64 || button.path("text").asText("").isEmpty()) {
                    return violation(400, "Bad Request: BUTTON_DATA_INVALID " + button);
                }
            }
        }
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("message_id", body.path("message_id").asInt());
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("chat", JsonNodeFactory.instance.objectNode().put("id", body.path("chat_id").asLong()).put("type", "private"));
        message.set("from", me());
        message.put("text", "…");
        message.set("reply_markup", body.path("reply_markup"));
        return ok(message);
    }

    /** Null when the HTML is what Telegram accepts, else what is wrong with it. */
    static String htmlProblem(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(html).region(i, html.length());
                if (!tag.lookingAt()) {
                    return "unescaped '<' at " + i;
                }
                String name = tag.group(2).toLowerCase(Locale.ROOT);
                if (!TAGS.contains(name)) {
                    return "unsupported tag <" + name + "> at " + i;
                }
                if (tag.group(1).isEmpty()) {
                    open.push(name);
                } else if (open.isEmpty() || !open.pop().equals(name)) {
                    return "unbalanced </" + name + "> at " + i;
                }
                i = tag.end();
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                if (!entity.lookingAt()) {
                    return "unescaped '&' at " + i;
                }
                i = entity.end();
            } else if (c == '>') {
                return "unescaped '>' at " + i;
            } else {
                i++;
            }
        }
        return open.isEmpty() ? null : "unclosed <" + open.peek() + ">";
    }

    /** The text a person sees: tags removed, entities decoded. */
    static String parsedText(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    private ObjectNode me() {
        return JsonNodeFactory.instance.objectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "News")
                .put("username", BOT_USERNAME);
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("ok", true);
        answer.set("result", result);
        return answer;
    }

    private static ObjectNode error(int code, String description, ObjectNode parameters) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("ok", false).put("error_code", code)
                .put("description", description);
        if (parameters != null) {
            answer.set("parameters", parameters);
        }
        return answer;
    }

    private synchronized ObjectNode violation(int code, String description) {
        recordViolation(description);
        return error(code, description, null);
    }

    private synchronized void recordViolation(String description) {
        violations.add(description);
    }

    private void respond(HttpExchange exchange, int status, JsonNode answer) throws IOException {
        byte[] bytes = json.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
