package com.newsbot.retrieval.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns the bytes of a seeds file into text: UTF-8 (with or without BOM), UTF-16 with a BOM, else
 * GB18030 (which covers GBK and GB2312). Every decoding is strict, so a file is never read as
 * mojibake; binary, empty and undecodable files are refused with one clear reason.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Share of control bytes (other than tab, newline, carriage return, form feed) that makes a file binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    String decode(Path file, byte[] bytes) throws UnreadableIssueException {
        if (bytes.length == 0) {
            throw new UnreadableIssueException(file, "empty file");
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(file, bytes, 3, StandardCharsets.UTF_8, "not valid UTF-8 after its byte order mark");
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(file, bytes, 2, StandardCharsets.UTF_16LE, "not valid UTF-16LE after its byte order mark");
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(file, bytes, 2, StandardCharsets.UTF_16BE, "not valid UTF-16BE after its byte order mark");
        } else {
            rejectBinary(file, bytes);
            text = tryStrict(bytes, StandardCharsets.UTF_8);
            if (text == null) {
                text = tryStrict(bytes, GB18030);
            }
            if (text == null) {
                throw new UnreadableIssueException(file, "not text in a known encoding (neither UTF-8 nor GB18030/GBK)");
            }
        }
        if (text.isBlank()) {
            throw new UnreadableIssueException(file, "no text (only whitespace)");
        }
        return text;
    }

    private static void rejectBinary(Path file, byte[] bytes) throws UnreadableIssueException {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableIssueException(file, "not text (binary data)");
            }
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                control++;
            }
        }
        if (control > bytes.length * MAX_CONTROL_SHARE) {
            throw new UnreadableIssueException(file, "not text (binary data)");
        }
    }

    private static String strict(Path file, byte[] bytes, int offset, Charset charset, String reason)
            throws UnreadableIssueException {
        String text = tryStrict(ByteBuffer.wrap(bytes, offset, bytes.length - offset), charset);
        if (text == null) {
            throw new UnreadableIssueException(file, reason);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableIssueException(file, "not text (binary data)");
        }
        return text;
    }

    private static String tryStrict(byte[] bytes, Charset charset) {
        return tryStrict(ByteBuffer.wrap(bytes), charset);
    }

    private static String tryStrict(ByteBuffer bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
