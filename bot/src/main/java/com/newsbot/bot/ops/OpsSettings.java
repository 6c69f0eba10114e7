package com.newsbot.bot.ops;

import java.util.Map;
import java.util.Optional;

/** Where {@code /healthz}, {@code /readyz} and {@code /metrics} are served: {@code NEWSBOT_HTTP_PORT}, {@code NEWSBOT_HTTP_HOST}. */
public record OpsSettings(String host, int port) {
    public static final String PORT_VARIABLE = "NEWSBOT_HTTP_PORT";
    public static final String HOST_VARIABLE = "NEWSBOT_HTTP_HOST";
    static final String DEFAULT_HOST = "127.0.0.1";

    /**
     * The settings, or empty when {@code NEWSBOT_HTTP_PORT} is not set (no endpoint). Port 0 takes any free port.
     *
     * @throws IllegalArgumentException for a port that is not a number from 0 to 65535, with a message for the operator
     */
    public static Optional<OpsSettings> fromEnvironment(Map<String, String> env) {
        String port = env.getOrDefault(PORT_VARIABLE, "").strip();
        if (port.isEmpty()) {
            return Optional.empty();
        }
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number > 65_535) {
            throw new IllegalArgumentException(PORT_VARIABLE + " must be a port number from 1 to 65535, not " + clip(port));
        }
        String host = env.getOrDefault(HOST_VARIABLE, "").strip();
        return Optional.of(new OpsSettings(host.isEmpty() ? DEFAULT_HOST : host, number));
    }

    private static String clip(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
