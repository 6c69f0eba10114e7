package com.newsbot.bot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import org.slf4j.LoggerFactory;

/** Quiet by default (warnings on stderr, details in the log file); {@code --verbose} shows everything on stderr too. */
final class LogSetup {
    private LogSetup() {
    }

    static void apply(boolean verbose) {
        if (!verbose || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        context.getLogger("com.newsbot").setLevel(Level.DEBUG);
        Appender<ILoggingEvent> console = root.getAppender("STDERR");
        if (console != null) {
            console.clearAllFilters();
        }
    }
}
