package com.newsbot.bot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToDoubleFunction;

/**
 * The operator's endpoint (the JDK's HTTP server, on {@code 127.0.0.1} unless told otherwise): {@code /healthz} (the
 * process is up), {@code /readyz} ({@link Readiness}: 200, or 503 with the reason) and {@code /metrics} (Prometheus
 * text format from Micrometer: the bot's {@link Meters}, the index gauges, the JVM's). Owns its registry, which it
 * adds to Micrometer's global one while it runs.
 */
public final class OpsServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    /** What the index gauges read: the articles indexed, and the age of the newest issue in seconds (NaN: none). */
    public interface IndexFigures {
        double articles();

        double newestIssueAgeSeconds();
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc;
    private final Readiness readiness;

    private OpsServer(HttpServer server, ExecutorService executor, PrometheusMeterRegistry registry, JvmGcMetrics gc,
                      Readiness readiness) {
        this.server = server;
        this.executor = executor;
        this.registry = registry;
        this.gc = gc;
        this.readiness = readiness;
    }

    /**
     * Serves on {@code settings}' host and port.
     *
     * @throws IOException with the address in its message when the port cannot be bound
     */
    public static OpsServer start(OpsSettings settings, Readiness readiness, IndexFigures index) throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        JvmGcMetrics gc = new JvmGcMetrics();
        for (MeterBinder binder : List.of(new JvmMemoryMetrics(), gc, new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new ProcessorMetrics(), new UptimeMetrics())) {
            binder.bindTo(registry);
        }
        gauge(registry, "newsbot.index.articles", null, "Articles in the index", index, IndexFigures::articles);
        gauge(registry, "newsbot.newest.issue.age", "seconds", "Age of the newest indexed issue (from its date)", index,
                IndexFigures::newestIssueAgeSeconds);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 16);
        } catch (IOException | RuntimeException e) {
            registry.close();
            gc.close();
            throw new IOException("cannot serve /healthz, /readyz and /metrics on " + settings.host() + ":" + settings.port()
                    + " (" + e.getMessage() + "); set " + OpsSettings.PORT_VARIABLE + " to a free port", e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "newsbot-ops-http");
            thread.setDaemon(true);
            return thread;
        });
        OpsServer ops = new OpsServer(server, executor, registry, gc, readiness);
        server.createContext("/", ops::handle);
        server.setExecutor(executor);
        server.start();
        Metrics.addRegistry(registry);
        log.info("Serving /healthz, /readyz and /metrics on http://{}:{}/", settings.host(), ops.port());
        return ops;
    }

    private static void gauge(PrometheusMeterRegistry registry, String name, String unit, String description,
                              IndexFigures index, ToDoubleFunction<IndexFigures> read) {
        Gauge.Builder<IndexFigures> builder = Gauge.builder(name, index, figures -> {
            try {
                return read.applyAsDouble(figures);
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description(description);
        if (unit != null) {
            builder.baseUnit(unit);
        }
        builder.strongReference(true).register(registry);
    }

    /** The port served (the one chosen, when the setting was 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n");
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/healthz" -> respond(exchange, 200, "text/plain; charset=utf-8", "ok\n");
                case "/readyz" -> {
                    Readiness.Report report = readiness.run();
                    String body = (report.ready() ? "ready\n" : "not ready\n") + String.join("\n", report.lines()) + "\n";
                    respond(exchange, report.ready() ? 200 : 503, "text/plain; charset=utf-8", body);
                }
                case "/metrics" -> respond(exchange, 200, PROMETHEUS_TEXT, registry.scrape());
                default -> respond(exchange, 404, "text/plain; charset=utf-8", "not found: /healthz, /readyz, /metrics\n");
            }
        } catch (RuntimeException e) {
            log.error("Serving {} failed", exchange.getRequestURI().getPath(), e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        Metrics.removeRegistry(registry);
        gc.close();
        registry.close();
    }
}
