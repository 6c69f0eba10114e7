package com.newsbot.bot.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads standard input one line at a time as raw bytes, so that one bad line (not UTF-8, binary,
 * enormous) is reported on its own and the lines after it are still read. A line longer than
 * {@code maxBytes} is consumed to its end but only its first bytes are kept.
 */
final class InputLines {
    private final InputStream in;
    private final int maxBytes;
    private int lineNumber;

    InputLines(InputStream in, int maxBytes) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.maxBytes = maxBytes;
    }

    /** One line of input: its number (from 1), its text when it decoded, or why it could not be read. */
    record Line(int number, String text, long bytes, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        long total = 0;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            total++;
            if (buffer.size() < maxBytes) {
                buffer.write(b);
            }
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r' && total == length) {
            length--;
        }
        if (total > maxBytes) {
            return new Line(lineNumber, null, total, "line too long (" + total + " bytes)");
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return new Line(lineNumber, null, total, "not text (binary data)");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new Line(lineNumber, text, total, null);
        } catch (CharacterCodingException e) {
            return new Line(lineNumber, null, total, "not UTF-8 text");
        }
    }
}
