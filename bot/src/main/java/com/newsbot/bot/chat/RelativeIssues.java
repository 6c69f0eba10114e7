package com.newsbot.bot.chat;

import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.IssueRefs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another issue named relative to the one a conversation is about ({@code chat/relative-issues.txt}): 第二天那期,
 * 隔了两天那期, 上一期. The cue is rewritten as the issue's date (4月3日那期), which the paper's retrieval reads as an issue
 * of its own. Immutable, thread-safe.
 */
final class RelativeIssues {
    static final String RESOURCE = "chat/relative-issues.txt";
    private static final String NUMBER = "([0-9]{1,2}|[一二两三四五六七八九十]{1,3})";

    private record Cue(Pattern pattern, int step, boolean days, boolean counted) {
    }

    /** A cue found in a question, and the question with the cue rewritten as the issue it names. */
    record Resolved(Issue issue, String text) {
    }

    private final List<Cue> cues;

    RelativeIssues() {
        this.cues = load();
    }

    /**
     * The question with its relative issue cue rewritten as the issue it names counted from {@code from}, when it
     * has one and that issue is in the paper.
     *
     * @param issues every issue, latest first
     */
    Optional<Resolved> resolve(String question, Issue from, List<Issue> issues) {
        if (from == null || from.date() == null) {
            return Optional.empty();
        }
        Matcher best = null;
        Cue bestCue = null;
        for (Cue cue : cues) {
            Matcher m = cue.pattern().matcher(question);
            if (m.find() && (best == null || m.start() < best.start()
                    || (m.start() == best.start() && m.end() > best.end()))) {
                best = m;
                bestCue = cue;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int n = 1;
        if (bestCue.counted()) {
            String digits = best.group(1);
            OptionalInt parsed = digits.chars().allMatch(Character::isDigit)
                    ? OptionalInt.of(Integer.parseInt(digits)) : IssueRefs.chineseNumber(digits);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            n = parsed.getAsInt();
        }
        int step = bestCue.step() * n;
        Optional<Issue> target = bestCue.days() ? byDays(from, step, issues) : byIssues(from, step, issues);
        if (target.isEmpty() || target.get().date() == null) {
            return Optional.empty();
        }
        LocalDate d = target.get().date();
        String cue = best.group();
        String named = d.getMonthValue() + "月" + d.getDayOfMonth() + "日" + (cue.endsWith("期") ? "那期" : "");
        return Optional.of(new Resolved(target.get(),
                question.substring(0, best.start()) + named + question.substring(best.end())));
    }

    /** The issue {@code days} days from {@code from}'s date, or the first one past that day in that direction. */
    private static Optional<Issue> byDays(Issue from, int days, List<Issue> issues) {
        LocalDate wanted = from.date().plusDays(days);
        List<Issue> dated = issues.stream().filter(i -> i.date() != null).toList();
        if (days > 0) {
            return dated.stream().filter(i -> !i.date().isBefore(wanted)).min(Comparator.comparing(Issue::date));
        }
        return dated.stream().filter(i -> !i.date().isAfter(wanted)).max(Comparator.comparing(Issue::date));
    }

    /** The issue {@code steps} issues after (or before, when negative) {@code from} in date order. */
    private static Optional<Issue> byIssues(Issue from, int steps, List<Issue> issues) {
        List<Issue> dated = issues.stream().filter(i -> i.date() != null).sorted(Comparator.comparing(Issue::date)).toList();
        for (int i = 0; i < dated.size(); i++) {
            if (dated.get(i).id().equals(from.id())) {
                int at = i + steps;
                return at >= 0 && at < dated.size() ? Optional.of(dated.get(at)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<Cue> load() {
        InputStream in = RelativeIssues.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        List<Cue> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] parts = s.split("\\s+");
                if (parts.length != 2 || !parts[1].matches("[+-]([0-9]+|N)[di]")) {
                    throw new IllegalStateException(RESOURCE + ": bad line: " + s);
                }
                boolean counted = parts[0].contains("{N}");
                String regex = Pattern.quote(parts[0]).replace("{N}", "\\E" + NUMBER + "\\Q");
                String amount = parts[1].substring(1, parts[1].length() - 1);
                int step = (parts[1].charAt(0) == '-' ? -1 : 1) * (amount.equals("N") ? 1 : Integer.parseInt(amount));
                out.add(new Cue(Pattern.compile(regex), step, parts[1].endsWith("d"), counted));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(out);
    }
}
