package com.newsbot.bot.chat;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@code /search} was asked: the words to look for and, when the last word is a date, a month or a range
 * ({@code /search 食堂 4月}, {@code /search 食堂 4月2日}, {@code /search 食堂 2020-04-01至2020-04-03}), the days
 * to look in.
 *
 * @param query the words to look for
 * @param span  the days to search, or null for every issue
 */
record SearchRequest(String query, DateSpan span) {

    static SearchRequest parse(String argument, LocalDate latestIssue) {
        String text = argument.strip();
        int space = lastWhitespace(text);
        if (space > 0) {
            Optional<DateSpan> span = DateSpan.parse(text.substring(space + 1), latestIssue);
            if (span.isPresent()) {
                return new SearchRequest(text.substring(0, space).strip(), span.get());
            }
        }
        return new SearchRequest(text, null);
    }

    private static int lastWhitespace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
