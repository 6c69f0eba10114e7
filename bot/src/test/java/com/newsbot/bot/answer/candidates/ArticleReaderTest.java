package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.decide.ReadingAnswers;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.retrieve.Paper;
import com.newsbot.bot.answer.retrieve.TermWeights;
import com.newsbot.retrieval.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader over one hand-built article: which sentence answers, how much of the question the article covers. */
class ArticleReaderTest {
    private static final LocalDate DAY = LocalDate.of(2020, 11, 24);
    private static final Article HONOURS = HandBuilt.article("honours", "issue-1", "仇杰等四人荣获全国劳动模范称号",
            "11月24日，表彰大会在北京举行。上汽集团技术中心副主任仇杰等四人荣获全国劳动模范称号。截至目前，上汽在职全国劳模共有13位。");

    @ParameterizedTest(name = "\"{0}\" is answered by \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            上汽在职的全国劳模有几位？    | 截至目前，上汽在职全国劳模共有13位。 | 13位
            表彰大会哪天举行的            | 11月24日，表彰大会在北京举行。       | 11月24日
            大会在哪里举行                | 11月24日，表彰大会在北京举行。       | 北京
            谁荣获了全国劳动模范称号      | 上汽集团技术中心副主任仇杰等四人荣获全国劳动模范称号。 | 仇杰
            """)
    void theBestSentenceHoldsWhatIsAskedNextToWhatTheQuestionIsAbout(String question, String best, String span) {
        ArticleReader.Reading r = HandBuilt.read(Asked.of(question), HONOURS, DAY, 0);

        assertThat(r.best().text()).isEqualTo(best);
        assertThat(r.spans()).extracting(AnswerSpans.Span::text).first().isEqualTo(span);
        assertThat(r.typedHit()).isTrue();
        assertThat(r.topic()).isEqualTo(1.0);
        assertThat(r.focusInArticle()).isTrue();
    }

    /** A paper whose only knowledge is how close in meaning each sentence is: as given, in order. */
    private static Paper meaning(double... cosines) {
        return new Paper() {
            @Override
            public java.util.List<dev.langchain4j.rag.content.Content> retrieve(String query) {
                return java.util.List.of();
            }

            @Override
            public java.util.List<com.newsbot.retrieval.ArticleHit> related(String query, int maxResults) {
                return java.util.List.of();
            }

            @Override
            public TermWeights weights() {
                return TermWeights.UNIFORM;
            }

            @Override
            public java.util.Optional<Article> article(String articleId) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.List<com.newsbot.retrieval.Issue> issues() {
                return java.util.List.of();
            }

            @Override
            public java.util.Optional<Article> host(String sidebarId) {
                return java.util.Optional.empty();
            }

            @Override
            public double[] textCosines(String query, java.util.List<String> texts) {
                return cosines.clone();
            }
        };
    }

    @Test
    void withinAKnownArticleATypedQuestionIsAnsweredByASentenceOfItsTypeEvenWhenAnotherMeansItMore() {
        // given the sentence closest in meaning holds no date, and the one with the date is far behind
        String question = "表彰大会哪天开的？";
        ArticleReader known = new ArticleReader(TermWeights.UNIFORM, meaning(-0.2, 0.9, -1.0)).withSentenceMeaning(question);

        // when the article a conversation is about is read for a question asking a date
        ArticleReader.Reading r = known.read(Asked.of(question), HandBuilt.evidence(HONOURS, DAY, 0), HONOURS, 0);

        // then the sentence with the date answers
        assertThat(known.withinKnownArticle()).isTrue();
        assertThat(r.best().text()).isEqualTo("11月24日，表彰大会在北京举行。");
        assertThat(r.spans()).extracting(AnswerSpans.Span::text).contains("11月24日");
    }

    @Test
    void anArticleWithoutWhatIsAskedIsReadAsNotHoldingIt() {
        ArticleReader.Reading r = HandBuilt.read(Asked.of("上汽投资了多少钱"), HONOURS, DAY, 0);

        assertThat(r.typedHit()).isFalse();
        assertThat(r.focusInArticle()).isFalse();
        assertThat(r.topic()).isLessThan(ReadingAnswers.MIN_TOPIC);
    }

    @Test
    void theUnitsAreTheHeadlineThenEverySentenceWithTheirOffsets() {
        ArticleReader.Reading r = HandBuilt.read(Asked.of("劳模有几位"), HONOURS, DAY, 2);

        assertThat(r.units()).hasSize(4);
        assertThat(r.units().get(0).headline()).isTrue();
        ArticleReader.Unit last = r.units().get(3);
        assertThat(HONOURS.text().substring(last.start(), last.end())).isEqualTo(last.text());
        assertThat(r.rank()).isEqualTo(2);
        assertThat(r.date()).isEqualTo(DAY);
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            上汽在职全国劳模共有13位        | 劳模          | 1.0
            上汽在职全国劳动模范共有13位    | 劳模          | 1.0
            公司董事长出席                  | 老板          | 0.7
            联创汽车电子签约                | 联创汽车电孑  | 0.4
            60家企业                        | 六十家        | 1.0
            天气很好                        | 劳模          | 0.0
            """)
    void aWordIsMatchedWholeByTheAlternativeOrByItsCharacterPairs(String text, String word, double expected) {
        assertThat(UnitCues.match(text, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\": lists {1}, says why {2}")
    @CsvSource(delimiter = '|', textBlock = """
            铅、铟和锡都超标      | true  | false
            他去了北京            | false | false
            因为下雨，比赛推迟    | false | true
            受疫情影响，销量下滑  | false | true
            """)
    void aSentenceListsThreeThingsOrSaysACause(String text, boolean lists, boolean cause) {
        assertThat(UnitCues.lists(text)).isEqualTo(lists);
        assertThat(UnitCues.saysCause(text)).isEqualTo(cause);
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            六十家        | 60家
            一百二十多万  | 120多万
            十五万只      | 15万只
            三            | ''
            劳模          | ''
            """)
    void aLeadingChineseNumeralOfTwoCharactersOrMoreIsWrittenInFigures(String word, String figures) {
        assertThat(UnitCues.inFigures(word)).isEqualTo(figures);
    }

    @Test
    void aUnitThatSaysNothingNewEchoesTheQuestion() {
        assertThat(UnitCues.echoes("劳模有几位", "劳模有几位？")).isTrue();
        assertThat(UnitCues.echoes("表彰大会在北京举行", "劳模有几位？")).isFalse();
    }

    @Test
    void theClauseAroundASpanRunsBetweenCommas() {
        assertThat(UnitCues.clauseAround("会上，共有13位劳模，全部出席。", new AnswerSpans.Span(5, 8, "13位")))
                .isEqualTo("共有13位劳模");
    }

    @ParameterizedTest(name = "\"{0}\" against an issue of {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            11月24号那天表彰了谁       | 2020-11-24 | 1
            截至11月24日，劳模有几位   | 2020-11-25 | 1
            11月24号那天表彰了谁       | 2020-11-26 | 0
            11月24号那天表彰了谁       | 2020-11-23 | 0
            上汽在职的全国劳模有几位   | 2020-11-24 | 0
            """)
    void anIssueOfTheDayNamedOrTheNextReportsIt(String question, String issueDate, double dated) {
        assertThat(ArticleReader.dated(Asked.of(question), LocalDate.parse(issueDate))).isEqualTo(dated);
        assertThat(ArticleReader.dated(Asked.of(question), null)).isZero();
    }

    @org.junit.jupiter.api.Test
    void aSentenceHoldingTheWordsTheHeadlineLacksTellsTheDetailAYesNoQuestionAsks() {
        Asked asked = Asked.of("表彰大会是在北京举行的吗？");
        ArticleReader.Reading r = HandBuilt.read(asked, HONOURS, DAY, 0);
        List<double[]> x = HandBuilt.reader().featuresOfEveryUnit(asked, r);
        // the headline says nothing of 表彰大会 or 北京; the first sentence tells both, the others neither
        assertThat(x.get(0)[UnitFeatures.BEYOND_HEADLINE]).isZero();
        assertThat(x.get(1)[UnitFeatures.BEYOND_HEADLINE]).isGreaterThan(0.9);
        assertThat(x.get(1)[UnitFeatures.BEYOND_HEADLINE_YESNO]).isEqualTo(x.get(1)[UnitFeatures.BEYOND_HEADLINE]);
        assertThat(x.get(3)[UnitFeatures.BEYOND_HEADLINE]).isLessThan(x.get(1)[UnitFeatures.BEYOND_HEADLINE]);
        Asked where = Asked.of("表彰大会在哪里举行？");
        assertThat(HandBuilt.reader().featuresOfEveryUnit(where, HandBuilt.read(where, HONOURS, DAY, 0)).get(1)
                [UnitFeatures.BEYOND_HEADLINE_YESNO]).isZero();
    }
}
