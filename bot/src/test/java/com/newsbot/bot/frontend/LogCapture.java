package com.newsbot.bot.frontend;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Every log line of the process, at every level, while it is open: for the tests that check a secret never reaches
 * a log. Each line is rendered with its logger, its message and the stack trace of what it logged.
 */
public final class LogCapture implements AutoCloseable {
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level rootLevel;

    private LogCapture() {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        logs.start();
        root.addAppender(logs);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** The lines logged so far. */
    public List<String> lines() {
        List<ILoggingEvent> events;
        synchronized (logs) {
            events = new ArrayList<>(logs.list);
        }
        return events.stream().map(LogCapture::render).toList();
    }

    private static String render(ILoggingEvent event) {
        String thrown = event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy());
        return event.getLoggerName() + " " + event.getFormattedMessage() + " " + thrown;
    }

    @Override
    public void close() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
    }
}
