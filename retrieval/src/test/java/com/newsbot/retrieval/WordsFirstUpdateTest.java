package com.newsbot.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An update for a chat that answers meanwhile ({@link IndexProgress#searchWhileWriting()}) writes the words first and
 * the vectors after: the issues are searchable before they are embedded, and end up exactly as a plain update
 * leaves them (every passage with its vector, nothing left to do).
 */
class WordsFirstUpdateTest {
    @TempDir
    Path dir;

    @Test
    void wordsFirstThenVectorsLeavesEveryIssueEmbedded() throws Exception {
        // given the two fixture issues and an index with embeddings
        Path seeds = IndexFixtures.seeds(dir);
        List<String> phases = new CopyOnWriteArrayList<>();
        try (NewsIndex index = NewsIndex.open(dir.resolve("index"), true)) {
            IndexProgress answeringMeanwhile = new IndexProgress() {
                @Override
                public void update(int filesDone, int filesTotal, int passagesDone, int passagesTotal) {
                    if (filesDone == 0) {
                        phases.add(filesTotal + " files");
                    }
                }

                @Override
                public boolean searchWhileWriting() {
                    return true;
                }
            };

            // when
            IndexStats stats = index.update(seeds, answeringMeanwhile);

            // then both issues were written, in two passes (words: 2 files listed; vectors: 2 issues)
            assertThat(stats.filesIndexed()).isEqualTo(2);
            assertThat(phases).containsExactly("2 files", "2 files");
            List<PassageMatch> matches = index.passages("焊接项目的冠军是谁", 5, null);
            assertThat(matches).isNotEmpty().allSatisfy(m -> assertThat(m.dense()).isNotNull());
            assertThat(matches.get(0).headline()).isEqualTo("第十届职工技能大赛在临港举行");
            // and a plain update finds nothing left to do
            assertThat(index.update(seeds, IndexProgress.NONE).filesIndexed()).isZero();
        }
    }
}
