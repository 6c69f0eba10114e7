package com.newsbot.bot.answer.decide;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.candidates.HandBuilt;
import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.question.Asked;
import com.newsbot.bot.answer.retrieve.Evidence;
import com.newsbot.retrieval.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which offline reader answers, decided from hand-built inputs: what the reader read and the picker's clause, no index.
 */
class OfflineDecisionTest {
    private static final LocalDate NOV_24 = LocalDate.of(2020, 11, 24);
    private static final LocalDate DEC_8 = LocalDate.of(2020, 12, 8);
    private static final Article HONOURS = HandBuilt.article("honours", "issue-1", "仇杰等四人荣获全国劳动模范称号",
            "11月24日，表彰大会在北京举行。上汽集团技术中心副主任仇杰等四人荣获全国劳动模范称号。截至目前，上汽在职全国劳模共有13位。");

    private static OfflineDecision decide(Asked asked, List<ArticleReader.Reading> readings, Optional<SpanPicker.Pick> pick) {
        return new OfflineDecision(asked, HandBuilt.reader(), readings, pick, new ReadingAnswers(new Prompts()), false);
    }

    /** The picker's clause: {@code quote} as it stands in {@code article}, its gate passed. */
    private static Optional<SpanPicker.Pick> pick(Article article, LocalDate date, String quote) {
        Evidence passage = new Evidence(0, article.text(), 0, article.text().length(), article.id(), article.issueId(),
                "厂报", date, article.title(), article.author(), "story", "seeds/x.md", 1.0, 1.0, 0.0);
        int from = article.text().indexOf(quote);
        assertThat(from).as("the quote is in the article").isNotNegative();
        return Optional.of(new SpanPicker.Pick(passage, from, from + quote.length(), 1.0, 1.0, 1.0, true, 1.0));
    }

    private static OfflineDecision overHonours(String question, String pickedQuote) {
        Asked asked = Asked.of(question);
        return decide(asked, List.of(HandBuilt.read(asked, HONOURS, NOV_24, 0)),
                pickedQuote.isEmpty() ? Optional.empty() : pick(HONOURS, NOV_24, pickedQuote));
    }

    @ParameterizedTest(name = "\"{0}\" with the picker quoting \"{1}\": picker {2}, reader {3}")
    @CsvSource(delimiter = '|', textBlock = """
            上汽在职的全国劳模有几位？  | 截至目前，上汽在职全国劳模共有13位。       | true  | true
            上汽在职的全国劳模有几位？  | 11月24日，表彰大会在北京举行。             | false | true
            上汽在职的全国劳模有几位？  | ''                                         | false | true
            上汽是不是有13位劳模？      | 截至目前，上汽在职全国劳模共有13位。       | false | true
            表彰大会哪天举行的          | 11月24日，表彰大会在北京举行。             | true  | true
            上汽投资了多少钱            | 上汽集团技术中心副主任仇杰等四人荣获全国劳动模范称号。 | false | false
            """)
    void thePickerAnswersUnlessANamedReasonSaysTheReaderKnowsBetter(String question, String pickedQuote,
                                                                   boolean pickerAnswers, boolean readerAnswers) {
        OfflineDecision decision = overHonours(question, pickedQuote);

        assertThat(decision.pickerAnswers()).as("the picker answers").isEqualTo(pickerAnswers);
        assertThat(decision.answering().isPresent()).as("the reader answers").isEqualTo(readerAnswers);
    }

    @Test
    void aCountedQuantityTheReaderFoundAndThePickersClauseLacksGoesToTheReader() {
        OfflineDecision decision = overHonours("上汽在职的全国劳模有几位？", "11月24日，表彰大会在北京举行。");

        assertThat(decision.readerFoundWhatPickerLacks()).isTrue();
        assertThat(decision.vetoed()).isFalse();
        assertThat(decision.readerComposes()).isFalse();
    }

    @Test
    void aYesNoQuestionIsComposedByTheReader() {
        OfflineDecision decision = overHonours("上汽是不是有13位劳模？", "截至目前，上汽在职全国劳模共有13位。");

        assertThat(decision.readerComposes()).isTrue();
    }

    @Test
    void aSumOfMoneyNeitherReaderFoundIsAVeto() {
        OfflineDecision decision = overHonours("上汽投资了多少钱", "上汽集团技术中心副主任仇杰等四人荣获全国劳动模范称号。");

        assertThat(decision.vetoed()).isTrue();
        assertThat(decision.answering()).isEmpty();
    }

    @Test
    void nothingRetrievedMeansNeitherAnswers() {
        OfflineDecision decision = decide(Asked.of("上汽在职的全国劳模有几位？"), List.of(), Optional.empty());

        assertThat(decision.answering()).isEmpty();
        assertThat(decision.pickerAnswers()).isFalse();
        assertThat(decision.earlier()).isEmpty();
    }

    @Test
    void theLatestAskedGoesToTheNewerReportTheReaderChoseWithTheEarlierOneBesideIt() {
        Article later = HandBuilt.article("honours-later", "issue-2", "上汽在职全国劳模增至15位",
                "截至目前，上汽在职全国劳模共有15位。");
        Asked asked = Asked.of("目前上汽在职劳模有几位？");
        List<ArticleReader.Reading> readings = List.of(HandBuilt.read(asked, HONOURS, NOV_24, 0),
                HandBuilt.read(asked, later, DEC_8, 1));

        OfflineDecision decision = decide(asked, readings, pick(HONOURS, NOV_24, "截至目前，上汽在职全国劳模共有13位。"));

        assertThat(decision.newerReport()).isTrue();
        assertThat(decision.pickerAnswers()).isFalse();
        assertThat(decision.answering()).map(r -> r.article().id()).contains("honours-later");
        assertThat(decision.earlier()).map(r -> r.article().id()).contains("honours");
    }

    @ParameterizedTest(name = "\"{1}\" for \"{0}\": lacks what is asked {2}")
    @CsvSource(delimiter = '|', textBlock = """
            上汽在职的全国劳模有几位？  | 截至目前，上汽在职全国劳模共有13位。 | false
            上汽在职的全国劳模有几位？  | 11月24日，表彰大会在北京举行。       | true
            公司投资了多少钱            | 公司投资3.5亿元建设新厂。            | false
            公司投资了多少钱            | 公司建设新厂。                       | true
            """)
    void aQuoteLacksWhatIsAskedWithoutASpanOfTheAskedKindAndUnit(String question, String quote, boolean lacks) {
        assertThat(OfflineDecision.lacksAsked(Asked.of(question), quote)).isEqualTo(lacks);
    }

    @ParameterizedTest(name = "\"{1}\" for \"{0}\": lists {2}")
    @CsvSource(delimiter = '|', textBlock = """
            有哪些人获得了称号          | 仇杰、张生春和黄元毅获得称号。              | true
            有哪些人获得了称号          | 仇杰获得称号。                              | false
            劳模精神包括哪些内容        | 爱岗敬业、争创一流和艰苦奋斗都是劳模精神。  | true
            劳模精神包括哪些内容        | 劳模精神值得学习。                          | false
            """)
    void aQuoteEnumeratesWhenItHoldsEnoughItemsOfTheAskedKind(String question, String quote, boolean enumerates) {
        assertThat(OfflineDecision.enumerates(Asked.of(question), quote)).isEqualTo(enumerates);
    }

    @Test
    void theAskedNounIsHeldWholeOrByItsLastWord() {
        Asked asked = Asked.of("表彰大会在哪一天举行？");

        assertThat(OfflineDecision.holdsFocus(asked, "表彰大会于昨日召开")).isTrue();
        assertThat(OfflineDecision.holdsFocus(asked, "大会于昨日召开")).isTrue();
        assertThat(OfflineDecision.holdsFocus(asked, "会议于昨日召开")).isFalse();
    }
}
