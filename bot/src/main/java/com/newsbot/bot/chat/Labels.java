package com.newsbot.bot.chat;

/** Button labels of at most {@link Button#MAX_LABEL} characters: the headline is what gets shortened. */
final class Labels {
    private Labels() {
    }

    /** {@code before + title}, the title shortened (with "…") so that the whole is at most {@link Button#MAX_LABEL}. */
    static String withTitle(String before, String title, String after) {
        int room = Button.MAX_LABEL - before.codePointCount(0, before.length()) - after.codePointCount(0, after.length());
        return fit(before + ReplyRenderer.shorten(title, Math.max(room, 2)) + after);
    }

    /** {@code label} cut to {@link Button#MAX_LABEL} characters (with "…") when longer. */
    static String fit(String label) {
        return ReplyRenderer.shorten(label, Button.MAX_LABEL);
    }
}
