package com.newsbot.bot.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The two halves of a correction, "不是X，我问的是Y" ({@code chat/corrections.txt}): the clauses that name what was
 * wrongly understood (X) are dropped, and what is meant (Y) is kept without its "我问的是". Immutable, thread-safe.
 */
final class Corrections {
    static final String RESOURCE = "chat/corrections.txt";

    private final List<String> not = new ArrayList<>();
    private final List<String> meant = new ArrayList<>();

    Corrections() {
        InputStream in = Corrections.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.equals("[not]") || s.equals("[meant]")) {
                    current = s.equals("[not]") ? not : meant;
                } else if (current == null) {
                    throw new IllegalStateException(RESOURCE + ": a word before [not] or [meant]: " + s);
                } else {
                    current.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        meant.sort((a, b) -> b.length() - a.length()); // 我想问的是 before 我想问
    }

    /** What a correction means (its clauses in order): the clauses naming Y, each without its "我问的是"; X dropped. */
    String meant(List<String> clauses) {
        List<String> kept = new ArrayList<>();
        for (String clause : clauses) {
            String c = clause.strip();
            String cut = cutMeant(c);
            if (cut.length() < c.length()) {
                if (!cut.isBlank()) {
                    kept.add(cut);
                }
                continue;
            }
            if (opensWithNot(c)) {
                continue;
            }
            kept.add(c);
        }
        return String.join("，", kept);
    }

    /** Whether clauses read as a correction by their words alone: one says what was not meant, another what was. */
    boolean isCorrection(List<String> clauses) {
        boolean not = clauses.stream().anyMatch(this::opensWithNot);
        boolean meant = clauses.stream().anyMatch(c -> cutMeant(c).length() < c.length());
        return not && meant;
    }

    /** Whether a clause says what was not meant: 不是玉龙那个, 我记错了. */
    boolean opensWithNot(String clause) {
        String c = clause.replaceFirst("^(哦|噢|啊|嗯|额|呃|哎)+", "").replaceFirst("^我", "");
        return not.stream().anyMatch(c::startsWith) || not.stream().anyMatch(w -> c.endsWith(w + "了"));
    }

    private String cutMeant(String clause) {
        for (String w : meant) {
            int at = clause.indexOf(w);
            if (at >= 0) {
                return clause.substring(at + w.length()).strip();
            }
        }
        return clause;
    }
}
