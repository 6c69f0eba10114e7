package com.newsbot.retrieval;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keeping a real index (lexical only, no model) in step with a seeds directory. */
class NewsIndexUpdateTest {

    @TempDir
    Path dir;

    private Path index() {
        return dir.resolve("index");
    }

    /** Every passage the retriever finds for {@code question}, as "articleId@start". */
    private static List<String> passages(NewsIndex index, String question) {
        List<String> found = new ArrayList<>();
        for (Content c : index.retriever(50).retrieve(Query.from(question))) {
            var meta = c.textSegment().metadata();
            found.add(meta.getString(ContentKeys.ARTICLE_ID) + "@" + meta.getInteger(ContentKeys.START));
        }
        return found;
    }

    @Test
    void updateIndexesEveryIssueFileAndRemembersItAfterReopening() throws IOException {
        Path seeds = IndexFixtures.seeds(dir);
        try (NewsIndex index = NewsIndex.open(index(), false)) {
            IndexStats stats = index.update(seeds, IndexProgress.NONE);

            assertThat(stats.filesSeen()).isEqualTo(2);
            assertThat(stats.filesIndexed()).isEqualTo(2);
            assertThat(stats.articles()).isEqualTo(6);
            assertThat(stats.passages()).isGreaterThanOrEqualTo(6);
            assertThat(stats.characters()).isPositive();
        }
        try (NewsIndex reopened = NewsIndex.open(index(), false)) {
            assertThat(reopened.issues()).hasSize(2);
            assertThat(reopened.searchArticles("焊接项目冠军", 1).get(0).article().title())
                    .isEqualTo("第十届职工技能大赛在临港举行");
        }
    }

    @Test
    void issueHeadersAndOneIssueAtATimeGiveWhatTheFullListingGives() throws IOException {
        Path seeds = IndexFixtures.seeds(dir);
        try (NewsIndex index = NewsIndex.open(index(), false)) {
            index.update(seeds, IndexProgress.NONE);
            List<Issue> full = index.issues();

            List<Issue> headers = index.issueHeaders();

            assertThat(headers).extracting(Issue::id).containsExactlyElementsOf(full.stream().map(Issue::id).toList());
            assertThat(headers).extracting(Issue::contentHash)
                    .containsExactlyElementsOf(full.stream().map(Issue::contentHash).toList());
            assertThat(headers).allSatisfy(header -> assertThat(header.articles()).isEmpty());
            for (Issue issue : full) {
                assertThat(index.issue(issue.id())).contains(issue);
            }
            assertThat(index.issue("no-such-issue")).isEmpty();
        }
    }

    @Test
    void aFileWhoseBytesAreUnchangedIsSkippedEvenWhenItWasTouched() throws IOException {
        Path seeds = IndexFixtures.seeds(dir);
        try (NewsIndex index = NewsIndex.open(index(), false)) {
            index.update(seeds, IndexProgress.NONE);
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path file : files.toList()) {
                    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
                }
            }

            IndexStats again = index.update(seeds, IndexProgress.NONE);

            assertThat(again.filesUnchanged()).isEqualTo(2);
            assertThat(again.filesIndexed()).isZero();
            assertThat(index.issues()).hasSize(2);
        }
    }

    @Test
    void secondUpdateOverUnchangedFilesSkipsThem() throws IOException {
        Path seeds = IndexFixtures.seeds(dir);
        try (NewsIndex index = NewsIndex.open(index(), false)) {
            index.update(seeds, IndexProgress.NONE);

            IndexStats again = index.update(seeds, IndexProgress.NONE);

            assertThat(again.filesIndexed()).isZero();
            assertThat(again.filesUnchanged()).isEqualTo(2);
            assertThat(again.passages()).isZero();
            assertThat(passages(index, "焊接项目冠军")).doesNotHaveDuplicates();
        }
    }

    @Test
    void theSameSeedsFolderSpelledAnotherWayIsNotIndexedAgain() throws IOException {
        Path seeds = IndexFixtures.seeds(dir);
        Path sameFolder = seeds.resolve("..").resolve(seeds.getFileName().toString()).resolve(".");
        try (NewsIndex index = NewsIndex.open(index(), false)) {
            index.update(seeds, IndexProgress.NONE);

            IndexStats again = index.update(sameFolder, IndexProgress.NONE);

            assertThat(again.filesIndexed()).isZero();
            assertThat(again.filesUnchanged()).isEqualTo(2);
            assertThat(again.filesRemoved()).isZero();
            assertThat(index.issues()).hasSize(2);
            assertThat(passages(index, "焊接项目冠军")).doesNotHaveDuplicates();
        }
    }

    @Test
    void changedFileIsReplacedAndRemovedFileIsDeletedWithoutStaleOrDuplicatePassages() throws IOException {
        Path seeds = IndexFixtures.seeds(dir);
        try (NewsIndex index = NewsIndex.open(index(), false)) {
            index.update(seeds, IndexProgress.NONE);
            assertThat(passages(index, "激光雷达")).isNotEmpty();
            assertThat(passages(index, "劳模")).isNotEmpty();

            // given: the latest issue loses its last article and gains a new one; the earlier issue is deleted
            Path latest = seeds.resolve(IndexFixtures.LATEST + ".md");
            String text = Files.readString(latest, StandardCharsets.UTF_8);
            text = text.substring(0, text.indexOf("## 智能驾驶研发中心揭牌"))
                    + "## 食堂推出冬季暖心套餐\n\n职工食堂从12月起推出冬季暖心套餐，每份只要十二元，包括羊肉汤和两个热菜。\n";
            Files.writeString(latest, text, StandardCharsets.UTF_8);
            Files.delete(seeds.resolve(IndexFixtures.EARLIER + ".md"));

            IndexStats stats = index.update(seeds, IndexProgress.NONE);

            assertThat(stats.filesIndexed()).isEqualTo(1);
            assertThat(stats.filesRemoved()).isEqualTo(1);
            assertThat(passages(index, "激光雷达")).isEmpty();
            assertThat(passages(index, "劳模")).isEmpty();
            assertThat(index.issues()).extracting(Issue::id).containsExactly(IndexFixtures.LATEST);
            assertThat(index.searchArticles("食堂冬季套餐多少钱", 1).get(0).article().title()).isEqualTo("食堂推出冬季暖心套餐");
            List<String> all = passages(index, "安全 隐患 焊接 食堂 选手 车间 集团");
            assertThat(all).doesNotHaveDuplicates();
            Set<String> articles = new HashSet<>();
            index.issues().forEach(issue -> issue.articles().forEach(a -> articles.add(a.id())));
            assertThat(articles).hasSize(3);
            assertThat(all).allSatisfy(p -> assertThat(articles).contains(p.substring(0, p.indexOf('@'))));
        }
    }

    @Test
    void unreadableFileIsReportedByNameAndTheOthersAreIndexed() throws IOException {
        Path seeds = IndexFixtures.seeds(dir);
        Files.write(seeds.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        try (NewsIndex index = NewsIndex.open(index(), false)) {
            IndexStats stats = index.update(seeds, IndexProgress.NONE);

            assertThat(stats.problems()).singleElement().asString().contains("broken.txt");
            assertThat(stats.filesIndexed()).isEqualTo(2);
            assertThat(index.issues()).hasSize(2);
        }
    }

    @Test
    void progressReportsEveryFileAndPassage() throws IOException {
        Path seeds = IndexFixtures.seeds(dir);
        List<int[]> calls = new ArrayList<>();
        try (NewsIndex index = NewsIndex.open(index(), false)) {
            IndexStats stats = index.update(seeds, (f, ft, p, pt) -> calls.add(new int[] {f, ft, p, pt}));

            int[] last = calls.get(calls.size() - 1);
            assertThat(last).containsExactly(2, 2, stats.passages(), stats.passages());
        }
    }

    @Test
    void addReplacesAnIssueWithTheSameId() throws IOException {
        try (NewsIndex index = NewsIndex.open(index(), false)) {
            index.add(List.of(issue("x", "旧标题", "这是一篇关于职工食堂改造的旧文章。")), IndexProgress.NONE);
            index.add(List.of(issue("x", "新标题", "这是一篇关于职工宿舍改造的新文章。")), IndexProgress.NONE);

            assertThat(index.issues()).singleElement().satisfies(i ->
                    assertThat(i.articles()).extracting(Article::title).containsExactly("新标题"));
            assertThat(passages(index, "食堂")).isEmpty();
            assertThat(passages(index, "宿舍")).containsExactly("x-0@0");
        }
    }

    @Test
    void corruptIndexIsRebuiltFromScratch() throws IOException {
        Path seeds = IndexFixtures.seeds(dir);
        try (NewsIndex index = NewsIndex.open(index(), false)) {
            index.update(seeds, IndexProgress.NONE);
        }
        try (Stream<Path> files = Files.list(index())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, "this is not a segments file".getBytes(StandardCharsets.UTF_8));
            }
        }

        try (NewsIndex index = NewsIndex.open(index(), false)) {
            assertThat(index.issues()).isEmpty();
            index.update(seeds, IndexProgress.NONE);
            assertThat(index.issues()).hasSize(2);
        }
    }

    @Test
    void indexInUseByAnotherOpenerIsAClearError() throws IOException {
        try (NewsIndex first = NewsIndex.open(index(), false)) {
            assertThatThrownBy(() -> NewsIndex.open(index(), false))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("locked")
                    .hasMessageContaining(index().toString());
        }
    }

    @Test
    void indexBuiltWithoutEmbeddingsGetsVectorsWhenOpenedWithThem() throws IOException {
        Path seeds = IndexFixtures.seeds(dir);
        try (NewsIndex index = NewsIndex.open(index(), false)) {
            index.update(seeds, IndexProgress.NONE);
            assertThat(index.retriever(1).retrieve(Query.from("焊接冠军")).get(0).textSegment().metadata()
                    .getDouble(ContentKeys.DENSE_SCORE)).isNull();
        }

        try (NewsIndex index = NewsIndex.open(index(), true)) {
            List<ArticleHit> dense = index.searchArticles("焊接比赛第一名是谁", 1, SearchOptions.DEFAULT.denseOnly(), null);

            assertThat(dense).singleElement().satisfies(hit ->
                    assertThat(hit.article().title()).isEqualTo("第十届职工技能大赛在临港举行"));
            assertThat(index.retriever(20).retrieve(Query.from("安全 隐患 焊接 选手 驾驶 劳模 销量")))
                    .hasSizeGreaterThanOrEqualTo(6)
                    .allSatisfy(c -> assertThat(c.textSegment().metadata().getDouble(ContentKeys.DENSE_SCORE)).isNotNull());
            assertThat(index.update(seeds, IndexProgress.NONE).filesUnchanged()).isEqualTo(2);
        }
    }

    private static Issue issue(String id, String title, String text) {
        Article article = new Article(id + "-0", id, 0, ArticleKind.STORY, "", title, "", "", "", text,
                List.of(new Passage(id + "-0", 0, 0, text.length(), text)));
        return new Issue(id, "", "", null, "", "memory:" + id, "hash-" + text.hashCode(), List.of(article));
    }
}
