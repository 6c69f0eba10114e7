package com.newsbot.bot.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The terminal boundary: everything a command prints (answers, articles, summaries, search results, a model's reply,
 * error lines naming seed files) passes through here, and control characters other than newline and tab are dropped
 * on the way, as UTF-8 bytes: C0 (ESC, BEL, CR, backspace), DEL and C1 (U+0080–U+009F, e.g. CSI). No text from the
 * paper or a model can clear the screen, set the window title or write the clipboard (OSC 52). The program's own
 * progress line goes through {@link #printOwn}.
 */
final class TerminalSafeStream extends PrintStream {
    private final PrintStream raw;

    private TerminalSafeStream(PrintStream raw) {
        super(new ControlFilter(raw), true, StandardCharsets.UTF_8);
        this.raw = raw;
    }

    /** {@code stream} behind the filter (once: a filtered stream is returned as it is). */
    static PrintStream wrap(PrintStream stream) {
        return stream instanceof TerminalSafeStream ? stream : new TerminalSafeStream(stream);
    }

    /** Prints text the program wrote itself (a progress line with its own escape sequence), unfiltered. */
    static void printOwn(PrintStream stream, String text) {
        if (stream instanceof TerminalSafeStream safe) {
            safe.flush();
            safe.raw.print(text);
            safe.raw.flush();
        } else {
            stream.print(text);
            stream.flush();
        }
    }

    /** Drops control bytes; holds a 0xC2 until the next byte says whether it starts a C1 control. */
    private static final class ControlFilter extends FilterOutputStream {
        private boolean pendingC2;

        ControlFilter(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            int v = b & 0xFF;
            if (pendingC2) {
                pendingC2 = false;
                if (v >= 0x80 && v <= 0x9F) {
                    return;
                }
                out.write(0xC2);
            }
            if (v == 0xC2) {
                pendingC2 = true;
            } else if ((v < 0x20 && v != '\n' && v != '\t') || v == 0x7F) {
                return;
            } else {
                out.write(v);
            }
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(bytes[i]);
            }
        }

        @Override
        public void close() throws IOException {
            if (pendingC2) {
                pendingC2 = false;
                out.write(0xC2);
            }
            super.close();
        }
    }
}
