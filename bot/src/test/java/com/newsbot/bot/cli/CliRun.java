package com.newsbot.bot.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real CLI in-process with captured streams, against a copy of the repository's seeds. */
final class CliRun {
    final Path seeds;
    final Path index;
    final Map<String, String> env = new HashMap<>();

    CliRun(Path tempDir) throws IOException {
        this.seeds = Files.createDirectories(tempDir.resolve("seeds"));
        this.index = tempDir.resolve("index");
        Path repoSeeds = Path.of("..", "seeds");
        try (var files = Files.list(repoSeeds)) {
            for (Path file : files.toList()) {
                Files.copy(file, seeds.resolve(file.getFileName()));
            }
        }
        env.put("NEWSBOT_HOME", tempDir.resolve("home").toString());
    }

    record Result(int exitCode, String out, String err) {
    }

    Result runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    /** {@code args} followed by {@code --seeds S --index I}. */
    String[] withDirs(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--seeds";
        all[args.length + 1] = seeds.toString();
        all[args.length + 2] = "--index";
        all[args.length + 3] = index.toString();
        return all;
    }
}
