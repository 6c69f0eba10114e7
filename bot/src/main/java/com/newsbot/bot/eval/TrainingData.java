package com.newsbot.bot.eval;

import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.candidates.ReaderTraining;
import com.newsbot.bot.answer.decide.VerdictTraining;
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

    /**
     * The questions of a shared-format set as {@link VerdictTraining} learns from them: each answered by {@code composer}
     * (the verdict answering every candidate), judged as the eval judges it; English questions and those of a fold in
     * {@code skipFolds} are not asked.
     */
    public static void addVerdicts(VerdictTraining.Data data, AnswerComposer composer, Path jsonl,
                                   java.util.Set<Integer> skipFolds) throws IOException {
        String source = jsonl.getFileName().toString().replaceFirst("\\.jsonl$", "");
        for (AnswerEval.Case c : AnswerEval.readCases(jsonl)) {
            if (skipFolds.contains(c.fold()) || "english".equals(c.kind())) {
                continue;
            }
            com.newsbot.bot.answer.Answer[] answer = new com.newsbot.bot.answer.Answer[1];
            data.add(source, c.fold(), !c.unanswerable(), () -> answer[0] = composer.answer(c.question()),
                    () -> AnswerEval.judge(c, answer[0]).right());
        }
    }

    /**
     * A SQuAD set as {@link VerdictTraining} learns from it, the way its eval asks it: every question of a paper of all
     * its articles (covered: right when a gold answer is in an answer of at most {@link AnswerEval#MAX_ANSWER_CHARS}
     * characters), then the questions of the odd-numbered articles of a paper of the even-numbered ones (not covered).
     */
    public static void addSquadVerdicts(VerdictTraining.Data data, Path squadJson, boolean embeddings) throws IOException {
        SquadCorpus corpus = SquadCorpus.load(squadJson);
        List<List<String>> gold = AnswerEval.goldAnswers(squadJson);
        String source = squadJson.getFileName().toString().replaceFirst("\\.json$", "");
        Path dir = Files.createTempDirectory("newsbot-train-");
        try {
            for (boolean covered : new boolean[]{true, false}) {
                try (NewsIndex index = NewsIndex.open(dir.resolve(covered ? "index-all" : "index-even"), embeddings);
                     AnswerComposer composer = new AnswerComposer(index)) {
                    Path seeds = dir.resolve(covered ? "seeds-all" : "seeds-even");
                    corpus.writeSeeds(seeds, e -> covered || e % 2 == 0);
                    index.update(seeds, IndexProgress.NONE);
                    for (int i = 0; i < corpus.questions().size(); i++) {
                        SquadCorpus.Question q = corpus.questions().get(i);
                        if (q.text().isBlank() || (!covered && q.entry() % 2 == 0)) {
                            continue;
                        }
                        List<String> answers = gold.get(i);
                        com.newsbot.bot.answer.Answer[] answer = new com.newsbot.bot.answer.Answer[1];
                        data.add(source, -1, covered, () -> answer[0] = composer.answer(q.text()),
                                () -> answer[0].found() && answer[0].text().length() <= AnswerEval.MAX_ANSWER_CHARS
                                        && answers.stream().anyMatch(answer[0].text()::contains));
                    }
                }
            }
        } finally {
            TempFolders.deleteTree(dir);
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
