package com.newsbot.retrieval;

import org.apache.lucene.index.IndexNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Searching an index another opener holds (a running bot) without its write lock. */
class NewsIndexReadOnlyTest {

    @TempDir
    Path dir;

    @Test
    void aLockedIndexIsALockedExceptionNamingTheFolder() throws IOException {
        try (NewsIndex writer = NewsIndex.open(dir.resolve("index"), false)) {
            assertThatThrownBy(() -> NewsIndex.open(dir.resolve("index"), false))
                    .isInstanceOf(IndexLockedException.class)
                    .hasMessageContaining("locked")
                    .satisfies(e -> assertThat(((IndexLockedException) e).indexDir()).isEqualTo(dir.resolve("index")));
        }
    }

    @Test
    void readOnlyOpenSearchesWhatTheWriterCommittedAndRefusesUpdates() throws IOException {
        Path seeds = IndexFixtures.seeds(dir);
        try (NewsIndex writer = NewsIndex.open(dir.resolve("index"), false)) {
            writer.update(seeds, IndexProgress.NONE);

            try (NewsIndex reader = NewsIndex.openReadOnly(dir.resolve("index"), false)) {
                List<ArticleHit> hits = reader.searchArticles("焊接项目冠军", 1);

                assertThat(hits).singleElement().satisfies(hit ->
                        assertThat(hit.article().title()).isEqualTo("第十届职工技能大赛在临港举行"));
                assertThat(reader.issues()).hasSize(2);
                assertThatThrownBy(() -> reader.update(seeds, IndexProgress.NONE))
                        .isInstanceOf(IndexLockedException.class).hasMessageContaining("read-only");
            }
            assertThat(writer.update(seeds, IndexProgress.NONE).filesUnchanged()).isEqualTo(2);
        }
    }

    @Test
    void readOnlyIndexSeesWhatTheWriterCommittedLaterOnlyOnceRefreshed() throws IOException {
        Path seeds = dir.resolve("seeds");
        IndexFixtures.copy(IndexFixtures.EARLIER, seeds);
        try (NewsIndex writer = NewsIndex.open(dir.resolve("index"), false)) {
            writer.update(seeds, IndexProgress.NONE);
            try (NewsIndex reader = NewsIndex.openReadOnly(dir.resolve("index"), false)) {
                assertThat(reader.readOnly()).isTrue();
                assertThat(writer.readOnly()).isFalse();
                assertThat(reader.issueHeaders()).hasSize(1);

                IndexFixtures.copy(IndexFixtures.LATEST, seeds);
                writer.update(seeds, IndexProgress.NONE);
                assertThat(reader.issueHeaders()).hasSize(1);

                reader.refresh();
                assertThat(reader.issueHeaders()).hasSize(2);
            }
        }
    }

    @Test
    void readOnlyOpenOfAFolderWithoutAnIndexIsAnError() {
        assertThatThrownBy(() -> NewsIndex.openReadOnly(dir, false)).isInstanceOf(IndexNotFoundException.class);
    }
}
