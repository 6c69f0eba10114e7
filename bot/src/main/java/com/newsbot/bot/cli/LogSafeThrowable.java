package com.newsbot.bot.cli;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import com.newsbot.retrieval.ControlCharacters;

/**
 * The log boundary for stack traces ({@code %safeex}): control characters other than newline and tab removed, and
 * every line after the first indented, so an exception message holding a newline (a file name from the seeds
 * folder, say) cannot start a line that looks like a log entry of its own.
 */
public final class LogSafeThrowable extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        String trace = ControlCharacters.strip(super.throwableProxyToString(proxy));
        StringBuilder out = new StringBuilder(trace.length() + 16);
        int start = 0;
        while (start < trace.length()) {
            int end = trace.indexOf('\n', start);
            end = end < 0 ? trace.length() : end + 1;
            if (start > 0 && trace.charAt(start) != '\t' && trace.charAt(start) != '\n') {
                out.append('\t');
            }
            out.append(trace, start, end);
            start = end;
        }
        return out.toString();
    }
}
