package com.newsbot.bot.answer.model;

import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.retrieval.ChineseScript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a generated answer to the passages it was given: every sentence's {@code [n]} must name a
 * passage the model saw, and the sentence's content must be supported by that passage: the share of the
 * sentence's character bigrams found in it, and every number (with its unit), date, name and negation of the
 * sentence held by it ({@link MeaningTokens}). Dangling citations and unsupported sentences are removed;
 * the kept citations are renumbered 1..m in order of first use.
 */
final class SupportCheck {
    /**
     * Least share of a sentence's terms its cited passage must hold. Measured on the 1,002 CMRC trial
     * questions, with a claim made of the question's content plus its gold answer: against its own paragraph
     * the share is 0.77 at p10 and 0.93 at p50 (99.4 % kept at 0.6); against a random other paragraph 0.07
     * at p90 (none kept); with the answer swapped for another question's answer (the right context, a wrong
     * fact) 25.7 % are kept at 0.5 and 15.5 % at 0.6. The check removes unsupported content, it cannot
     * catch every swapped fact.
     */
    static final double MIN_SUPPORT = 0.6;

    private static final Pattern MARKS = Pattern.compile("[\\[【](\\d+(?:\\s*[,，、]\\s*\\d+)*)[\\]】]");
    private static final Pattern MARKS_AFTER_STOP = Pattern.compile("([。！？!?；;])\\s*((?:[\\[【]\\d+(?:\\s*[,，、]\\s*\\d+)*[\\]】]\\s*)+)");

    /** The checked answer: its text with renumbered citations, and which given passage each new number cites. */
    record Checked(String text, List<Cited> citations) {
        boolean empty() {
            return citations.isEmpty();
        }
    }

    /**
     * One kept citation.
     *
     * @param n        the new number
     * @param evidence the passage cited
     * @param from     offset in the passage text of the sentence that best supports the answer
     * @param to       end of that sentence
     */
    record Cited(int n, Evidence evidence, int from, int to) {
    }

    private final double minSupport;

    SupportCheck() {
        this(MIN_SUPPORT);
    }

    SupportCheck(double minSupport) {
        this.minSupport = minSupport;
    }

    Checked check(String answer, List<Evidence> given) {
        String text = MARKS_AFTER_STOP.matcher(answer.strip()).replaceAll("$2$1");
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        Map<Integer, List<String>> supportedBodies = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        for (Texts.Range r : Texts.sentences(text)) {
            String sentence = text.substring(r.start(), r.end());
            Set<Integer> cited = new TreeSet<>();
            Matcher m = MARKS.matcher(sentence);
            while (m.find()) {
                for (String part : m.group(1).split("[,，、]")) {
                    cited.add(Integer.parseInt(part.strip()));
                }
            }
            String body = MARKS.matcher(sentence).replaceAll("").strip();
            if (Texts.terms(body).isEmpty()) {
                continue;
            }
            List<Integer> kept = new ArrayList<>();
            for (int n : cited) {
                if (n >= 1 && n <= given.size() && supports(given.get(n - 1), body)) {
                    kept.add(n);
                }
            }
            if (kept.isEmpty() && cited.isEmpty()) {
                int best = bestSupporting(body, given);
                if (best > 0) {
                    kept.add(best);
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            StringBuilder marks = new StringBuilder();
            for (int n : kept) {
                int newN = renumber.computeIfAbsent(n, k -> renumber.size() + 1);
                supportedBodies.computeIfAbsent(n, k -> new ArrayList<>()).add(body);
                marks.append('[').append(newN).append(']');
            }
            out.append(insertMarks(body, marks.toString()));
        }
        List<Cited> citations = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : renumber.entrySet()) {
            Evidence ev = given.get(e.getKey() - 1);
            Texts.Range quote = bestSentence(String.join("", supportedBodies.get(e.getKey())), ev.text());
            citations.add(new Cited(e.getValue(), ev, quote.start(), quote.end()));
        }
        return new Checked(out.toString().strip(), citations);
    }

    /** Share of {@code sentence}'s terms that {@code passage} holds (1 for a sentence without terms). */
    static double support(String sentence, String passage) {
        Set<String> terms = Texts.terms(ChineseScript.toSimplified(sentence));
        if (terms.isEmpty()) {
            return 1;
        }
        Set<String> there = Texts.terms(ChineseScript.toSimplified(passage));
        int hit = 0;
        for (String t : terms) {
            if (there.contains(t)) {
                hit++;
            }
        }
        return (double) hit / terms.size();
    }

    /**
     * Whether {@code passage} supports {@code sentence}: it holds enough of the sentence's terms, and every number,
     * date, name and negation in it ({@link MeaningTokens}; the passage's title, date and author count, the model was
     * shown them).
     */
    private boolean supports(Evidence passage, String sentence) {
        return support(sentence, passage.text()) >= minSupport && MeaningTokens.unheld(sentence, shown(passage)).isEmpty();
    }

    /** What the model was shown of a passage: title, date, author and text. */
    private static String shown(Evidence e) {
        String date = e.date() == null ? "" : e.date().getYear() + "年" + e.date().getMonthValue() + "月" + e.date().getDayOfMonth()
                + "日 " + e.date();
        return e.title() + "\n" + date + "\n" + e.author() + "\n" + e.text();
    }

    private int bestSupporting(String body, List<Evidence> given) {
        int best = 0;
        double bestSupport = minSupport;
        for (int i = 0; i < given.size(); i++) {
            double s = support(body, given.get(i).text());
            if (s >= bestSupport && MeaningTokens.unheld(body, shown(given.get(i))).isEmpty()) {
                bestSupport = s;
                best = i + 1;
            }
        }
        return best;
    }

    /** The sentence of {@code passage} that shares most terms with {@code claim} (the whole passage when it has none). */
    static Texts.Range bestSentence(String claim, String original) {
        String passage = ChineseScript.toSimplified(original); // same offsets
        Set<String> want = Texts.terms(ChineseScript.toSimplified(claim));
        Texts.Range best = null;
        int bestHit = -1;
        for (Texts.Range r : Texts.sentences(passage)) {
            Set<String> have = Texts.terms(passage.substring(r.start(), r.end()));
            int hit = 0;
            for (String t : want) {
                if (have.contains(t)) {
                    hit++;
                }
            }
            if (hit > bestHit) {
                bestHit = hit;
                best = r;
            }
        }
        return best == null ? new Texts.Range(0, passage.length()) : best;
    }

    /** {@code body} with {@code marks} before its closing punctuation: 签约。 → 签约 [1]。 */
    private static String insertMarks(String body, String marks) {
        int end = body.length();
        while (end > 0 && "。！？!?；;”’」』）)".indexOf(body.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == body.length()) {
            return body + " " + marks + "。";
        }
        return body.substring(0, end) + " " + marks + body.substring(end);
    }
}
