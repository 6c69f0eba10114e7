package com.newsbot.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.IndexStats;
import com.newsbot.retrieval.NewsIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Answer quality. (a) A question set in the shared format ({@code q}, {@code all}, {@code any},
 * {@code article}, {@code unanswerable}; see {@code ../shared/eval/README.md}) scored right or wrong per
 * question. (b) A SQuAD-format set (CMRC 2018, DRCD) turned into issues by {@link SquadCorpus}: the share of questions whose gold
 * answer text appears in an answer of at most {@value #MAX_ANSWER_CHARS} characters, the share whose
 * first citation is the gold paragraph's article, the median answer length, and how many questions a paper of the
 * set's other articles does not cover are answered all the same.
 */
public final class AnswerEval {
    private static final Logger log = LoggerFactory.getLogger(AnswerEval.class);
    /** Longest answer that counts as an answer rather than a paragraph. */
    public static final int MAX_ANSWER_CHARS = 150;
    /** news-train's fold kept for the honest estimate: read as a total only (../shared/eval/README.md). */
    public static final int HELD_OUT_FOLD = 4;

    private AnswerEval() {
    }

    /**
     * One question of the shared format.
     *
     * @param starts a yes/no question's answer must begin with one of these (after quotes and spaces)
     * @param date   the first cited article's issue date ({@code YYYY-MM-DD}), or "" when not checked
     * @param kind   what the question tests (paraphrase, count, yesno, …), or "" when not given
     * @param fold   news-train's fold (0–4, by article), -1 when the set has none
     */
    public record Case(String question, List<String> all, List<String> any, String article, boolean unanswerable,
                       List<String> starts, String date, String kind, int fold) {
        public Case {
            all = List.copyOf(all);
            any = List.copyOf(any);
            starts = List.copyOf(starts);
            article = article == null ? "" : article;
            date = date == null ? "" : date;
            kind = kind == null ? "" : kind;
        }

        public Case(String question, List<String> all, List<String> any, String article, boolean unanswerable) {
            this(question, all, any, article, unanswerable, List.of(), "", "", -1);
        }

        /** Whether the question expects strings ({@code all} or {@code any}) of its answer. */
        boolean expectsText() {
            return !all.isEmpty() || !any.isEmpty();
        }

        /** Whether {@code text} holds every string of {@code all} and one of {@code any} (when given). */
        boolean heldIn(String text) {
            return all.stream().allMatch(text::contains) && (any.isEmpty() || any.stream().anyMatch(text::contains));
        }
    }

    /** How one question was answered. */
    public record Scored(Case expected, Answer answer, boolean right, String why) {
    }

    /** All questions of a shared-format set; {@code toString()} is a table with one row a question. */
    public record Report(List<Scored> rows) {
        public Report {
            rows = List.copyOf(rows);
        }

        public long right() {
            return rows.stream().filter(Scored::right).count();
        }

        public double p50Millis() {
            return Percentile.nearestRank(rows.stream().mapToLong(r -> r.answer().latencyMs()).sorted().toArray(), 0.5);
        }

        /**
         * How many of the right answers that lead with a direct answer (the short answer before the quote: 13位, 4月28日)
         * hold the expected text in it, yes/no questions aside: the rest are right by the sentence quoted after a
         * direct answer that is not the one asked (a total before the sentence that also gives the new cases asked for). "" when none leads with
         * one.
         */
        public String directAnswers() {
            int led = 0;
            int held = 0;
            for (Scored s : rows) {
                Case c = s.expected();
                String direct = s.answer().shortAnswer();
                if (!s.right() || direct.isEmpty() || !c.starts().isEmpty() || !c.expectsText()) {
                    continue;
                }
                led++;
                held += c.heldIn(direct) ? 1 : 0;
            }
            return led == 0 ? "" : String.format(Locale.ROOT,
                    "direct answers: %d of the %d right answers that lead with one hold what is asked (yes/no aside)",
                    held, led);
        }

        /**
         * Right per fold (English questions aside, as the offline bot does not answer them) and the mean over the folds:
         * "" when the set has no folds.
         */
        public String perFold() {
            java.util.Map<Integer, long[]> byFold = new java.util.TreeMap<>();
            for (Scored s : rows) {
                if (s.expected().fold() >= 0 && !"english".equals(s.expected().kind())) {
                    long[] c = byFold.computeIfAbsent(s.expected().fold(), k -> new long[2]);
                    c[0] += s.right() ? 1 : 0;
                    c[1]++;
                }
            }
            if (byFold.isEmpty()) {
                return "";
            }
            StringBuilder out = new StringBuilder("per fold (English aside):");
            double sum = 0;
            for (java.util.Map.Entry<Integer, long[]> e : byFold.entrySet()) {
                long[] c = e.getValue();
                double share = 100.0 * c[0] / c[1];
                sum += share;
                out.append(String.format(Locale.ROOT, " %d: %d/%d (%.1f %%)", e.getKey(), c[0], c[1], share));
            }
            out.append(String.format(Locale.ROOT, "; mean %.1f %%", sum / byFold.size()));
            return out.toString();
        }

        /**
         * One JSON object a question, for studying failures: the whole answer and its first citation. Questions of
         * the held-out fold ({@link #HELD_OUT_FOLD}) carry only their number, fold and whether they were right, so
         * that the estimate they give stays honest.
         */
        public String details() {
            ObjectMapper json = new ObjectMapper();
            StringBuilder out = new StringBuilder();
            int i = 1;
            for (Scored s : rows) {
                var node = json.createObjectNode();
                node.put("n", i++);
                node.put("fold", s.expected().fold());
                node.put("right", s.right());
                if (s.expected().fold() != HELD_OUT_FOLD) {
                    node.put("kind", s.expected().kind());
                    node.put("q", s.expected().question());
                    node.put("why", s.why());
                    node.put("found", s.answer().found());
                    node.put("short", s.answer().shortAnswer());
                    node.put("text", s.answer().text());
                    if (!s.answer().citations().isEmpty()) {
                        var first = s.answer().citations().get(0);
                        node.put("title", first.title());
                        node.put("date", String.valueOf(first.date()));
                        node.put("quote", first.quote());
                    }
                }
                out.append(node).append('\n');
            }
            return out.toString();
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%-4s %-5s %-6s %-32s %s%n", "#", "ok", "found", "question", "answer / why"));
            int i = 1;
            for (Scored s : rows) {
                out.append(String.format(Locale.ROOT, "%-4d %-5s %-6s %-32s %s%s%n", i++, s.right() ? "yes" : "NO",
                        s.answer().found(), clip(s.expected().question(), 30), clip(s.answer().text(), 60),
                        s.right() ? "" : "  <- " + s.why()));
            }
            java.util.Map<String, long[]> perKind = new java.util.TreeMap<>();
            for (Scored s : rows) {
                long[] counts = perKind.computeIfAbsent(s.expected().kind().isEmpty() ? "-" : s.expected().kind(),
                        k -> new long[2]);
                counts[0] += s.right() ? 1 : 0;
                counts[1]++;
            }
            if (perKind.size() > 1) {
                out.append("per kind:");
                perKind.forEach((kind, counts) -> out.append(String.format(Locale.ROOT, " %s %d/%d", kind, counts[0], counts[1])));
                out.append(System.lineSeparator());
            }
            out.append(String.format(Locale.ROOT, "right: %d/%d (%.1f %%), answer p50 %.0f ms%n", right(), rows.size(),
                    100.0 * right() / Math.max(1, rows.size()), p50Millis()));
            return out.toString();
        }
    }

    /** Reads a shared-format file: one JSON object a line; blank lines skipped. */
    public static List<Case> readCases(Path jsonl) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (JsonLine line : jsonLines(jsonl)) {
            String q = line.node().path("q").asText("");
            if (q.isBlank()) {
                throw new IOException(jsonl + ":" + line.number() + ": no \"q\"");
            }
            cases.add(caseOf(q, line.node()));
        }
        return cases;
    }

    /** One non-blank line of a JSON-lines file, with its number (from 1) for messages. */
    record JsonLine(int number, JsonNode node) {
    }

    /** The non-blank lines of a JSON-lines file, each an object; a line that is not JSON is named in the exception. */
    static List<JsonLine> jsonLines(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonLine> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(new JsonLine(lineNo, json.readTree(line)));
            } catch (IOException e) {
                throw new IOException(jsonl + ":" + lineNo + ": not a JSON object: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The question {@code q} with what {@code node} expects of its answer (the shared format's fields). */
    static Case caseOf(String q, JsonNode node) {
        return new Case(q, strings(node.path("all")), strings(node.path("any")), node.path("article").asText(""),
                node.path("unanswerable").asBoolean(false), strings(node.path("starts")), node.path("date").asText(""),
                node.path("kind").asText(""), node.path("fold").asInt(-1));
    }

    /** Asks every question (each on its own, no history) and scores the answers. */
    public static Report score(List<Case> cases, Function<String, Answer> bot) {
        List<Scored> rows = new ArrayList<>();
        for (Case c : cases) {
            Answer a = bot.apply(c.question());
            rows.add(judge(c, a));
        }
        return new Report(rows);
    }

    /** Whether {@code a} answers {@code c} right, and why not. */
    public static Scored judge(Case c, Answer a) {
        if (c.unanswerable()) {
            return new Scored(c, a, !a.found(), a.found() ? "should say the paper does not cover it" : "");
        }
        if (!a.found()) {
            return new Scored(c, a, false, "said not found");
        }
        for (String s : c.all()) {
            if (!a.text().contains(s)) {
                return new Scored(c, a, false, "missing '" + s + "'");
            }
        }
        if (!c.any().isEmpty() && c.any().stream().noneMatch(a.text()::contains)) {
            return new Scored(c, a, false, "none of " + c.any());
        }
        if (!c.starts().isEmpty()) {
            String opening = a.text().replaceFirst("^[\\s\"“”‘’'「」『』]+", "");
            if (c.starts().stream().noneMatch(opening::startsWith)) {
                return new Scored(c, a, false, "does not start with one of " + c.starts());
            }
        }
        if (!c.article().isEmpty()) {
            if (a.citations().isEmpty() || !a.citations().get(0).title().contains(c.article())) {
                return new Scored(c, a, false, "first citation is not '" + c.article() + "'");
            }
        }
        if (!c.date().isEmpty()) {
            if (a.citations().isEmpty() || a.citations().get(0).date() == null
                    || !a.citations().get(0).date().toString().equals(c.date())) {
                return new Scored(c, a, false, "first citation is not from the issue of " + c.date());
            }
        }
        return new Scored(c, a, true, "");
    }

    /**
     * Recall of what a model is shown: for every answerable question with expected strings, whether the passages it would
     * be shown hold them all ({@code all}) and one of {@code any}; a table with one row a question, and the share.
     */
    public static String context(List<Case> cases, Function<String, List<String>> shown) {
        StringBuilder out = new StringBuilder();
        int asked = 0;
        int held = 0;
        java.util.Map<String, int[]> perKind = new java.util.TreeMap<>();
        for (Case c : cases) {
            if (c.unanswerable() || !c.expectsText()) {
                continue;
            }
            boolean ok = c.heldIn(String.join("\n", shown.apply(c.question())));
            asked++;
            held += ok ? 1 : 0;
            int[] k = perKind.computeIfAbsent(c.kind().isEmpty() ? "-" : c.kind(), x -> new int[2]);
            k[0] += ok ? 1 : 0;
            k[1]++;
            out.append(String.format(Locale.ROOT, "%-5s %s%n", ok ? "yes" : "NO", clip(c.question(), 40)));
        }
        if (perKind.size() > 1) {
            out.append("per kind:");
            perKind.forEach((kind, k) -> out.append(String.format(Locale.ROOT, " %s %d/%d", kind, k[0], k[1])));
            out.append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "context recall: %d/%d (%.1f %%) of answerable questions with expected strings%n",
                held, asked, 100.0 * held / Math.max(1, asked)));
        int[] english = perKind.getOrDefault("english", new int[2]);
        if (english[1] > 0) {
            int h = held - english[0];
            int n = asked - english[1];
            out.append(String.format(Locale.ROOT, "context recall, non-English: %d/%d (%.1f %%)%n", h, n, 100.0 * h / Math.max(1, n)));
        }
        return out.toString();
    }

    /**
     * Answer quality on a SQuAD-format set.
     *
     * @param uncoveredAsked    questions of the odd-numbered SQuAD articles, asked of a paper of the even-numbered ones
     * @param uncoveredAnswered how many of those were answered ({@code found}) all the same: the evidence gate's misses
     */
    public record SquadReport(String dataset, int questions, double goldInShortAnswer, double goldArticleCitedFirst,
                              double found, double medianAnswerChars, double p50Millis, double p99Millis,
                              int uncoveredAsked, int uncoveredAnswered) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%s: %d questions; gold answer in an answer of <= %d chars: %.1f %%; gold article cited first: %.1f %%; "
                            + "found: %.1f %%; median answer %.0f chars; p50 %.1f ms, p99 %.1f ms%n"
                            + "%s: uncovered (odd-numbered articles' questions over the even-numbered ones): %d of %d answered (%.1f %%)",
                    dataset, questions, MAX_ANSWER_CHARS, 100 * goldInShortAnswer, 100 * goldArticleCitedFirst,
                    100 * found, medianAnswerChars, p50Millis, p99Millis, dataset, uncoveredAnswered, uncoveredAsked,
                    100.0 * uncoveredAnswered / Math.max(1, uncoveredAsked));
        }
    }

    /**
     * Indexes {@code squadJson} in a temporary directory (each paragraph an article, see {@link SquadCorpus}),
     * asks every question offline and measures the answers; then indexes only the even-numbered SQuAD articles and
     * asks the questions of the odd-numbered ones, which that paper does not cover, and counts those answered.
     */
    public static SquadReport squad(Path squadJson, boolean embeddings) throws IOException {
        SquadCorpus corpus = SquadCorpus.load(squadJson);
        List<List<String>> gold = goldAnswers(squadJson);
        if (gold.size() != corpus.questions().size()) {
            throw new IOException(squadJson + ": " + gold.size() + " answer lists for " + corpus.questions().size() + " questions");
        }
        Path dir = Files.createTempDirectory("newsbot-answer-eval-");
        try {
            int n = corpus.questions().size();
            int held = 0;
            int citedFirst = 0;
            int found = 0;
            long[] lengths = new long[n];
            long[] nanos = new long[n];
            try (NewsIndex index = NewsIndex.open(dir.resolve("index"), embeddings);
                 AnswerComposer composer = new AnswerComposer(index)) {
                Path seeds = dir.resolve("seeds");
                corpus.writeSeeds(seeds);
                IndexStats stats = index.update(seeds, IndexProgress.NONE);
                log.info("{}: indexed {} articles in {} ms", squadJson.getFileName(), stats.articles(), stats.took().toMillis());
                List<String> goldArticles = corpus.goldArticleIds(index.issues());
                for (int i = 0; i < n; i++) {
                    SquadCorpus.Question q = corpus.questions().get(i);
                    long t = System.nanoTime();
                    Answer a = composer.answer(q.text());
                    nanos[i] = System.nanoTime() - t;
                    lengths[i] = a.text().length();
                    if (a.found()) {
                        found++;
                    }
                    if (a.found() && a.text().length() <= MAX_ANSWER_CHARS && gold.get(i).stream().anyMatch(a.text()::contains)) {
                        held++;
                    }
                    if (!a.citations().isEmpty() && a.citations().get(0).articleId().equals(goldArticles.get(i))) {
                        citedFirst++;
                    }
                }
            }
            int uncoveredAsked = 0;
            int uncoveredAnswered = 0;
            try (NewsIndex index = NewsIndex.open(dir.resolve("index-even"), embeddings);
                 AnswerComposer composer = new AnswerComposer(index)) {
                Path seeds = dir.resolve("seeds-even");
                corpus.writeSeeds(seeds, e -> e % 2 == 0);
                index.update(seeds, IndexProgress.NONE);
                for (SquadCorpus.Question q : corpus.questions()) {
                    if (q.entry() % 2 == 1 && !q.text().isBlank()) {
                        uncoveredAsked++;
                        if (composer.answer(q.text()).found()) {
                            uncoveredAnswered++;
                        }
                    }
                }
            }
            Arrays.sort(lengths);
            Arrays.sort(nanos);
            double denominator = Math.max(1, n);
            return new SquadReport(squadJson.getFileName().toString(), n, held / denominator, citedFirst / denominator,
                    found / denominator, Percentile.nearestRank(lengths, 0.5),
                    Percentile.nearestRank(nanos, 0.5) / 1e6, Percentile.nearestRank(nanos, 0.99) / 1e6,
                    uncoveredAsked, uncoveredAnswered);
        } finally {
            TempFolders.deleteTree(dir);
        }
    }

    /** The gold answer texts of every question, in the order {@link SquadCorpus} lists the questions. */
    public static List<List<String>> goldAnswers(Path squadJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(squadJson));
        List<List<String>> out = new ArrayList<>();
        for (JsonNode entry : root.path("data")) {
            for (JsonNode paragraph : entry.path("paragraphs")) {
                for (JsonNode qa : paragraph.path("qas")) {
                    List<String> answers = new ArrayList<>();
                    for (JsonNode answer : qa.path("answers")) {
                        String text = answer.path("text").asText("").strip();
                        if (!text.isEmpty()) {
                            answers.add(text);
                        }
                    }
                    out.add(answers);
                }
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }

    static String clip(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }



    /**
     * For developers: {@code AnswerEval FILE.jsonl|FILE.json... [--seeds DIR] [--no-embeddings]} prints the
     * table for a shared-format set (over the seeds) or the figures for a SQuAD-format set.
     */
    public static void main(String[] args) throws IOException {
        List<String> list = List.of(args);
        boolean embeddings = !list.contains("--no-embeddings");
        int seedsAt = list.indexOf("--seeds");
        Path seeds = Path.of(seedsAt >= 0 ? list.get(seedsAt + 1) : "seeds");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") || (i > 0 && args[i - 1].equals("--seeds"))) {
                continue;
            }
            if (arg.endsWith(".jsonl")) {
                Path dir = Files.createTempDirectory("newsbot-answer-eval-");
                try (NewsIndex index = NewsIndex.open(dir, embeddings); AnswerComposer composer = new AnswerComposer(index)) {
                    index.update(seeds, (a, b, c, d) -> { });
                    System.out.println(score(readCases(Path.of(arg)), composer::answer));
                } finally {
                    TempFolders.deleteTree(dir);
                }
            } else {
                System.out.println(squad(Path.of(arg), embeddings));
            }
        }
    }
}
