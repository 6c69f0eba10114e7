package com.newsbot.bot.bench;

import com.newsbot.bot.Main;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code newsbot} in a new JVM with the same Java and the same jar (or class path) as this one. */
final class JavaProcess {

    /** What a run left behind: exit code, wall time from start to exit, and its output. */
    record Result(int exitCode, long nanos, String out, String err) {
        String firstErrorLine() {
            return err.lines().filter(line -> !line.isBlank()).findFirst().orElse("exit " + exitCode);
        }
    }

    private final Path logDir;

    JavaProcess(Path logDir) {
        this.logDir = logDir;
    }

    /** {@code java FLAGS -jar newsbot.jar ARGS}; waits at most {@code timeoutMinutes}. */
    Result run(List<String> jvmFlags, Map<String, String> env, long timeoutMinutes, String name, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-Dstderr.encoding=UTF-8");
        Path code = codeSource();
        if (code != null && code.toString().endsWith(".jar")) {
            command.add("-jar");
            command.add(code.toString());
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(Main.class.getName());
        }
        command.addAll(args);
        Files.createDirectories(logDir);
        Path out = logDir.resolve(name + ".out");
        Path err = logDir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(env);
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(name + " did not finish within " + timeoutMinutes + " minutes: " + command);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + name, e);
        }
        long nanos = System.nanoTime() - started;
        return new Result(process.exitValue(), nanos, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path codeSource() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
