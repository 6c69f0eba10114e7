package com.newsbot.retrieval.read;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;
import com.newsbot.retrieval.Passage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed issue, as printed: three stories and a sidebar, rebuilt from the page layout. */
class SeedIssueTest {
    static final Path SEED = Path.of("../seeds/000_ca8ae608e85ef6a0.txt");
    private static Issue issue;

    @BeforeAll
    static void readSeed() throws Exception {
        assertThat(SEED).isRegularFile();
        issue = new IssueReader().read(SEED);
    }

    private static Article article(int ordinal) {
        return issue.articles().get(ordinal);
    }

    @Test
    void seedHasThreeStoriesAndOneSidebarInPrintOrder() {
        assertThat(issue.articles()).extracting(Article::kind)
                .containsExactly(ArticleKind.STORY, ArticleKind.STORY, ArticleKind.STORY, ArticleKind.SIDEBAR);
        assertThat(issue.articles()).extracting(Article::ordinal).containsExactly(0, 1, 2, 3);
    }

    @Test
    void issueMetadataComesFromFileNameTextAndBytes() throws Exception {
        assertThat(issue.id()).isEqualTo("000_ca8ae608e85ef6a0");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2020, 11, 24));
        assertThat(issue.source()).isEqualTo(SEED.toString());
        assertThat(issue.name()).isEmpty();
        assertThat(issue.contentHash()).matches("[0-9a-f]{64}");
        assertThat(new IssueReader().read(SEED).contentHash()).isEqualTo(issue.contentHash());
        assertThat(Files.exists(SidecarMetadata.sidecarOf(SEED))).isFalse();
    }

    @Test
    void articleIdsAreIssueIdAndTwoDigitOrdinal() {
        assertThat(issue.articles()).extracting(Article::id).containsExactly(
                "000_ca8ae608e85ef6a0-01", "000_ca8ae608e85ef6a0-02", "000_ca8ae608e85ef6a0-03",
                "000_ca8ae608e85ef6a0-04");
    }

    @Test
    void firstStoryHasKickerAboveTheNewsyHeadlineAndBylineName() {
        Article story = article(0);
        assertThat(story.kicker()).isEqualTo("弘扬劳模精神、劳动精神、工匠精神");
        assertThat(story.title()).isEqualTo("仇杰等四人荣获“全国劳动模范”称号");
        assertThat(story.subtitle()).isEmpty();
        assertThat(story.column()).isEmpty();
        assertThat(story.author()).isEqualTo("林芸");
        assertThat(story.text()).startsWith("11月24日，2020年全国劳动模范").doesNotContain("本报记者");
        assertThat(story.text()).contains("会上，习近平强调，光荣属于劳动者").endsWith("上汽在职全国劳模共有13位。");
        assertThat(story.text()).contains("中国汽车品牌享誉全球");
    }

    @Test
    void secondStoryJoinsWordsBrokenAcrossLines() {
        Article story = article(1);
        assertThat(story.kicker()).isEqualTo("推进智能驾驶核心技术应用落地");
        assertThat(story.title()).isEqualTo("联创汽车电子与大陆集团达成战略合作");
        assertThat(story.author()).isEqualTo("阮希琼");
        assertThat(story.subtitle()).isEmpty();
        assertThat(story.column()).isEmpty();
        assertThat(story.text()).contains("“汽车的智能网联化是中国汽车品牌把握战略机遇最重要的胜负手。")
                .contains("一年多来，大陆和擎度在上海和法兰克福两地联合测试")
                .doesNotContain("首席记者");
        assertThat(story.text().split("\n")).hasSize(7);
    }

    @Test
    void thirdStoryHasColumnSubtitleTrailingAuthorAndReadsOnAcrossTheSidebar() {
        Article story = article(2);
        assertThat(story.column()).isEqualTo("奋进路上 奋斗有我 / 上汽人的奋斗故事");
        assertThat(story.kicker()).isEmpty();
        assertThat(story.title()).isEqualTo("打造线上线下相融合的用户服务平台");
        assertThat(story.subtitle()).isEqualTo("——上汽销售客户服务系统项目组的故事");
        assertThat(story.author()).isEqualTo("杨淑媛");
        assertThat(story.text())
                .contains("微信小程序上的身份唯一性识别功能")
                .contains("减少购车过程中的线下接触，提供安吉一键购车")
                .contains("参与建设的客户服务系统，是上汽销售")
                .contains("有了“上汽集团致敬抗疫英雄尊享购车服务活动”小程序开发这一“战斗”经历")
                .contains("此次活动对象包括100多家驻沪央企")
                .endsWith("加速前行。")
                .doesNotContain("杨淑媛").doesNotContain("微评").doesNotContain("李文红").doesNotContain("黄沙百战");
    }

    @Test
    void sidebarIsItsOwnPieceWithLabelTitleAndSignature() {
        Article sidebar = article(3);
        assertThat(sidebar.kind()).isEqualTo(ArticleKind.SIDEBAR);
        assertThat(sidebar.title()).isEqualTo("微评");
        assertThat(sidebar.author()).isEqualTo("上汽销售党委书记 李文红");
        assertThat(sidebar.text()).startsWith("“黄沙百战穿金甲，不破楼兰终不还”。")
                .endsWith("将“安汽车、吉生活”的暖心服务带给每一位用户。")
                .doesNotContain("李文红").doesNotContain("\n");
    }

    @Test
    void noStoryContainsTheSidebarText() {
        String sidebarText = article(3).text();
        for (Article story : issue.articles().subList(0, 3)) {
            assertThat(story.text()).doesNotContain(sidebarText.substring(0, 12));
            assertThat(story.text()).doesNotContain("全体上汽销售人将继续戮力同心");
        }
    }

    @Test
    void everyParagraphEndsWithSentenceFinalPunctuation() {
        for (Article article : issue.articles()) {
            for (String paragraph : article.text().split("\n")) {
                assertThat(paragraph).as("paragraph of %s", article.id())
                        .isEqualTo(paragraph.strip()).isNotEmpty()
                        .matches("(?s).*[。！？…”」）]$");
                assertThat(ParagraphJoiner.endsSentence(paragraph)).as(paragraph).isTrue();
            }
        }
    }

    @Test
    void wordsAndNumbersCutByTheLayoutAreWholeAgain() {
        String all = String.join("\n", issue.articles().stream().map(Article::text).toList());
        assertThat(all).contains("中国汽车品牌", "100多家", "微信小程序", "线下接触", "客户服务系统，是");
        assertThat(all).doesNotContain("中\n国", "100\n多家", "微信小\n程序", "线下接\n触", "致敬\n抗疫");
    }

    @Test
    void passagesCoverEveryArticleWithExactOffsets() {
        for (Article article : issue.articles()) {
            List<Passage> passages = article.passages();
            assertThat(passages).isNotEmpty();
            assertThat(passages.get(0).start()).isZero();
            assertThat(passages.get(passages.size() - 1).end()).isEqualTo(article.text().length());
            for (Passage passage : passages) {
                assertThat(passage.articleId()).isEqualTo(article.id());
                assertThat(passage.text()).isEqualTo(article.text().substring(passage.start(), passage.end()));
                assertThat(passage.text().length()).isLessThanOrEqualTo(PassageSplitter.MAX_CHARS);
            }
        }
    }
}
