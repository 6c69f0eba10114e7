package com.newsbot.bot.chat;

import com.newsbot.retrieval.IssueRef;
import com.newsbot.retrieval.IssueRefs;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises what a chat message does by meaning, the way LangChain4j's {@code EmbeddingModelTextClassifier} does:
 * the message and each of its clauses are embedded with the in-process bge-small-zh model and compared with example
 * wordings per {@link Act} ({@code chat/turn-acts.txt}); an act's score is the mean cosine of its closest examples.
 * A clause is a frame of an act (不是这个 / 第二天那期 / 原文在哪) when that act beats ordinary questions by a margin;
 * what remains once the frames are cut is the message's own question. Examples are embedded once, on first use.
 * Thread-safe.
 */
final class TurnActs {
    /** What a message (or one clause of it) does in a conversation. */
    enum Act {
        /** Where the original is: cite and open the article the last answer used. */
        SOURCE,
        /** The same story in another issue (那昨天那期呢, 上一期也报了吗). */
        OTHER_ISSUE,
        /** 不是X，我问的是Y: drop X, answer Y. */
        CORRECTION,
        /** A story of the summary just shown (第二条详细说说, 里面说…的那条). */
        FROM_SUMMARY,
        /** A word that turns to another point (对了, 换个问题): cut, the question after it is asked. */
        ASIDE,
        /** A whole issue's summary (这期讲了啥). */
        WHOLE_ISSUE,
        /** Facts of an issue itself: its date, number, size (这期是哪天出的, 有几篇). */
        ISSUE_FACTS,
        /** The issues the paper has (都有哪几期). */
        ISSUE_LIST,
        GREETING,
        THANKS,
        GOODBYE,
        /** A question to the paper: a new one or a follow-up, told apart by what it names. */
        QUESTION
    }

    /**
     * How a message reads.
     *
     * @param act      the act of the message: the strongest frame's, else {@link Act#QUESTION}
     * @param question the message without its frame clauses ("" when it is all frame)
     * @param frames   the clauses read as frames, in order
     */
    record Reading(Act act, String question, List<String> frames, Act runnerUp) {
        Reading(Act act, String question, List<String> frames) {
            this(act, question, frames, Act.QUESTION);
        }

        boolean is(Act a) {
            return act == a;
        }

        /** The reading with the runner-up act (also a frame's, else a question): when the context rules the act out. */
        Reading second() {
            return new Reading(runnerUp, question, frames, Act.QUESTION);
        }
    }

    static final String RESOURCE = "chat/turn-acts.txt";
    /** Examples whose cosines are averaged for an act's score: the closest few, not all (an act has many shapes). */
    static final int NEAREST = 3;
    /**
     * How much a frame's act must beat ordinary questions by (mean cosine of the nearest examples): set once by reading
     * the scores of the team's own example messages in TurnActsTest, not tuned on an evaluation set.
     */
    static final double MARGIN = 0.04;
    /** Least score of a frame's act: a clause unlike every example is a question. */
    static final double MIN_SCORE = 0.62;
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。！!？?；;：:…~～\\s]+|——");
    private static final int MAX_CHARS = 200;
    /** How an issue named by its date or number is read when telling acts apart. */
    private static final String GENERIC_ISSUE = "那期";

    private final EmbeddingModel model;
    private final Map<Act, List<String>> examples;
    private volatile Map<Act, float[][]> vectors;

    TurnActs(EmbeddingModel model) {
        this(model, load(RESOURCE));
    }

    TurnActs(EmbeddingModel model, Map<Act, List<String>> examples) {
        this.model = Objects.requireNonNull(model, "model");
        this.examples = Map.copyOf(examples);
        if (!this.examples.containsKey(Act.QUESTION)) {
            throw new IllegalArgumentException("the examples need ordinary questions ([question])");
        }
    }

    /** Reads a message: its act and its own question. */
    Reading read(String message) {
        String text = message.strip();
        if (text.length() > MAX_CHARS) {
            return new Reading(Act.QUESTION, text, List.of());
        }
        List<String> clauses = clauses(text);
        // an issue named by its date or number reads as any issue (那期): the act does not depend on which one
        List<String> seen = clauses(generic(text));
        if (seen.size() != clauses.size()) {
            seen = clauses;
        }
        Act act = Act.QUESTION;
        Act runnerUp = Act.QUESTION;
        double best = 0;
        List<String> frames = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        List<String> candidates = new ArrayList<>(seen);
        if (clauses.size() > 1) {
            candidates.add(String.join("，", seen)); // the whole message too: 那昨天那期呢 may be split by nothing, 不是A是B by a comma
        }
        List<float[]> embedded = embed(candidates);
        for (int i = 0; i < candidates.size(); i++) {
            Map<Act, Double> scores = scores(embedded.get(i));
            Act top = Act.QUESTION;
            double topScore = 0;
            for (Map.Entry<Act, Double> e : scores.entrySet()) {
                if (e.getKey() != Act.QUESTION && e.getValue() > topScore) {
                    top = e.getKey();
                    topScore = e.getValue();
                }
            }
            double lead = topScore - scores.getOrDefault(Act.QUESTION, 0.0);
            boolean frame = topScore >= MIN_SCORE && lead >= MARGIN;
            boolean whole = i == clauses.size();
            if (frame && lead > best && top != Act.ASIDE) {
                best = lead;
                act = top;
                runnerUp = runnerUp(scores, top);
            }
            if (!whole) {
                (frame ? frames : rest).add(clauses.get(i));
            }
        }
        return new Reading(act, String.join("，", rest), List.copyOf(frames), runnerUp);
    }

    /** The frame act scoring next after {@code top} (a question when none is a frame's by the same bounds). */
    private static Act runnerUp(Map<Act, Double> scores, Act top) {
        double question = scores.getOrDefault(Act.QUESTION, 0.0);
        Act out = Act.QUESTION;
        double outScore = 0;
        for (Map.Entry<Act, Double> e : scores.entrySet()) {
            Act a = e.getKey();
            double v = e.getValue();
            if (a != top && a != Act.QUESTION && a != Act.ASIDE && v >= MIN_SCORE && v - question >= MARGIN
                    && v > outScore) {
                out = a;
                outScore = v;
            }
        }
        return out;
    }

    private static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        for (String c : CLAUSE_END.split(text)) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    /** {@code text} with an issue named by its date or number (4月2号那期, 第3期) written as any issue (那期). */
    static String generic(String text) {
        String out = text;
        for (int i = 0; i < 3; i++) {
            Optional<IssueRef> ref = IssueRefs.find(out);
            if (ref.isEmpty() || ref.get().kind() != IssueRef.Kind.DATE && ref.get().kind() != IssueRef.Kind.NUMBER
                    || ref.get().end() > out.length()) {
                break;
            }
            out = out.substring(0, ref.get().start()) + GENERIC_ISSUE + out.substring(ref.get().end());
        }
        return out;
    }

    /** Every act's score for a text (for tests and tuning by hand). */
    Map<Act, Double> scores(String text) {
        return scores(embed(List.of(text)).get(0));
    }

    private Map<Act, Double> scores(float[] v) {
        Map<Act, Double> out = new EnumMap<>(Act.class);
        vectors().forEach((act, ex) -> {
            double[] cos = new double[ex.length];
            for (int i = 0; i < ex.length; i++) {
                cos[i] = dot(v, ex[i]);
            }
            Arrays.sort(cos);
            int k = Math.min(NEAREST, cos.length);
            double sum = 0;
            for (int i = 0; i < k; i++) {
                sum += cos[cos.length - 1 - i];
            }
            out.put(act, k == 0 ? 0 : sum / k);
        });
        return out;
    }

    private Map<Act, float[][]> vectors() {
        Map<Act, float[][]> v = vectors;
        if (v == null) {
            synchronized (this) {
                if (vectors == null) {
                    Map<Act, float[][]> built = new EnumMap<>(Act.class);
                    examples.forEach((act, texts) -> built.put(act, embed(texts).toArray(new float[0][])));
                    vectors = built;
                }
                v = vectors;
            }
        }
        return v;
    }

    private List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<Embedding> out = model.embedAll(segments).content();
        List<float[]> vs = new ArrayList<>(out.size());
        for (Embedding e : out) {
            vs.add(unit(e.vector()));
        }
        return vs;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float inv = n == 0 ? 0 : (float) (1 / Math.sqrt(n));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The example wordings of a resource: {@code [act]} headings, one wording a line, {@code #} comments. */
    static Map<Act, List<String>> load(String resource) {
        InputStream in = TurnActs.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Map<Act, List<String>> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Act current = null;
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    current = Act.valueOf(s.substring(1, s.length() - 1).toUpperCase(Locale.ROOT));
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(resource + ": a wording before any [act]: " + s);
                }
                out.computeIfAbsent(current, a -> new ArrayList<>()).add(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
