package com.newsbot.bot.cli;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.newsbot.retrieval.ControlCharacters;

/**
 * The log boundary: {@code %safemsg} in {@code logback.xml} is the formatted message on one line, control characters
 * removed and line breaks shown as {@code ⏎}, so a seed name, sidecar value or model reply holding a newline or an
 * ESC sequence can neither forge a log line nor reach a terminal that shows the log.
 */
public final class LogSafeMessage extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return ControlCharacters.oneLine(super.convert(event));
    }
}
