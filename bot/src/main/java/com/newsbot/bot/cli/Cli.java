package com.newsbot.bot.cli;

import com.newsbot.retrieval.IndexLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;

/**
 * The front door of the command line: {@code newsbot [chat|telegram|ask|summary|search|source|issues|index|eval]}.
 * Exit codes: 0 ok, 2 bad usage or bad input, 1 failure. Errors reach the user as one line on stderr,
 * never as a stack trace; the full trace goes to the log file. Both output streams pass through
 * {@link TerminalSafeStream}: no control character from the paper or a model reaches the terminal.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private static final Logger log = LoggerFactory.getLogger(Cli.class);

    private final CliContext context;

    public Cli(Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        this.context = new CliContext(Objects.requireNonNull(env, "env"), Objects.requireNonNull(in, "in"),
                TerminalSafeStream.wrap(Objects.requireNonNull(out, "out")),
                TerminalSafeStream.wrap(Objects.requireNonNull(err, "err")));
    }

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        CommandLine commandLine = new CommandLine(new NewsbotCommand(context));
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> handle(exception));
        return commandLine.execute(args);
    }

    private int handle(Exception exception) {
        if (exception instanceof BadInputException) {
            context.err().println("newsbot: " + exception.getMessage());
            return BAD_INPUT;
        }
        if (exception instanceof UnsupportedOperationException) {
            context.err().println("newsbot: " + exception.getMessage());
            return BAD_INPUT;
        }
        if (exception instanceof ReplicaState.UnavailableException) {
            log.error("{}", exception.getMessage());
            context.err().println("newsbot: " + exception.getMessage());
            return FAILURE;
        }
        if (exception instanceof IndexLockedException) {
            // expected while a bot runs on the same index: one line for the user, the details in the log file
            log.info("command failed: {}", exception.getMessage());
            context.err().println("newsbot: " + exception.getMessage());
            return FAILURE;
        }
        log.error("command failed", exception);
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        context.err().println("newsbot: " + message);
        return FAILURE;
    }
}
