package com.newsbot.bot.bench;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.read.IssueReader;
import com.newsbot.retrieval.read.UnreadableIssueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTest {

    private static final List<SourceText.SourceArticle> REAL = List.of(
            new SourceText.SourceArticle("simplified", "上汽集团发布新能源战略",
                    List.of("上汽集团昨天在上海发布了新能源汽车发展战略。公司计划在五年内推出三十款新车型！",
                            "董事长表示，研发投入将超过一千五百亿元。这是公司历史上最大的一笔投资。")),
            new SourceText.SourceArticle("simplified", "销售公司举办技能大赛",
                    List.of("来自全国一百多家经销商的选手参加了比赛。比赛分为理论和实操两个部分。",
                            "经过两天的角逐，共有十名选手获得一等奖。获奖选手将代表公司参加全国大赛？")),
            new SourceText.SourceArticle("traditional", "臺灣高鐵通車十週年",
                    List.of("臺灣高速鐵路於二〇〇七年一月五日正式通車營運。全線長約三百五十公里。",
                            "通車以來累計載客量已超過四億人次。「準點率維持在百分之九十九以上。」")));

    private static List<Issue> read(Path dir) throws IOException, UnreadableIssueException {
        IssueReader reader = new IssueReader();
        List<Issue> issues = new ArrayList<>();
        for (Path file : reader.list(dir)) {
            issues.add(reader.read(file));
        }
        return issues;
    }

    @Test
    void writesIssuesOfAHundredArticlesThatTheReaderParsesBackWithDistinctDates(@TempDir Path temp) throws Exception {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(REAL, 7).write(temp.resolve("c"), 250);

        List<Issue> issues = read(corpus.dir());

        assertThat(corpus.issues()).isEqualTo(3);
        assertThat(issues).extracting(issue -> issue.articles().size()).containsExactly(100, 100, 50);
        assertThat(issues).extracting(Issue::date).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(issues.get(0).name()).isEqualTo("基准测试报 第1期");
        assertThat(corpus.bodyCharacters()).isEqualTo(issues.stream().flatMap(i -> i.articles().stream())
                .mapToLong(a -> a.text().replace("\n", "").length()).sum());
    }

    @Test
    void theRealArticlesComeFirstUnchangedAndTheRestAreDistinctRecombinationsOfRealSentences(@TempDir Path temp)
            throws Exception {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(REAL, 7).write(temp.resolve("c"), 120);

        List<Article> articles = read(corpus.dir()).stream().flatMap(i -> i.articles().stream()).toList();

        assertThat(articles).hasSize(120);
        assertThat(articles.get(0).title()).isEqualTo("上汽集团发布新能源战略");
        assertThat(articles.get(2).text()).isEqualTo(String.join("\n", REAL.get(2).paragraphs()));
        assertThat(articles).extracting(Article::text).doesNotHaveDuplicates();
        Set<String> realSentences = new HashSet<>();
        REAL.forEach(a -> a.paragraphs().forEach(p -> realSentences.addAll(CorpusGenerator.sentences(p))));
        for (Article synthetic : articles.subList(3, articles.size())) {
            for (String paragraph : synthetic.text().split("\n")) {
                assertThat(CorpusGenerator.sentences(paragraph)).isNotEmpty().isSubsetOf(realSentences);
            }
            assertThat(synthetic.title()).isNotBlank();
            boolean traditional = synthetic.text().contains("臺灣") || synthetic.text().contains("通車");
            boolean simplified = synthetic.text().contains("公司") || synthetic.text().contains("选手");
            assertThat(traditional && simplified).as("scripts mixed in %s", synthetic.text()).isFalse();
        }
    }

    @Test
    void theSameSeedWritesTheSameBytesAndABiggerCorpusStartsWithTheSmallerOne(@TempDir Path temp) throws IOException {
        CorpusGenerator generator = new CorpusGenerator(REAL, 42);
        generator.write(temp.resolve("a"), 100);
        new CorpusGenerator(REAL, 42).write(temp.resolve("b"), 200);
        new CorpusGenerator(REAL, 43).write(temp.resolve("c"), 100);

        String a = Files.readString(temp.resolve("a/bench-00000.md"));
        assertThat(Files.readString(temp.resolve("b/bench-00000.md"))).isEqualTo(a);
        assertThat(Files.readString(temp.resolve("c/bench-00000.md"))).isNotEqualTo(a);
    }

    @Test
    void sentencesEndAtChineseStopsAndKeepTheirClosingQuote() {
        assertThat(CorpusGenerator.sentences("他说：“今天开会。”会议很顺利！最后一句没有句号"))
                .containsExactly("他说：“今天开会。”", "会议很顺利！", "最后一句没有句号");
    }

    @Test
    void aTitleIsTheFirstClauseOfItsSentence() {
        assertThat(CorpusGenerator.title("上汽集团昨天在上海发布了战略，公司计划推出新车。", 0)).isEqualTo("上汽集团昨天在上海发布了战略");
        assertThat(CorpusGenerator.title("“好。”", 4)).isEqualTo("第5篇");
    }
}
