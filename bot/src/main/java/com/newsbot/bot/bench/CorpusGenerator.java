package com.newsbot.bot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a corpus of any size as Markdown issues of {@value #ARTICLES_PER_ISSUE} articles, from real text only.
 * Article {@code k} is the {@code k}-th real article while there are real ones; after that it is made of real
 * sentences: a random sentence picks the source set (so traditional and simplified never mix), then 1–4
 * paragraphs of 2–5 sentences drawn at random from that set, headed by the first clause of its first sentence.
 * Each article draws from its own {@code Random(seed, k)}, so a corpus is the same on every run and the first
 * {@code n} articles of a bigger corpus are the smaller corpus; a body that repeats an earlier one is drawn again.
 * Issue {@code i} is dated {@value #FIRST_DATE} plus {@code i} days.
 */
final class CorpusGenerator {

    static final int ARTICLES_PER_ISSUE = 100;
    static final String FIRST_DATE = "2001-01-01";
    private static final String SENTENCE_ENDS = "。！？!?";
    private static final String CLOSERS = "”」』\"’）)";
    private static final String CLAUSE_ENDS = "，。！？、：；,;:!?“”「」『』（）()《》 ";
    private static final int MAX_TITLE_CHARS = 24;

    /** What was written. */
    record Corpus(Path dir, int issues, int articles, int realArticles, long bodyCharacters) {
    }

    private final List<SourceText.SourceArticle> real;
    private final Map<String, List<String>> sentencesBySet;
    private final List<String> allSentences;
    private final List<String> setOfSentence;
    private final long seed;

    CorpusGenerator(List<SourceText.SourceArticle> real, long seed) {
        this.real = List.copyOf(real);
        this.seed = seed;
        this.sentencesBySet = new LinkedHashMap<>();
        this.allSentences = new ArrayList<>();
        this.setOfSentence = new ArrayList<>();
        for (SourceText.SourceArticle article : this.real) {
            for (String paragraph : article.paragraphs()) {
                for (String sentence : sentences(paragraph)) {
                    sentencesBySet.computeIfAbsent(article.set(), s -> new ArrayList<>()).add(sentence);
                    allSentences.add(sentence);
                    setOfSentence.add(article.set());
                }
            }
        }
        if (allSentences.isEmpty()) {
            throw new IllegalArgumentException("no real sentences to build a corpus from");
        }
    }

    /** Writes {@code articles} articles into {@code dir} (created), as {@code bench-00000.md}, … */
    Corpus write(Path dir, int articles) throws IOException {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1, was " + articles);
        }
        Files.createDirectories(dir);
        Set<String> bodies = new HashSet<>();
        long characters = 0;
        int issues = 0;
        for (int first = 0; first < articles; first += ARTICLES_PER_ISSUE) {
            StringBuilder md = new StringBuilder();
            int number = issues + 1;
            md.append("---\ntitle: 基准测试报 第").append(number).append("期\n")
                    .append("date: ").append(LocalDate.parse(FIRST_DATE).plusDays(issues)).append('\n')
                    .append("issue: ").append(number).append("\n---\n\n");
            for (int k = first; k < Math.min(articles, first + ARTICLES_PER_ISSUE); k++) {
                SourceText.SourceArticle article = article(k, bodies);
                md.append("## ").append(article.title()).append("\n\n");
                for (String paragraph : article.paragraphs()) {
                    md.append(paragraph).append("\n\n");
                    characters += paragraph.length();
                }
            }
            Files.writeString(dir.resolve(String.format("bench-%05d.md", issues)), md, StandardCharsets.UTF_8);
            issues++;
        }
        return new Corpus(dir, issues, articles, Math.min(articles, real.size()), characters);
    }

    /** Article {@code k}: real while there are real ones, else recombined; its body is added to {@code bodies}. */
    SourceText.SourceArticle article(int k, Set<String> bodies) {
        if (k < real.size()) {
            SourceText.SourceArticle article = real.get(k);
            bodies.add(String.join("\n", article.paragraphs()));
            return article;
        }
        Random random = new Random(seed * 1_000_003L + k);
        while (true) {
            int pick = random.nextInt(allSentences.size());
            String set = setOfSentence.get(pick);
            List<String> pool = sentencesBySet.get(set);
            List<String> paragraphs = new ArrayList<>();
            int paragraphCount = 1 + random.nextInt(4);
            for (int p = 0; p < paragraphCount; p++) {
                StringBuilder paragraph = new StringBuilder(p == 0 ? allSentences.get(pick) : "");
                int sentenceCount = 2 + random.nextInt(4) - (p == 0 ? 1 : 0);
                for (int s = 0; s < sentenceCount; s++) {
                    paragraph.append(pool.get(random.nextInt(pool.size())));
                }
                paragraphs.add(paragraph.toString());
            }
            if (bodies.add(String.join("\n", paragraphs))) {
                return new SourceText.SourceArticle(set, title(allSentences.get(pick), k), paragraphs);
            }
        }
    }

    /** The first clause of {@code sentence}, at most {@value #MAX_TITLE_CHARS} characters; never empty. */
    static String title(String sentence, int k) {
        int end = 0;
        while (end < sentence.length() && end < MAX_TITLE_CHARS && CLAUSE_ENDS.indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        String clause = sentence.substring(0, end).strip();
        while (clause.startsWith("#")) {
            clause = clause.substring(1).strip();
        }
        return clause.length() >= 2 ? clause : "第" + (k + 1) + "篇";
    }

    /** Splits a paragraph after each 。！？ (and the closing quotes that follow it); the rest is the last sentence. */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        String text = paragraph.strip();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(sentences, text.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (s.length() >= 4) {
            sentences.add(s);
        }
    }
}
