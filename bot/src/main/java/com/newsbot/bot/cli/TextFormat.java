package com.newsbot.bot.cli;

import com.newsbot.retrieval.Issue;

/** Small helpers for the plain-text output of the commands. */
final class TextFormat {
    private TextFormat() {
    }

    static String issueLabel(Issue issue) {
        String name = issue.name().isEmpty() ? issue.id() : issue.name();
        return issue.date() == null ? name : name + " " + issue.date();
    }

    static String snippet(String text, int maxChars) {
        String flat = text.replace('\n', ' ').strip();
        return flat.codePointCount(0, flat.length()) <= maxChars
                ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, maxChars)) + "…";
    }
}
