package com.newsbot.retrieval;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Searching a real index (with bge embeddings) of the two fixture issues. One model for the class. */
class NewsIndexSearchTest {

    @TempDir
    static Path dir;
    static NewsIndex index;

    @BeforeAll
    static void indexFixtures() throws IOException {
        index = NewsIndex.open(dir.resolve("index"), true);
        IndexStats stats = index.update(IndexFixtures.seeds(dir), IndexProgress.NONE);
        assertThat(stats.problems()).isEmpty();
        assertThat(stats.filesIndexed()).isEqualTo(2);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static String topTitle(String question) throws IOException {
        List<ArticleHit> hits = index.searchArticles(question, 3);
        assertThat(hits).as("hits for %s", question).isNotEmpty();
        return hits.get(0).article().title();
    }

    @Test
    void typedPassagesCarryTheirArticleIssueOffsetsAndScoresAndTheRetrieverShowsTheSame() throws IOException {
        // when
        List<PassageMatch> matches = index.passages("焊接项目的冠军是谁", 4, null);
        List<Content> contents = index.retriever(4).retrieve(Query.from("焊接项目的冠军是谁"));

        // then the best passage is the contest's, with what a citation needs
        assertThat(matches).isNotEmpty();
        PassageMatch best = matches.get(0);
        assertThat(best.headline()).isEqualTo("第十届职工技能大赛在临港举行");
        Article article = index.article(best.articleId()).orElseThrow();
        assertThat(article.text().substring(best.start(), best.end())).isEqualTo(best.text());
        assertThat(best.issueId()).isEqualTo(article.issueId());
        assertThat(best.date()).isNotNull();
        assertThat(best.kicker()).isEqualTo(article.kicker());
        assertThat(best.lexical()).isPositive();
        assertThat(best.dense()).isNotNull().isBetween(-1.0, 1.0);
        assertThat(matches).extracting(PassageMatch::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // and the LangChain4j adapter returns the same passages in the same order, with the same scores
        assertThat(contents).extracting(c -> c.textSegment().text())
                .containsExactlyElementsOf(matches.stream().map(PassageMatch::text).toList());
        assertThat(contents.get(0).textSegment().metadata().getString(ContentKeys.ARTICLE_ID)).isEqualTo(best.articleId());
        assertThat(contents.get(0).metadata().get(ContentMetadata.SCORE)).isEqualTo(best.score());
        assertThat(contents.get(0).textSegment().metadata().getDouble(ContentKeys.DENSE_SCORE)).isEqualTo(best.dense());
    }

    @ParameterizedTest
    @ValueSource(strings = {"焊接项目的冠军是谁", "最新一期报道了什么", "技能大赛在哪里举行", "上汽"})
    void oneSearchGivesWhatTheNarrowAndTheWideRetrieverGiveApart(String question) throws IOException {
        for (int[] sizes : new int[][] {{1, 3}, {2, 6}, {4, 12}, {8, 24}}) {
            // when
            List<List<Content>> both = index.contentsAndMore(question, sizes[0], sizes[1]);

            // then each list is what its own search gives, passage for passage, with the same scores
            assertThat(shown(both.get(0))).isEqualTo(shown(index.retriever(sizes[0]).retrieve(Query.from(question))));
            assertThat(shown(both.get(1))).isEqualTo(shown(index.retriever(sizes[1]).retrieve(Query.from(question))));
        }
    }

    private static List<String> shown(List<Content> contents) {
        return contents.stream().map(c -> c.textSegment().text() + " " + c.textSegment().metadata().toMap()
                + " " + c.metadata()).toList();
    }

    @Test
    void everyPassageOfAnArticleGetsTheCosineRetrievalGaveIt() throws IOException {
        // given the best passage retrieval found and its article
        String question = "焊接项目的冠军是谁";
        PassageMatch best = index.passages(question, 4, null).get(0);
        Article article = index.article(best.articleId()).orElseThrow();

        // when every passage of that article is compared with the question
        List<PassageCosine> cosines = index.passageCosines(question, best.articleId());

        // then there is one cosine a passage, each inside the article's text, and the retrieved one has its score
        assertThat(cosines).hasSize(article.passages().size());
        assertThat(cosines).allSatisfy(c -> {
            assertThat(c.start()).isBetween(0, article.text().length());
            assertThat(c.end()).isBetween(c.start(), article.text().length());
            assertThat(c.cosine()).isBetween(-1.0, 1.0);
        });
        assertThat(cosines).filteredOn(c -> c.start() == best.start() && c.end() == best.end())
                .singleElement().satisfies(c -> assertThat(c.cosine()).isCloseTo(best.dense(),
                        org.assertj.core.data.Offset.offset(1e-6)));
        // and an article that is not indexed has none
        assertThat(index.passageCosines(question, "no-such-article")).isEmpty();
    }

    @Test
    void typedPassagesStayInTheAskedIssue() throws IOException {
        // given the older issue (both issues write about 安全生产)
        String older = index.issueHeaders().get(1).id();

        // when
        List<PassageMatch> matches = index.passages("安全生产", 8, older);

        // then
        assertThat(matches).isNotEmpty().allSatisfy(m -> assertThat(m.issueId()).isEqualTo(older));
        assertThat(index.passages("安全生产", 8, null)).extracting(PassageMatch::issueId).contains(older)
                .anySatisfy(id -> assertThat(id).isNotEqualTo(older));
    }

    @Test
    void chineseQuestionFindsTheArticleThatAnswersIt() throws IOException {
        assertThat(topTitle("新能源汽车前十个月卖了多少辆？")).isEqualTo("新能源汽车前十月销量创新高");
        assertThat(topTitle("焊接项目的冠军是谁")).isEqualTo("第十届职工技能大赛在临港举行");
        assertThat(topTitle("智能驾驶研发中心在哪里揭牌")).isEqualTo("智能驾驶研发中心揭牌");
    }

    @Test
    void questionInTraditionalScriptFindsArticleInSimplifiedScript() throws IOException {
        assertThat(topTitle("職工技能大賽有多少名選手參加？")).isEqualTo("第十届职工技能大赛在临港举行");
        assertThat(topTitle("勞動模範表彰大會在哪裡舉行")).isEqualTo("劳模表彰大会将于11月20日举行");
    }

    @Test
    void fullWidthAndUpperCaseLettersMatchTheirPlainForm() throws IOException {
        assertThat(topTitle("ＭＧ４电动车出口")).isEqualTo("新能源汽车前十月销量创新高");
        assertThat(topTitle("l4级自动驾驶")).isEqualTo("智能驾驶研发中心揭牌");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:(安全) AND 隐患", "*:*", "安全 AND 隐患 OR NOT", "\"unbalanced 隐患", "隐患~2^3 [a TO z]",
            "+-&&||!(){}[]^\"~*?:\\/ 隐患", "\\"})
    void luceneSyntaxInAQuestionIsOrdinaryText(String question) {
        assertThatCode(() -> index.searchArticles(question, 5)).doesNotThrowAnyException();
        assertThatCode(() -> index.retriever(5).retrieve(Query.from(question))).doesNotThrowAnyException();
    }

    @Test
    void aHundredThousandCharacterQuestionIsAnsweredInASecondOrTwo() {
        String huge = "安全生产月排查隐患".repeat(11_112);
        long started = System.nanoTime();

        List<Content> contents = index.retriever(3).retrieve(Query.from(huge));

        assertThat(contents).isNotEmpty();
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(3_000);
    }

    @Test
    void wordsThatLookLikeLuceneOperatorsStillFindTheArticle() throws IOException {
        assertThat(topTitle("title:(安全生产月) AND 隐患 OR 整改完成率")).isEqualTo("安全生产月活动总结");
    }

    @Test
    void retrieverReturnsPassagesWithTheirArticleIssueAndScores() throws IOException {
        List<Content> contents = index.retriever(3).retrieve(Query.from("安全生产月排查了多少隐患"));

        assertThat(contents).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        Content first = contents.get(0);
        var meta = first.textSegment().metadata();
        assertThat(meta.getString(ContentKeys.TITLE)).isEqualTo("安全生产月活动总结");
        assertThat(meta.getString(ContentKeys.ISSUE_ID)).isEqualTo(IndexFixtures.LATEST);
        assertThat(meta.getString(ContentKeys.DATE)).isEqualTo("2020-11-24");
        assertThat(meta.getString(ContentKeys.AUTHOR)).isEqualTo("孙悦");
        assertThat(meta.getString(ContentKeys.KIND)).isEqualTo("STORY");
        assertThat(meta.getString(ContentKeys.SOURCE)).endsWith("2020-11-24.md");
        assertThat(meta.getDouble(ContentKeys.LEXICAL_SCORE)).isPositive();
        assertThat(meta.getDouble(ContentKeys.DENSE_SCORE)).isBetween(0.3, 1.0);
        assertThat(first.metadata().get(ContentMetadata.SCORE)).isEqualTo(meta.getDouble(ContentKeys.SCORE));
        Article article = index.article(meta.getString(ContentKeys.ARTICLE_ID)).orElseThrow();
        assertThat(first.textSegment().text()).isEqualTo(
                article.text().substring(meta.getInteger(ContentKeys.START), meta.getInteger(ContentKeys.END)));
        assertThat(first.textSegment().text()).contains("1200余项");
        for (Content c : contents) {
            assertThat(c.textSegment().metadata().getDouble(ContentKeys.DENSE_SCORE)).as("dense score of every passage").isNotNull();
            assertThat(c.textSegment().metadata().getDouble(ContentKeys.LEXICAL_SCORE)).as("lexical score of every passage").isNotNull();
        }
    }

    @Test
    void searchArticlesGivesEachArticleOnceWithItsBestPassage() throws IOException {
        List<ArticleHit> hits = index.searchArticles("安全 隐患 检查 车间 冬季", 10);

        Set<String> ids = hits.stream().map(hit -> hit.article().id()).collect(Collectors.toSet());
        assertThat(ids).hasSize(hits.size());
        assertThat(hits).extracting(hit -> hit.article().title()).contains("安全生产月活动总结", "集团召开安全生产工作会议");
        for (ArticleHit hit : hits) {
            assertThat(hit.article().passages()).contains(hit.bestPassage());
        }
        assertThat(hits).extracting(ArticleHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void latestIssuePhrasesRestrictTheSearchToTheLatestIssue() throws IOException {
        for (String question : List.of("最新一期关于安全生产讲了什么", "这期报纸的安全生产报道", "本期安全生产")) {
            assertEveryPassageIsFrom(IndexFixtures.LATEST, question);
        }
    }

    @Test
    void previousIssueAndDatedIssuePhrasesRestrictTheSearchToThatIssue() throws IOException {
        for (String question : List.of("上一期关于安全生产讲了什么", "11月17日的报纸讲了安全生产什么", "2020年11月17日那期的安全生产会议")) {
            assertEveryPassageIsFrom(IndexFixtures.EARLIER, question);
        }
    }

    private static void assertEveryPassageIsFrom(String issueId, String question) {
        List<Content> contents = index.retriever(5).retrieve(Query.from(question));
        assertThat(contents).as(question).isNotEmpty();
        assertThat(contents).as(question).allSatisfy(c ->
                assertThat(c.textSegment().metadata().getString(ContentKeys.ISSUE_ID)).isEqualTo(issueId));
    }

    @Test
    void aDateInsideAnOrdinaryQuestionDoesNotFilterByIssue() throws IOException {
        // no issue is dated 11月20日, and the answer is in the earlier issue, not the latest
        assertThat(topTitle("11月20日举行了什么大会")).isEqualTo("劳模表彰大会将于11月20日举行");
        assertThat(topTitle("表彰大会是哪一天")).isEqualTo("劳模表彰大会将于11月20日举行");
    }

    @Test
    void askingForAnIssueThatIsNotIndexedFindsNothing() throws IOException {
        assertThat(index.retriever(5).retrieve(Query.from("3月3日的报纸讲了安全生产什么"))).isEmpty();
    }

    @Test
    void articlesAndIssuesComeBackFromTheIndexAsTheReaderMadeThem() throws IOException {
        List<Issue> issues = index.issues();

        assertThat(issues).extracting(Issue::id).containsExactly(IndexFixtures.LATEST, IndexFixtures.EARLIER);
        Issue latest = issues.get(0);
        assertThat(latest.number()).isEqualTo("第101期");
        assertThat(latest.articles()).extracting(Article::title)
                .containsExactly("第十届职工技能大赛在临港举行", "安全生产月活动总结", "智能驾驶研发中心揭牌");
        Article safety = latest.articles().get(1);
        assertThat(safety.passages()).hasSizeGreaterThan(1);
        assertThat(index.article(safety.id())).contains(safety);
        assertThat(index.article("no-such-article")).isEmpty();
    }

    @Test
    void searchOptionsCanSwitchEitherSignalOff() throws IOException {
        String question = "焊工周海洋获得了什么";
        assertThat(index.searchArticles(question, 1, SearchOptions.DEFAULT.lexicalOnly(), null).get(0).article().title())
                .isEqualTo("第十届职工技能大赛在临港举行");
        assertThat(index.searchArticles(question, 1, SearchOptions.DEFAULT.denseOnly(), null).get(0).article().title())
                .isEqualTo("第十届职工技能大赛在临港举行");
    }
}
