package com.newsbot.retrieval.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses an issue's date from its text: every {@code M月D日} gets the year written with it
 * ({@code 2020年11月24日}) or else the nearest stated year ({@code 2020年}) in the text; the latest such
 * date wins. No year anywhere → no date. Full-width digits count; no locale or time zone is involved.
 */
final class IssueDateInference {
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern YEAR_BEFORE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");

    /** The inferred date, or null when the text states no usable year and day. */
    LocalDate infer(String rawText) {
        String text = asciiDigits(rawText);
        List<int[]> years = new ArrayList<>();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            years.add(new int[] {y.start(), Integer.parseInt(y.group(1))});
        }
        if (years.isEmpty()) {
            return null;
        }
        LocalDate latest = null;
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            Matcher own = YEAR_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start()));
            int year = own.find() ? Integer.parseInt(own.group(1)) : nearestYear(years, m.start());
            try {
                LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (latest == null || date.isAfter(latest)) {
                    latest = date;
                }
            } catch (DateTimeException e) {
                // not a calendar date (e.g. 13月40日): not a date mention
            }
        }
        return latest;
    }

    /** The year mentioned closest to {@code position}; {@code years} is in text order. */
    private static int nearestYear(List<int[]> years, int position) {
        int low = 0;
        int high = years.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (years.get(mid)[0] < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int best = low;
        if (low > 0 && position - years.get(low - 1)[0] <= Math.abs(years.get(low)[0] - position)) {
            best = low - 1;
        }
        return years.get(best)[1];
    }

    private static String asciiDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + (c - '０')));
            }
        }
        return out == null ? text : out.toString();
    }
}
