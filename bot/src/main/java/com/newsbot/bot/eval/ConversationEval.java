package com.newsbot.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbot.bot.answer.Answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Conversation sets ({@code {"id":…,"turns":[…]}} a line, see {@code ../shared/eval/README.md}): each conversation is
 * asked turn by turn in one chat of its own; turns marked {@code "setup": true} build the context and are not graded;
 * the others are judged as {@link AnswerEval#judge} judges a question, a whole-issue request ({@code "summary"}) being
 * right when the answer names at least three of that headlines (their first six characters).
 */
public final class ConversationEval {
    /** A whole-issue answer names this many of the headlines to count as its summary. */
    static final int SUMMARY_HEADLINES = 3;
    /** The first characters of a headline that count as naming it. */
    static final int HEADLINE_PREFIX = 6;

    private ConversationEval() {
    }

    /** One turn: the question as judged, whether it only builds context, and the issue a summary request names. */
    public record Turn(AnswerEval.Case expected, boolean setup, String summary) {
    }

    public record Conversation(String id, List<Turn> turns) {
        public Conversation {
            turns = List.copyOf(turns);
        }
    }

    /** Whether a set is a conversation set: its first non-blank line has {@code "turns"}. */
    public static boolean isConversationSet(Path jsonl) throws IOException {
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                return new ObjectMapper().readTree(line).has("turns");
            }
        }
        return false;
    }

    public static List<Conversation> read(Path jsonl) throws IOException {
        List<Conversation> out = new ArrayList<>();
        for (AnswerEval.JsonLine line : AnswerEval.jsonLines(jsonl)) {
            List<Turn> turns = new ArrayList<>();
            for (JsonNode t : line.node().path("turns")) {
                String q = t.path("q").asText("");
                if (q.isBlank()) {
                    throw new IOException(jsonl + ":" + line.number() + ": a turn without \"q\"");
                }
                turns.add(new Turn(AnswerEval.caseOf(q, t), t.path("setup").asBoolean(false), t.path("summary").asText("")));
            }
            if (turns.isEmpty()) {
                throw new IOException(jsonl + ":" + line.number() + ": no \"turns\"");
            }
            out.add(new Conversation(line.node().path("id").asText("line " + line.number()), turns));
        }
        return out;
    }

    /** One asked turn, setup or graded, judged the same way: for studying how a conversation went. */
    public record Asked(String conversationId, int turn, boolean setup, AnswerEval.Scored scored) {
    }

    /** How the graded turns went; {@code asked} holds every turn, setup turns too. */
    public record Report(List<AnswerEval.Scored> graded, List<String> conversationIds, List<Asked> asked) {
        public long right() {
            return graded.stream().filter(AnswerEval.Scored::right).count();
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            Map<String, long[]> perKind = new TreeMap<>();
            for (int i = 0; i < graded.size(); i++) {
                AnswerEval.Scored s = graded.get(i);
                out.append(String.format(Locale.ROOT, "%-4s %-5s %-6s %-34s %s%s%n", conversationIds.get(i),
                        s.right() ? "yes" : "NO", s.answer().found(), AnswerEval.clip(s.expected().question(), 32),
                        AnswerEval.clip(s.answer().text(), 60), s.right() ? "" : "  <- " + s.why()));
                long[] k = perKind.computeIfAbsent(s.expected().kind().isEmpty() ? "-" : s.expected().kind(), x -> new long[2]);
                k[0] += s.right() ? 1 : 0;
                k[1]++;
            }
            out.append("per kind:");
            perKind.forEach((kind, k) -> out.append(String.format(Locale.ROOT, " %s %d/%d", kind, k[0], k[1])));
            out.append(System.lineSeparator());
            out.append(String.format(Locale.ROOT, "right: %d/%d graded turns (%.1f %%)%n", right(), graded.size(),
                    100.0 * right() / Math.max(1, graded.size())));
            return out.toString();
        }

        /** One JSON object a turn (setup turns too): the answer, its first citation, and whether it held. */
        public String details() {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            StringBuilder out = new StringBuilder();
            for (Asked a : asked) {
                AnswerEval.Scored s = a.scored();
                var node = json.createObjectNode();
                node.put("id", a.conversationId());
                node.put("turn", a.turn());
                node.put("setup", a.setup());
                node.put("kind", s.expected().kind());
                node.put("right", s.right());
                node.put("q", s.expected().question());
                node.put("why", s.why());
                node.put("found", s.answer().found());
                node.put("text", s.answer().text());
                if (!s.answer().citations().isEmpty()) {
                    var first = s.answer().citations().get(0);
                    node.put("title", first.title());
                    node.put("date", String.valueOf(first.date()));
                }
                out.append(node).append('\n');
            }
            return out.toString();
        }
    }

    /**
     * Asks every conversation's turns in order, each conversation in a chat of its own.
     *
     * @param chat       answers a question in a conversation: (conversation id, question) → answer
     * @param headlines  the headlines of the issue of a date ({@code YYYY-MM-DD}) or of the latest ({@code latest})
     */
    public static Report score(List<Conversation> conversations, ChatTurn chat, Function<String, List<String>> headlines) {
        List<AnswerEval.Scored> graded = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Asked> asked = new ArrayList<>();
        int n = 0;
        for (Conversation c : conversations) {
            String chatId = "eval-conversation-" + n++ + "-" + c.id();
            int turn = 0;
            for (Turn t : c.turns()) {
                Answer a = chat.ask(chatId, t.expected().question());
                AnswerEval.Scored scored = t.summary().isEmpty() ? AnswerEval.judge(t.expected(), a) : summary(t, a, headlines);
                asked.add(new Asked(c.id(), turn++, t.setup(), scored));
                if (t.setup()) {
                    continue;
                }
                graded.add(scored);
                ids.add(c.id());
            }
        }
        return new Report(graded, ids, asked);
    }

    /** Answers one turn of a conversation. */
    @FunctionalInterface
    public interface ChatTurn {
        Answer ask(String conversationId, String question);
    }

    private static AnswerEval.Scored summary(Turn t, Answer a, Function<String, List<String>> headlines) {
        List<String> titles = headlines.apply(t.summary());
        long named = titles.stream()
                .map(title -> title.strip())
                .filter(title -> !title.isEmpty())
                .map(title -> title.substring(0, Math.min(HEADLINE_PREFIX, title.length())))
                .distinct()
                .filter(a.text()::contains)
                .count();
        boolean right = named >= SUMMARY_HEADLINES;
        return new AnswerEval.Scored(t.expected(), a, right,
                right ? "" : "names " + named + " of the headlines of the issue " + t.summary());
    }
}
