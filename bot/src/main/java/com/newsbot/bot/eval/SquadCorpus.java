package com.newsbot.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.Issue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A SQuAD-format reading-comprehension set as newspaper issues: each SQuAD article becomes one
 * Markdown issue file, each of its paragraphs one article ({@code ## title index}, the paragraph as
 * body), so that the set is read, split and indexed exactly like the paper.
 *
 * @param entries   the SQuAD articles in file order
 * @param questions every question with the paragraph it was written for
 */
public record SquadCorpus(String name, List<Entry> entries, List<Question> questions) {

    public record Entry(String title, List<String> paragraphs) {
    }

    /** A question and where its answer is: the {@code paragraph}-th paragraph of entry {@code entry}. */
    public record Question(String text, int entry, int paragraph) {

        Question withText(String other) {
            return new Question(other, entry, paragraph);
        }
    }

    public static SquadCorpus load(Path json) throws IOException {
        JsonNode data = new ObjectMapper().readTree(Files.readAllBytes(json)).path("data");
        if (!data.isArray()) {
            throw new IOException(json + " is not a SQuAD-format file (no \"data\" array)");
        }
        List<Entry> entries = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (JsonNode entry : data) {
            List<String> paragraphs = new ArrayList<>();
            for (JsonNode paragraph : entry.path("paragraphs")) {
                for (JsonNode qa : paragraph.path("qas")) {
                    questions.add(new Question(qa.path("question").asText(""), entries.size(), paragraphs.size()));
                }
                paragraphs.add(paragraph.path("context").asText("").strip());
            }
            entries.add(new Entry(entry.path("title").asText("").strip(), paragraphs));
        }
        return new SquadCorpus(json.getFileName().toString().replaceFirst("\\.json$", ""), entries, questions);
    }

    int paragraphs() {
        return entries.stream().mapToInt(e -> e.paragraphs().size()).sum();
    }

    String issueId(int entry) {
        return String.format("%s-%04d", name, entry);
    }

    /** Writes one {@code .md} issue per entry into {@code seeds}. */
    void writeSeeds(Path seeds) throws IOException {
        writeSeeds(seeds, e -> true);
    }

    /** Writes one {@code .md} issue per entry that {@code which} accepts (by entry index) into {@code seeds}. */
    void writeSeeds(Path seeds, java.util.function.IntPredicate which) throws IOException {
        Files.createDirectories(seeds);
        for (int e = 0; e < entries.size(); e++) {
            if (!which.test(e)) {
                continue;
            }
            Entry entry = entries.get(e);
            StringBuilder md = new StringBuilder("---\ntitle: ").append(entry.title()).append("\n---\n\n");
            for (int p = 0; p < entry.paragraphs().size(); p++) {
                md.append("## ").append(entry.title()).append(' ').append(p).append("\n\n")
                        .append(entry.paragraphs().get(p)).append("\n\n");
            }
            Files.writeString(seeds.resolve(issueId(e) + ".md"), md, StandardCharsets.UTF_8);
        }
    }

    /**
     * The article id of every question's paragraph, from the indexed issues; fails when the reader
     * did not make exactly one article of each paragraph.
     */
    List<String> goldArticleIds(List<Issue> indexed) throws IOException {
        Map<String, Issue> byId = new HashMap<>();
        indexed.forEach(issue -> byId.put(issue.id(), issue));
        List<String> gold = new ArrayList<>(questions.size());
        for (Question q : questions) {
            Issue issue = byId.get(issueId(q.entry()));
            int expected = entries.get(q.entry()).paragraphs().size();
            if (issue == null || issue.articles().size() != expected) {
                throw new IOException("issue " + issueId(q.entry()) + " should have " + expected + " articles but has "
                        + (issue == null ? "none" : issue.articles().size()));
            }
            Article article = issue.articles().get(q.paragraph());
            gold.add(article.id());
        }
        return gold;
    }
}
