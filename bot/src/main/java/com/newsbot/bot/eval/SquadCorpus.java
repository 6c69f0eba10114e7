package com.newsbot.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.Passage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQuAD-format reading-comprehension set turned into issues: each SQuAD article is an issue, each
 * paragraph an article (title: the SQuAD title and the paragraph's index; body: the paragraph),
 * cut into passages on sentence boundaries like a newspaper article.
 *
 * @param issues    the corpus to index
 * @param questions every question with the id of the article (paragraph) that answers it
 */
record SquadCorpus(List<Issue> issues, List<Question> questions) {

    /** Passages are packed from whole sentences up to this many characters. */
    static final int PASSAGE_CHARS = 300;

    record Question(String text, String articleId) {
    }

    static SquadCorpus load(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(json));
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            throw new IOException(json + " is not a SQuAD-format file (no \"data\" array)");
        }
        String setName = json.getFileName().toString().replaceFirst("\\.json$", "");
        List<Issue> issues = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        int issueNumber = 0;
        for (JsonNode entry : data) {
            String issueId = setName + "-" + issueNumber++;
            String title = entry.path("title").asText("");
            List<Article> articles = new ArrayList<>();
            int index = 0;
            for (JsonNode paragraph : entry.path("paragraphs")) {
                String articleId = issueId + "-" + index;
                String text = paragraph.path("context").asText("");
                articles.add(new Article(articleId, issueId, index, ArticleKind.STORY, "", title + " " + index, "", "",
                        "", text, passages(articleId, text)));
                for (JsonNode qa : paragraph.path("qas")) {
                    questions.add(new Question(qa.path("question").asText(""), articleId));
                }
                index++;
            }
            issues.add(new Issue(issueId, title, "", null, "", json.toString(), "squad:" + issueId, articles));
        }
        return new SquadCorpus(issues, questions);
    }

    /** Whole sentences packed into passages of at most {@link #PASSAGE_CHARS} (a longer sentence alone). */
    static List<Passage> passages(String articleId, String text) {
        List<Passage> passages = new ArrayList<>();
        int start = 0;
        int end = 0;
        for (int sentenceEnd : sentenceEnds(text)) {
            if (sentenceEnd - start > PASSAGE_CHARS && end > start) {
                passages.add(new Passage(articleId, passages.size(), start, end, text.substring(start, end)));
                start = end;
            }
            end = sentenceEnd;
        }
        if (end > start) {
            passages.add(new Passage(articleId, passages.size(), start, end, text.substring(start, end)));
        }
        return passages;
    }

    private static List<Integer> sentenceEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == '\n') {
                int j = i + 1;
                while (j < text.length() && "」”’）)』".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                ends.add(j);
                i = j - 1;
            }
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) < text.length()) {
            ends.add(text.length());
        }
        return ends;
    }
}
