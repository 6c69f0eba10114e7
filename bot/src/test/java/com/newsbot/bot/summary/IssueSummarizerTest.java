package com.newsbot.bot.summary;

import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.StandInLlm;
import com.newsbot.bot.StandInLlm.Reply;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import dev.langchain4j.model.openai.OpenAiChatModel;

import static org.assertj.core.api.Assertions.assertThat;

class IssueSummarizerTest {
    static NewsIndex index;

    @BeforeAll
    static void indexTheSeed() throws Exception {
        index = SeedIndex.shared();
    }

    @Test
    void latestIssueHasItsDateThreeStoriesInPrintOrderThenTheSidebar() {
        try (IssueSummarizer summarizer = new IssueSummarizer(index)) {
            IssueSummary summary = summarizer.latest().orElseThrow();

            assertThat(summary.issueId()).isEqualTo("000_ca8ae608e85ef6a0");
            assertThat(summary.date()).isEqualTo(LocalDate.of(2020, 11, 24));
            assertThat(summary.articles()).extracting(ArticleSummary::kind)
                    .containsExactly(ArticleKind.STORY, ArticleKind.STORY, ArticleKind.STORY, ArticleKind.SIDEBAR);
            assertThat(summary.articles().get(0).title()).contains("全国劳动模范");
            assertThat(summary.articles().get(1).title()).contains("联创汽车电子");
            assertThat(summary.articles().get(2).title()).contains("用户服务平台");
            assertThat(summary.articles()).extracting(ArticleSummary::author).contains("林芸", "阮希琼");
        }
    }

    @Test
    void eachSummaryIsOneOrTwoSentencesFromItsArticleUnderTheLimit() throws Exception {
        try (IssueSummarizer summarizer = new IssueSummarizer(index)) {
            for (ArticleSummary a : summarizer.latest().orElseThrow().articles()) {
                String text = index.article(a.articleId()).orElseThrow().text();
                assertThat(a.summary()).as(a.title()).isNotBlank().hasSizeLessThanOrEqualTo(Digest.MAX_CHARS);
                for (String sentence : a.summary().split("(?<=。)")) {
                    assertThat(text).as(a.title()).contains(sentence.replaceAll("。$", ""));
                }
            }
        }
    }

    @Test
    void storySummaryCarriesTheStoryNotJustItsFirstLine() {
        try (IssueSummarizer summarizer = new IssueSummarizer(index)) {
            ArticleSummary feature = summarizer.latest().orElseThrow().articles().get(2);

            assertThat(feature.summary()).doesNotStartWith("10月的一天").contains("用户服务平台");
        }
    }

    @Test
    void namedIssueIsSummarizedAndAnUnknownOneIsEmpty() {
        try (IssueSummarizer summarizer = new IssueSummarizer(index)) {
            assertThat(summarizer.of("000_ca8ae608e85ef6a0")).isPresent();
            assertThat(summarizer.of("no-such-issue")).isEmpty();
        }
    }

    @Test
    void summaryIsComputedOnceAndCached() {
        try (IssueSummarizer summarizer = new IssueSummarizer(index)) {
            assertThat(summarizer.latest().orElseThrow()).isSameAs(summarizer.latest().orElseThrow());
        }
    }

    @Test
    void generatedSummaryIsUsedWhenTheArticleSupportsItAndTheOfflineOneOtherwise() throws Exception {
        try (StandInLlm llm = new StandInLlm()) {
            llm.replyWith(body -> body.contains("擎度")
                    ? Reply.content("联创汽车电子与大陆集团签署战略合作备忘录，双方将围绕智能驾驶汽车核心技术进行全方位合作。")
                    : Reply.content("本文报道了火星基地的建设进展。"));
            OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(llm.baseUrl()).apiKey("sk-test")
                    .modelName("stand-in").maxRetries(0).timeout(Duration.ofSeconds(10)).build();
            try (IssueSummarizer summarizer = new IssueSummarizer(index, model, Duration.ofSeconds(10))) {
                IssueSummary summary = summarizer.latest().orElseThrow();

                assertThat(summary.articles().get(1).summary()).startsWith("联创汽车电子与大陆集团签署战略合作备忘录，双方将围绕");
                assertThat(summary.articles()).noneSatisfy(a -> assertThat(a.summary()).contains("火星"));
                assertThat(llm.requests()).hasSize(4);
            }
        }
    }

    @Test
    void failingModelLeavesTheOfflineSummaries() throws Exception {
        try (StandInLlm llm = new StandInLlm()) {
            llm.replyWith(body -> Reply.status(500, "{}"));
            OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(llm.baseUrl()).apiKey("sk-test")
                    .modelName("stand-in").maxRetries(0).timeout(Duration.ofSeconds(10)).build();
            try (IssueSummarizer offline = new IssueSummarizer(index);
                 IssueSummarizer summarizer = new IssueSummarizer(index, model, Duration.ofSeconds(10))) {
                assertThat(summarizer.latest().orElseThrow().articles())
                        .isEqualTo(offline.latest().orElseThrow().articles());
            }
        }
    }

    /** Issue 15, finding 3, for summaries: a generated sentence with a date the article does not have (11月25日 for 11月23日) is not used. */
    @Test
    void generatedSummaryWithADateTheArticleDoesNotHaveIsNotUsed() throws Exception {
        try (StandInLlm llm = new StandInLlm()) {
            llm.replyWith(body -> body.contains("擎度")
                    ? Reply.content("联创汽车电子与大陆集团于11月25日签署战略合作备忘录，双方将围绕智能驾驶汽车核心技术进行全方位合作。")
                    : Reply.content("本文报道了火星基地的建设进展。"));
            OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(llm.baseUrl()).apiKey("sk-test")
                    .modelName("stand-in").maxRetries(0).timeout(Duration.ofSeconds(10)).build();
            try (IssueSummarizer summarizer = new IssueSummarizer(index, model, Duration.ofSeconds(10))) {
                IssueSummary summary = summarizer.latest().orElseThrow();

                assertThat(summary.articles()).noneSatisfy(a -> assertThat(a.summary()).contains("11月25日"));
            }
        }
    }
}
