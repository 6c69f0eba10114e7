package com.newsbot.bot.answer.render;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.candidates.AnswerSpans;
import com.newsbot.bot.answer.candidates.UnitCues;
import com.newsbot.bot.answer.language.Entities;
import com.newsbot.bot.answer.question.Asked;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The direct answer that goes before the quote: the number with its unit, the date, the name or place, the items of a
 * list, or 是/不是, 有/没有, 能/不能 for a yes/no question. Every word of it comes from the quoted text or from a fixed
 * template in {@code prompts/} ({@code answer-yes-*.zh.txt}, {@code answer-no-*.zh.txt}, {@code answer-issue-date.zh.txt}).
 * "No" is said only where the paper says the contrary: a negation in the answering text that the question does not have.
 */
public final class DirectAnswers {
    /** How the question asks yes or no, and so how the answer starts. */
    private static final Pattern ASKS_CAN = Pattern.compile("能不能|能否|可不可以");
    private static final Pattern ASKS_HAVE = Pattern.compile("有没有|是否有");
    private static final Pattern ASKS_DONE = Pattern.compile("了吗|了没|已经|是否已");
    private static final Pattern ASKS_WILL = Pattern.compile("会不会");
    /** A question that closes with 吗: its verb (能, 有, 会) says the form of the answer, when it is a word of its own. */
    private static final Pattern ENDS_WITH_MA = Pattern.compile("吗[？?！!。\\s]*$");
    private static final int MAX_ITEMS = 6;
    /** What goes before the end of a period: 4月1日至9月16日, 延长到4月28日. */
    private static final Pattern UNTIL_BEFORE = Pattern.compile("(?:至|到|延至|截至)\\s*$");

    private final Prompts prompts;

    public DirectAnswers(Prompts prompts) {
        this.prompts = prompts;
    }

    /**
     * As {@link #of(Asked, List, LocalDate)} over {@code simplified} texts, each item of the answer quoted as printed: from
     * the same place in {@code printed} (the same texts in the paper's own characters, of the same lengths).
     */
    public String of(Asked asked, List<String> simplified, List<String> printed, LocalDate issueDate) {
        String answer = of(asked, simplified, issueDate);
        String joinedSimplified = String.join("\n", simplified);
        String joinedPrinted = String.join("\n", printed);
        if (answer.isEmpty() || joinedSimplified.length() != joinedPrinted.length() || joinedSimplified.equals(joinedPrinted)) {
            return answer;
        }
        StringBuilder out = new StringBuilder();
        for (String item : answer.split("、", -1)) {
            int at = joinedSimplified.indexOf(item);
            out.append(out.isEmpty() ? "" : "、").append(at < 0 ? item : joinedPrinted.substring(at, at + item.length()));
        }
        return out.toString();
    }

    /**
     * The direct answer to {@code asked} from {@code texts} (the quoted units, best first), "" when there is none.
     *
     * @param issueDate the date of the issue the answer comes from (for 哪天的报纸登的)
     */
    public String of(Asked asked, List<String> texts, LocalDate issueDate) {
        if (texts.isEmpty()) {
            return "";
        }
        switch (asked.shape()) {
            case YESNO:
                return yesNo(asked, texts.get(0));
            case ISSUE_DATE:
                return issueDate == null ? "" : prompts.render("answer-issue-date.zh.txt",
                        Map.of("month", issueDate.getMonthValue(), "day", issueDate.getDayOfMonth(), "year", issueDate.getYear()));
            case REASON:
            case MANNER:
            case OTHER:
                return "";
            default:
                break;
        }
        if (asked.typed()) {
            Set<String> found = new LinkedHashSet<>();
            for (String text : texts) {
                List<AnswerSpans.Span> spans = AnswerSpans.find(asked.shape(), text, asked.text());
                AnswerSpans.Span best = asked.shape() == Asked.Shape.PERSON || asked.shape() == Asked.Shape.PLACE
                        ? onlyOrTouching(asked, text, spans) : nearestToFocus(asked, text, spans);
                if (best != null) {
                    found.add(best.text().strip());
                }
                if (asked.list()) {
                    java.util.Set<String> people = asked.shape() == Asked.Shape.PERSON ? Entities.people(text) : java.util.Set.of();
                    for (AnswerSpans.Span s : spans) {
                        if (asked.shape() == Asked.Shape.PERSON && !people.contains(s.text())) {
                            continue; // 哪些人 lists people, not their titles (总书记, 主席)
                        }
                        if (found.size() < MAX_ITEMS && relevant(asked, text, s)) {
                            found.add(s.text().strip());
                        }
                    }
                } else if (!found.isEmpty()) {
                    break;
                }
            }
            return String.join("、", found);
        }
        if (asked.shape() == Asked.Shape.NAMED && !asked.focus().isEmpty()) {
            // only a name that touches the asked noun (瑞典Volvo公司 for 哪家车企): a named thing elsewhere may be another one
            List<AnswerSpans.Span> spans = AnswerSpans.find(Asked.Shape.NAMED, texts.get(0), asked.text());
            for (AnswerSpans.Span s : spans) {
                if (UnitCues.nextToAsked(asked, texts.get(0), List.of(s)) == 4) {
                    return s.text().strip();
                }
            }
        }
        return "";
    }

    /** 是/不是, 有/没有, 能/不能, 已经/还没有: "no" as {@link Polarity} reads the question against the answering text. */
    String yesNo(Asked asked, String text) {
        boolean negated = Polarity.saysNo(asked.text(), text);
        java.util.Set<String> verbs = new java.util.HashSet<>(); // 会 alone is the verb; 会议, 大会 and 智能 hold none
        if (ENDS_WITH_MA.matcher(asked.text()).find()) {
            asked.tagged().forEach(w -> verbs.add(w.text()));
        }
        String form = ASKS_CAN.matcher(asked.text()).find() || verbs.contains("能") || verbs.contains("能够")
                || verbs.contains("可以") ? "can"
                : ASKS_HAVE.matcher(asked.text()).find() || verbs.contains("有") ? "have"
                : ASKS_DONE.matcher(asked.text()).find() ? "done"
                : ASKS_WILL.matcher(asked.text()).find() || verbs.contains("会") ? "will" : "is";
        return prompts.text((negated ? "answer-no-" : "answer-yes-") + form + ".zh.txt").strip();
    }

    /**
     * A name or place when it is the only one in the text, or the one touching the asked noun (主审法官吴德植); null when
     * several could answer (上汽集团技术中心副主任仇杰，上海赛科利模具事业部…): then the quote answers alone.
     */
    private static AnswerSpans.Span onlyOrTouching(Asked asked, String text, List<AnswerSpans.Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            AnswerSpans.Span s = spans.get(i);
            if (asked.ofAskedKind(s.text())) { // 哪个港 → 宁波大榭港
                boolean joined = i > 0 && spans.get(i - 1).end() == s.start();
                return joined ? new AnswerSpans.Span(spans.get(i - 1).start(), s.end(), text.substring(spans.get(i - 1).start(), s.end())) : s;
            }
        }
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (AnswerSpans.Span s : spans) {
            distinct.add(s.text());
        }
        if (distinct.size() == 1) {
            return spans.get(0);
        }
        for (AnswerSpans.Span s : spans) {
            if (UnitCues.nextToAsked(asked, text, List.of(s)) == 4) {
                return s;
            }
        }
        return null;
    }

    /** The span closest to where the text names the asked noun (or the question's words), the first one otherwise. */
    private static AnswerSpans.Span nearestToFocus(Asked asked, String text, List<AnswerSpans.Span> spans) {
        if (spans.isEmpty()) {
            return null;
        }
        List<AnswerSpans.Span> withUnit = new java.util.ArrayList<>();
        for (AnswerSpans.Span s : spans) {
            if (!asked.units().isEmpty() && asked.hasAskedUnit(s.text())) {
                withUnit.add(s);
            }
        }
        if (!withUnit.isEmpty()) {
            spans = withUnit;
        }
        if (asked.until()) { // 封到几号: the end of the period, the date after 至/到
            for (AnswerSpans.Span s : spans) {
                String before = text.substring(Math.max(0, s.start() - 3), s.start());
                if (UNTIL_BEFORE.matcher(before).find()) {
                    return s;
                }
            }
        }
        AnswerSpans.Span led = null;
        int ledBy = 0;
        for (AnswerSpans.Span s : spans) {
            int by = 0;
            String before = text.substring(Math.max(0, s.start() - 8), s.start());
            String clause = UnitCues.clauseAround(text, s);
            for (String w : asked.words()) {
                if (w.length() >= 2 && before.contains(w)) {
                    by += 2 * w.length();
                } else if (w.length() >= 2 && clause.contains(w)) {
                    by += w.length(); // 其中8人的新冠病毒检测呈阳性: what the number is of, in its clause
                }
            }
            if (by > ledBy) {
                led = s;
                ledBy = by;
            }
        }
        if (led != null && asked.focus().isEmpty()) {
            return led; // 累计41例 answers 累计到多少例, not 新增1例 before it
        }
        int anchor = asked.focus().isEmpty() ? -1 : text.indexOf(asked.focus());
        if (anchor < 0 && !asked.units().isEmpty()) {
            for (AnswerSpans.Span s : spans) {
                if (asked.hasAskedUnit(s.text())) {
                    return s;
                }
            }
        }
        if (anchor < 0) {
            return spans.get(0);
        }
        AnswerSpans.Span best = spans.get(0);
        for (AnswerSpans.Span s : spans) {
            if (Math.abs(s.start() - anchor) < Math.abs(best.start() - anchor)) {
                best = s;
            }
        }
        return best;
    }

    private static boolean relevant(Asked asked, String text, AnswerSpans.Span s) {
        return asked.hasAskedUnit(s.text());
    }
}
