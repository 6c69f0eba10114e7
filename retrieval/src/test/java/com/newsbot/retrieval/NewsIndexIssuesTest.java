package com.newsbot.retrieval;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A real (lexical) index of the generated four-issue paper: naming issues, article counts, dated search. */
class NewsIndexIssuesTest {

    @TempDir
    static Path dir;
    static NewsIndex index;

    @BeforeAll
    static void indexThePaper() throws IOException {
        index = NewsIndex.open(dir.resolve("index"), false);
        IndexStats stats = index.update(MultiIssuePaper.write(dir.resolve("seeds")), IndexProgress.NONE);
        assertThat(stats.problems()).isEmpty();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static IssueMatch resolve(String question) throws IOException {
        return IssueRefs.resolve(question, index.issueHeaders());
    }

    @Test
    void everyWayOfNamingAnIssueResolvesAgainstTheIndexedHeaders() throws IOException {
        assertThat(resolve("最新一期讲了什么").issue().date()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(resolve("上期讲了什么").issue().date()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(resolve("第2期有没有写便桥").issue().date()).isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(resolve("3月2号的报纸说了什么").issue().date()).isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(resolve("2021-03-04的报纸").issue().date()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(resolve("最早那期").issue().number()).isEqualTo("第1期");
        assertThat(resolve("3月3日那期").nearest()).extracting(Issue::date)
                .containsExactly(LocalDate.of(2021, 3, 4), LocalDate.of(2021, 3, 2));
    }

    @Test
    void articleCountsAreKeptPerIssue() throws IOException {
        Map<String, Integer> counts = index.articleCounts();

        assertThat(counts).containsEntry("daily-2021-03-01", 3).containsEntry("daily-2021-03-02", 3)
                .containsEntry("daily-2021-03-04", 2).containsEntry("daily-2021-03-05", 3);
    }

    @Test
    void aQuestionNamingAnIssueIsSearchedInThatIssueOnly() throws IOException {
        List<Content> found = index.retriever(5).retrieve(Query.from("上期关于食堂说了什么"));

        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(c ->
                assertThat(c.textSegment().metadata().getString(ContentKeys.DATE)).isEqualTo("2021-03-04"));
    }

    @Test
    void aQuestionNamingAMissingIssueFindsNothing() throws IOException {
        assertThat(index.retriever(5).retrieve(Query.from("3月3日那期关于食堂说了什么"))).isEmpty();
    }

    @Test
    void datedSearchKeepsToTheIssuesOfThoseDays() throws IOException {
        List<ArticleHit> hits = index.searchArticles("食堂座位", 10, LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 4));

        assertThat(hits).extracting(h -> h.article().issueId())
                .containsExactlyInAnyOrder("daily-2021-03-02", "daily-2021-03-04");
    }

    @Test
    void datedSearchWithOneOpenEnd() throws IOException {
        assertThat(index.searchArticles("食堂座位", 10, LocalDate.of(2021, 3, 4), null))
                .extracting(h -> h.article().issueId()).containsExactlyInAnyOrder("daily-2021-03-04", "daily-2021-03-05");
        assertThat(index.searchArticles("食堂座位", 10, null, LocalDate.of(2021, 3, 1)))
                .extracting(h -> h.article().issueId()).containsExactly("daily-2021-03-01");
        assertThat(index.searchArticles("食堂座位", 10, LocalDate.of(2022, 1, 1), null)).isEmpty();
    }

    @Test
    void theSameStoryInTwoIssuesIsListedFromTheNewerFirst() throws IOException {
        List<ArticleHit> hits = index.searchArticles("图书馆开放时间", 2);

        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).score()).isEqualTo(hits.get(1).score());
        assertThat(hits).extracting(h -> h.article().issueId())
                .containsExactly("daily-2021-03-05", "daily-2021-03-01");
    }
}
