package com.newsbot.bot.bench;

import com.newsbot.bot.eval.SquadCorpus;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.read.IssueReader;
import com.newsbot.retrieval.read.UnreadableIssueException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real text corpora are built from: every paragraph of the shared SQuAD sets (CMRC 2018 trial,
 * simplified; DRCD dev, traditional) and every article of the seed issues, plus the SQuAD questions
 * that are asked of them.
 *
 * @param articles  real articles in a fixed order: seed articles, then CMRC paragraphs, then DRCD paragraphs
 * @param questions the SQuAD questions, CMRC first, in file order
 */
record SourceText(List<SourceArticle> articles, List<String> questions) {

    static final String CMRC = "cmrc2018_trial.json";
    static final String DRCD = "DRCD_dev.json";

    /**
     * One real article.
     *
     * @param set        where it comes from ({@code seeds}, {@code cmrc2018_trial}, {@code DRCD_dev}); synthetic
     *                   articles mix sentences of one set only, so that a traditional and a simplified text never mix
     * @param paragraphs the body, one paragraph per element
     */
    record SourceArticle(String set, String title, List<String> paragraphs) {
    }

    /** The SQuAD files this needs in {@code evalDir}; missing ones are named by {@link #missingFiles}. */
    static List<Path> requiredFiles(Path evalDir) {
        return List.of(evalDir.resolve(CMRC), evalDir.resolve(DRCD));
    }

    static List<Path> missingFiles(Path evalDir) {
        return requiredFiles(evalDir).stream().filter(file -> !Files.isRegularFile(file)).toList();
    }

    /** Loads the SQuAD sets from {@code evalDir} and the issues in {@code seedsDir} (skipped when it does not exist). */
    static SourceText load(Path evalDir, Path seedsDir) throws IOException {
        List<SourceArticle> articles = new ArrayList<>();
        if (seedsDir != null && Files.isDirectory(seedsDir)) {
            IssueReader reader = new IssueReader();
            for (Path file : reader.list(seedsDir)) {
                try {
                    Issue issue = reader.read(file);
                    for (Article article : issue.articles()) {
                        articles.add(new SourceArticle("seeds", article.title(), List.of(article.text().split("\n"))));
                    }
                } catch (UnreadableIssueException e) {
                    throw new IOException("cannot read seed issue " + file + ": " + e.getMessage(), e);
                }
            }
        }
        List<String> questions = new ArrayList<>();
        for (Path file : requiredFiles(evalDir)) {
            SquadCorpus corpus = SquadCorpus.load(file);
            for (SquadCorpus.Entry entry : corpus.entries()) {
                for (int p = 0; p < entry.paragraphs().size(); p++) {
                    String paragraph = entry.paragraphs().get(p);
                    if (!paragraph.isBlank()) {
                        articles.add(new SourceArticle(corpus.name(), entry.title() + " " + p, List.of(paragraph)));
                    }
                }
            }
            corpus.questions().stream().map(SquadCorpus.Question::text).filter(q -> !q.isBlank()).forEach(questions::add);
        }
        return new SourceText(List.copyOf(articles), List.copyOf(questions));
    }
}
