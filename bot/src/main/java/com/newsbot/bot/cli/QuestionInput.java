package com.newsbot.bot.cli;

import com.newsbot.bot.chat.ConversationHandler;

/**
 * Checks a question typed on the command line or read from stdin before it reaches the answerer:
 * control characters become spaces, white space is folded, and an empty or over-long question is
 * refused with a clear reason.
 */
final class QuestionInput {
    /** The same bound as a chat message ({@link ConversationHandler#MAX_QUESTION_LENGTH}). */
    static final int MAX_CHARS = ConversationHandler.MAX_QUESTION_LENGTH;

    private QuestionInput() {
    }

    /** The question cleaned for answering, or the reason it cannot be answered (exactly one is non-null). */
    record Checked(String question, String problem) {
    }

    static Checked check(String raw) {
        if (raw == null) {
            return new Checked(null, "empty question");
        }
        StringBuilder cleaned = new StringBuilder(Math.min(raw.length(), MAX_CHARS * 2 + 16));
        boolean space = false;
        int codePoints = 0;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            boolean blank = Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)
                    || Character.getType(cp) == Character.FORMAT && cp != 0x200D;
            if (blank) {
                space = cleaned.length() > 0;
                continue;
            }
            if (space) {
                cleaned.append(' ');
                space = false;
            }
            codePoints++;
            if (codePoints > MAX_CHARS) {
                return new Checked(null, "question too long (" + raw.codePointCount(0, raw.length())
                        + " characters; at most " + MAX_CHARS + ")");
            }
            cleaned.appendCodePoint(cp);
        }
        if (cleaned.length() == 0) {
            return new Checked(null, "empty question");
        }
        return new Checked(cleaned.toString(), null);
    }
}
