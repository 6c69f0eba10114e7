package com.newsbot.bot.cli;

import com.newsbot.bot.ops.OpsServer;
import com.newsbot.bot.ops.OpsSettings;
import com.newsbot.bot.ops.Readiness;
import com.newsbot.bot.state.BotState;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Starts the operator's endpoint of a bot when {@code NEWSBOT_HTTP_PORT} is set: its readiness is the index, the front end and the state. */
final class OpsEndpoint {
    private OpsEndpoint() {
    }

    /**
     * The endpoint (closed with the bot), or nothing to close when it is not configured.
     *
     * @param frontEnd empty when the front end is connected (or standing by as it should), else why not
     */
    static AutoCloseable start(CliContext context, NewsIndex index, BotState state, Supplier<Optional<String>> frontEnd)
            throws IOException {
        Optional<OpsSettings> settings;
        try {
            settings = OpsSettings.fromEnvironment(context.env());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (settings.isEmpty()) {
            return () -> { };
        }
        Readiness readiness = new Readiness(List.of(
                new Readiness.Check("index", () -> indexProblem(index)),
                new Readiness.Check("frontend", frontEnd),
                new Readiness.Check("state", state::writeProblem)));
        OpsServer server;
        try {
            server = OpsServer.start(settings.get(), readiness, new OpsServer.IndexFigures() {
                @Override
                public double articles() {
                    try {
                        return index.articleCounts().values().stream().mapToInt(Integer::intValue).sum();
                    } catch (IOException e) {
                        return Double.NaN;
                    }
                }

                @Override
                public double newestIssueAgeSeconds() {
                    try {
                        List<Issue> issues = index.issueHeaders();
                        if (issues.isEmpty() || issues.get(0).date() == null) {
                            return Double.NaN;
                        }
                        Instant published = issues.get(0).date().atStartOfDay(ZoneId.systemDefault()).toInstant();
                        return (Instant.now().toEpochMilli() - published.toEpochMilli()) / 1000.0;
                    } catch (IOException e) {
                        return Double.NaN;
                    }
                }
            });
        } catch (IOException e) {
            throw new BadInputException(e.getMessage());
        }
        context.err().println("newsbot: serving /healthz, /readyz and /metrics on http://" + settings.get().host() + ":"
                + server.port() + "/");
        return server;
    }

    private static Optional<String> indexProblem(NewsIndex index) {
        try {
            int articles = index.articleCounts().values().stream().mapToInt(Integer::intValue).sum();
            return articles > 0 ? Optional.empty() : Optional.of("the index holds no article yet");
        } catch (IOException | RuntimeException e) {
            return Optional.of("the index cannot be read: " + e.getMessage());
        }
    }
}
