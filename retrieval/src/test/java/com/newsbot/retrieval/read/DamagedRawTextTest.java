package com.newsbot.retrieval.read;

import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw page text with the seed's kinds of damage but other words: the rules are general, not the seed's strings. */
class DamagedRawTextTest {
    private static final Path RESOURCES = Path.of("src/test/resources/read");
    private final IssueReader reader = new IssueReader();

    @Test
    void factoryIssueRebuildsStoriesSidebarAndBrokenNumbers() throws Exception {
        Issue issue = reader.read(RESOURCES.resolve("damaged_factory.txt"));

        assertThat(issue.articles()).extracting(Article::kind).containsExactly(
                ArticleKind.STORY, ArticleKind.SIDEBAR, ArticleKind.STORY, ArticleKind.STORY);
        assertThat(issue.date()).isEqualTo(LocalDate.of(2021, 3, 15));

        Article factory = issue.articles().get(0);
        assertThat(factory.kicker()).isEqualTo("聚焦绿色低碳发展");
        assertThat(factory.title()).isEqualTo("上汽大众安亭工厂获评“国家级绿色工厂”");
        assertThat(factory.author()).isEqualTo("张晓东 李慧");
        assertThat(factory.text())
                .contains("全年节电3.5亿千瓦时", "新能源汽车生产", "工厂屋顶的光伏发电项目", "可满足约3000户家庭")
                .endsWith("试点余热回收。")
                .doesNotContain("周丽", "短评", "王晓明", "绿色是高质量发展的底色");
        assertThat(factory.text().split("\n")).hasSize(3);

        Article sidebar = issue.articles().get(1);
        assertThat(sidebar.title()).isEqualTo("短评");
        assertThat(sidebar.author()).isEqualTo("上汽大众党委副书记 王晓明");
        assertThat(sidebar.text()).startsWith("绿色是高质量发展的底色。").endsWith("值得各单位学习借鉴。");
    }

    @Test
    void storyWithoutBylineAfterAnAuthorMarkGetsItsOwnHeadline() throws Exception {
        Issue issue = reader.read(RESOURCES.resolve("damaged_factory.txt"));

        Article contest = issue.articles().get(2);
        assertThat(contest.title()).isEqualTo("零部件公司举办第三届职工技能大赛");
        assertThat(contest.kicker()).isEmpty();
        assertThat(contest.author()).isEmpty();
        assertThat(contest.text()).startsWith("为期两天的职工技能大赛")
                .contains("“这次比赛让我看到了自己的不足，回去以后还要好好练。”获得焊工项目第一名");
        assertThat(contest.text().split("\n")).hasSize(3);
    }

    @Test
    void leadOpeningWithBenbaoxunGivesTheAuthorAndLeavesTheText() throws Exception {
        Issue issue = reader.read(RESOURCES.resolve("damaged_factory.txt"));

        Article talent = issue.articles().get(3);
        assertThat(talent.kicker()).isEqualTo("深化校企合作");
        assertThat(talent.title()).isEqualTo("培养复合型技术人才");
        assertThat(talent.author()).isEqualTo("赵敏");
        assertThat(talent.text()).startsWith("3月15日，上汽技术中心").endsWith("不少于50名。");
    }

    @Test
    void newsyFirstLineIsTheHeadlineAndTheSloganBelowItTheSubtitle() throws Exception {
        Issue issue = reader.read(RESOURCES.resolve("damaged_launch.txt"));

        Article launch = issue.articles().get(0);
        assertThat(launch.title()).isEqualTo("上汽通用五菱发布2021款宏光MINI EV");
        assertThat(launch.subtitle()).isEqualTo("坚持创新驱动 助力绿色出行");
        assertThat(launch.kicker()).isEmpty();
        assertThat(launch.author()).isEqualTo("孙振华");
        assertThat(launch.text()).contains("订单突破1,200辆，其中超过一半来自三四线城市，年轻用户占比超过六成。");
        assertThat(launch.text().split("\n")).hasSize(2);
    }

    @Test
    void unsignedEditorsNoteIsASidebarOfOneParagraph() throws Exception {
        Issue issue = reader.read(RESOURCES.resolve("damaged_launch.txt"));

        assertThat(issue.articles()).extracting(Article::kind)
                .containsExactly(ArticleKind.STORY, ArticleKind.SIDEBAR, ArticleKind.STORY);
        Article note = issue.articles().get(1);
        assertThat(note.title()).isEqualTo("编者按");
        assertThat(note.author()).isEmpty();
        assertThat(note.text()).isEqualTo("小车也能做出大市场。本期我们关注一款国民代步车的成长之路。");
    }

    @Test
    void dashSubtitleAndCorrespondentBylineOpenAStory() throws Exception {
        Issue issue = reader.read(RESOURCES.resolve("damaged_launch.txt"));

        Article team = issue.articles().get(2);
        assertThat(team.title()).isEqualTo("一辆小车的“大”故事");
        assertThat(team.subtitle()).isEqualTo("——宏光MINI EV研发团队的故事");
        assertThat(team.author()).isEqualTo("郑雨桐");
        assertThat(team.text()).contains("把电池包成本降低了约三分之一，又在柳州基地").doesNotContain("通讯员");
    }

    @Test
    void lineBreaksInsideAStoryWithoutHeadlinesMakeOneStory() throws Exception {
        RawTextParser parser = new RawTextParser(new LineClassifier(new BylineParser()), new BylineParser(),
                new HeadlineAssigner(), new ParagraphJoiner());

        ParsedIssue parsed = parser.parse("""
                技术中心举行开放日

                本报记者 何静

                开放日当天，来自各地的
                
                客户服务团队
                
                参观了实验室，体验了驾驶模拟器。

                大家纷纷表示收获很大。
                """);

        assertThat(parsed.articles()).hasSize(1);
        assertThat(parsed.articles().get(0).paragraphs()).containsExactly(
                "开放日当天，来自各地的客户服务团队参观了实验室，体验了驾驶模拟器。", "大家纷纷表示收获很大。");
    }

    @Test
    void pageFurnitureIsDroppedAndAnUnknownLabelWithSignatureIsASidebar() throws Exception {
        Issue issue = reader.read(RESOURCES.resolve("damaged_page.txt"));

        assertThat(issue.date()).isEqualTo(LocalDate.of(2022, 8, 5));
        assertThat(issue.articles()).extracting(Article::kind)
                .containsExactly(ArticleKind.STORY, ArticleKind.SIDEBAR, ArticleKind.STORY);
        Article base = issue.articles().get(0);
        assertThat(base.title()).isEqualTo("新能源车型满产运行");
        assertThat(base.author()).isEqualTo("吴佳怡 钱多多");
        assertThat(base.kicker() + base.column()).doesNotContain("第3版", "星期五");
        assertThat(base.text()).contains("基地将继续优化排产计划，确保全年目标", "问题整改率达到99.6%。")
                .doesNotContain("说两句", "冯涛", "沈静");
        Article comment = issue.articles().get(1);
        assertThat(comment.title()).isEqualTo("说两句");
        assertThat(comment.author()).isEqualTo("临港基地工会主席 冯涛");
        Article overseas = issue.articles().get(2);
        assertThat(overseas.title()).isEqualTo("海外工厂建设取得新进展");
        assertThat(overseas.kicker()).isEmpty();
        assertThat(overseas.author()).isEqualTo("孙振华");
    }

    @Test
    void sidebarBetweenHeadlineAndBylineIsKeptAndTheStoryIsWhole() {
        RawTextParser parser = new RawTextParser(new LineClassifier(new BylineParser()), new BylineParser(),
                new HeadlineAssigner(), new ParagraphJoiner());

        ParsedIssue parsed = parser.parse("""
                热烈庆祝工会成立七十周年

                点评

                七十年风雨兼程，工会始终是职工的娘家人。

                （集团工会副主席 马丽）

                本报记者 何静

                庆祝大会昨天举行。
                """);

        assertThat(parsed.articles()).extracting(ArticleDraft::kind).containsExactly(ArticleKind.STORY, ArticleKind.SIDEBAR);
        assertThat(parsed.articles().get(0).title()).isEqualTo("热烈庆祝工会成立七十周年");
        assertThat(parsed.articles().get(0).author()).isEqualTo("何静");
        assertThat(parsed.articles().get(0).paragraphs()).containsExactly("庆祝大会昨天举行。");
        assertThat(parsed.articles().get(1).author()).isEqualTo("集团工会副主席 马丽");
    }

    @Test
    void shortHeadlineOverALongSignedStoryIsNotASidebar() {
        RawTextParser parser = new RawTextParser(new LineClassifier(new BylineParser()), new BylineParser(),
                new HeadlineAssigner(), new ParagraphJoiner());

        ParsedIssue parsed = parser.parse("""
                致敬劳模

                第一段讲述了劳模的事迹。

                第二段讲述了他的成长。

                第三段讲述了同事的评价。

                第四段是结尾。

                （王小红）
                """);

        assertThat(parsed.articles()).singleElement().satisfies(story -> {
            assertThat(story.kind()).isEqualTo(ArticleKind.STORY);
            assertThat(story.title()).isEqualTo("致敬劳模");
            assertThat(story.author()).isEqualTo("王小红");
            assertThat(story.paragraphs()).hasSize(4);
        });
    }

    @Test
    void sidebarAtTheEndOfThePageAndJumpLinesAreHandled() {
        RawTextParser parser = new RawTextParser(new LineClassifier(new BylineParser()), new BylineParser(),
                new HeadlineAssigner(), new ParagraphJoiner());

        ParsedIssue parsed = parser.parse("""
                （上接第一版）项目组还将继续推进后续工作，确保年底前全部完工。

                上汽技术中心青年突击队

                攻克氢燃料电池关键技术

                本报讯

                近日，青年突击队攻克了电堆低温启动难题，可在零下30

                摄氏度环境下顺利启动。（下转第4版）

                记者手记

                在实验室里，我看到的是一群不知疲倦的年轻人。
                """);

        assertThat(parsed.articles()).extracting(ArticleDraft::kind)
                .containsExactly(ArticleKind.STORY, ArticleKind.STORY, ArticleKind.SIDEBAR);
        assertThat(parsed.articles().get(0).paragraphs()).containsExactly("项目组还将继续推进后续工作，确保年底前全部完工。");
        assertThat(parsed.articles().get(0).title()).isEqualTo("项目组还将继续推进后续工作");
        ArticleDraft story = parsed.articles().get(1);
        assertThat(story.kicker()).isEqualTo("上汽技术中心青年突击队");
        assertThat(story.title()).isEqualTo("攻克氢燃料电池关键技术");
        assertThat(story.paragraphs()).containsExactly("近日，青年突击队攻克了电堆低温启动难题，可在零下30摄氏度环境下顺利启动。");
        assertThat(parsed.articles().get(2).title()).isEqualTo("记者手记");
        assertThat(parsed.articles().get(2).paragraphs()).containsExactly("在实验室里，我看到的是一群不知疲倦的年轻人。");
    }

    @Test
    void creditLineInsideAStoryDoesNotSplitIt() {
        RawTextParser parser = new RawTextParser(new LineClassifier(new BylineParser()), new BylineParser(),
                new HeadlineAssigner(), new ParagraphJoiner());

        ParsedIssue parsed = parser.parse("""
                新车下线仪式在宁德基地举行

                通讯员 林海

                首辆新车缓缓驶下生产线，现场响起热烈的掌声。

                摄影 王刚

                基地负责人表示，将按计划爬坡上量。
                """);

        assertThat(parsed.articles()).singleElement().satisfies(story -> {
            assertThat(story.author()).isEqualTo("林海");
            assertThat(story.paragraphs()).containsExactly("首辆新车缓缓驶下生产线，现场响起热烈的掌声。", "基地负责人表示，将按计划爬坡上量。");
        });
    }
}
