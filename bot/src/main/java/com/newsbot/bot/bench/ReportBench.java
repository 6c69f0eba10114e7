package com.newsbot.bot.bench;

import com.newsbot.bot.state.BotState;
import com.newsbot.bot.state.StateException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times {@code newsbot report} on a generated question log: writes {@code questions} questions over 30 days into a
 * new state database, then runs {@code report --json} and {@code report --html} in fresh JVMs (wall time, JVM start
 * and model loading included, the launcher's JVM flags), {@code runs} times each, and prints the times and the report's first groups.
 */
public final class ReportBench {
    /** The JVM flags the {@code newsbot} launcher gives {@code report}. */
    static final List<String> LAUNCHER_FLAGS = List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private final PrintStream out;

    public ReportBench(PrintStream out) {
        this.out = out;
    }

    public void run(int questions, int runs, boolean embeddings, Path work) throws IOException, StateException {
        Files.createDirectories(work);
        Path db = work.resolve("report-bench.db");
        Files.deleteIfExists(db);
        try (BotState state = BotState.open(db, true)) {
            if (!state.available()) {
                throw new IOException(state.problem().orElse("cannot open " + db));
            }
            state.questions().recordAll(new QuestionLogGenerator(13).generate(questions, 30, LocalDate.now(), 0.75, 60));
        }
        Map<String, String> env = new HashMap<>();
        env.put("NEWSBOT_DB", db.toString());
        env.put("NEWSBOT_HOME", work.toString());
        env.put("NEWSBOT_EMBEDDINGS", embeddings ? "bge-small-zh" : "none");
        JavaProcess java = new JavaProcess(work.resolve("logs"));
        String since = LocalDate.now().minusDays(40).toString();
        out.printf("report on %,d generated questions (%s), %d runs each, wall time of a fresh JVM"
                + " (the first --json run embeds every distinct not-found question; later runs read the saved vectors):%n",
                questions, embeddings ? "bge-small-zh" : "character bigrams", runs);
        for (String mode : List.of("--json", "--html")) {
            List<Long> millis = new ArrayList<>();
            JavaProcess.Result last = null;
            for (int run = 0; run < runs; run++) {
                List<String> args = new ArrayList<>(List.of("report", "--since", since));
                if (mode.equals("--html")) {
                    args.add("--html");
                    args.add(work.resolve("report.html").toString());
                } else {
                    args.add("--json");
                }
                last = java.run(LAUNCHER_FLAGS, env, 5, "report" + mode + run, args);
                if (last.exitCode() != 0) {
                    throw new IOException("report " + mode + " failed: " + last.firstErrorLine());
                }
                millis.add(last.nanos() / 1_000_000);
            }
            out.printf("  report %-6s  %s ms (min %d)%n", mode, millis, millis.stream().mapToLong(Long::longValue).min().orElse(0));
            if (mode.equals("--json") && last != null) {
                String json = last.out();
                out.printf("  %s%n", json.length() > 600 ? json.substring(json.indexOf("\"not_found\""),
                        Math.min(json.length(), json.indexOf("\"not_found\"") + 600)) + " …" : json);
            }
        }
    }
}
