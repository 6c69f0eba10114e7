package com.newsbot.bot.eval;

import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.ReaderTraining;
import com.newsbot.retrieval.IndexProgress;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/** The labelled questions {@code newsbot train} learns from, read into {@link ReaderTraining.Data}. */
public final class TrainingData {
    private TrainingData() {
    }

    /**
     * The answerable questions of a shared-format set with expected strings, read over the paper {@code composer}
     * answers from; those of a fold in {@code skipFolds} are not even read (news-train's fold 4 is never looked at).
     */
    public static void addNews(ReaderTraining.Data data, AnswerComposer composer, Path jsonl, java.util.Set<Integer> skipFolds)
            throws IOException {
        String source = jsonl.getFileName().toString().replaceFirst("\\.jsonl$", "");
        for (AnswerEval.Case c : AnswerEval.readCases(jsonl)) {
            if (c.unanswerable() || skipFolds.contains(c.fold()) || (c.all().isEmpty() && c.any().isEmpty())
                    || "english".equals(c.kind())) {
                continue;
            }
            data.add(composer, new ReaderTraining.Example(source, c.fold(), c.question(),
                    ReaderTraining.newsGold(c.all(), c.any(), c.article(), c.date())));
        }
    }

    /** Every question of a SQuAD set (CMRC 2018, DRCD), over a paper of its paragraphs indexed in a temporary folder. */
    public static void addSquad(ReaderTraining.Data data, Path squadJson, boolean embeddings) throws IOException {
        SquadCorpus corpus = SquadCorpus.load(squadJson);
        List<List<String>> gold = AnswerEval.goldAnswers(squadJson);
        String source = squadJson.getFileName().toString().replaceFirst("\\.json$", "");
        Path dir = Files.createTempDirectory("newsbot-train-");
        try {
            try (NewsIndex index = NewsIndex.open(dir.resolve("index"), embeddings);
                 AnswerComposer composer = new AnswerComposer(index)) {
                Path seeds = dir.resolve("seeds");
                corpus.writeSeeds(seeds);
                index.update(seeds, IndexProgress.NONE);
                List<String> goldArticles = corpus.goldArticleIds(index.issues());
                for (int i = 0; i < corpus.questions().size(); i++) {
                    String q = corpus.questions().get(i).text();
                    if (q.isBlank()) {
                        continue;
                    }
                    data.add(composer, new ReaderTraining.Example(source, -1, q,
                            ReaderTraining.squadGold(goldArticles.get(i), new LinkedHashSet<>(gold.get(i)))));
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
