package com.newsbot.bot.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What {@code /readyz} checks: named conditions, each empty when it holds or the reason it does not. */
public final class Readiness {
    /** One condition: {@code problem} gives empty when it holds, else why not (one line, no secret). */
    public record Check(String name, Supplier<Optional<String>> problem) {
    }

    /** The outcome of every check: ready when no check has a problem. */
    public record Report(boolean ready, List<String> lines) {
    }

    private final List<Check> checks;

    public Readiness(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Runs every check; a check that throws counts as failing, with what it threw. */
    public Report run() {
        List<String> lines = new ArrayList<>();
        boolean ready = true;
        for (Check check : checks) {
            Optional<String> problem;
            try {
                problem = check.problem().get();
            } catch (RuntimeException e) {
                problem = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            if (problem.isPresent()) {
                ready = false;
                lines.add(check.name() + ": " + problem.get().replaceAll("\\s+", " "));
            } else {
                lines.add(check.name() + ": ok");
            }
        }
        return new Report(ready, lines);
    }
}
