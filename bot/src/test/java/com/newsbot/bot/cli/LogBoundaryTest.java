package com.newsbot.bot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, finding 5: what the log pattern's {@code %safemsg} and {@code %safeex} make of hostile text. */
class LogBoundaryTest {
    private static final String FORGED = "\n2030-01-01 00:00:00.000 [main] ERROR Forged - admin password hunter2\u001b]0;x\u0007";
    private final LoggerContext context = new LoggerContext();

    private LoggingEvent event(String message, Throwable error, Object... args) {
        return new LoggingEvent(LogBoundaryTest.class.getName(), context.getLogger("test"), Level.WARN, message, error, args);
    }

    @Test
    void aMessageArgumentWithNewlinesAndEscapesStaysOnOneLine() {
        LogSafeMessage converter = new LogSafeMessage();

        String line = converter.convert(event("{}: date '{}' is not YYYY-MM-DD", null, "seeds/a" + FORGED + ".txt", "soon" + FORGED));

        assertThat(line).doesNotContain("\n", "\u001b", "\u0007").startsWith("seeds/a⏎2030-01-01").contains("date 'soon⏎2030");
    }

    @Test
    void anExceptionMessageWithANewlineCannotStartALogLine() {
        LogSafeThrowable converter = new LogSafeThrowable();
        converter.setContext(context);
        converter.start();

        String trace = converter.convert(event("failed", new IOException("cannot read seeds/a" + FORGED,
                new IllegalStateException("cause" + FORGED))));

        assertThat(trace).doesNotContain("\u001b", "\u0007").contains("hunter2");
        assertThat(trace.lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith("\t"));
        assertThat(trace.lines().findFirst().orElseThrow()).startsWith("java.io.IOException: cannot read seeds/a");
    }
}
