package com.newsbot.bot.answer.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbot.bot.Prompts;
import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.StandInLlm.Reply;
import com.newsbot.bot.StandInLlm;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.Turn;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LLM path with the real LangChain4j OpenAiChatModel against a stand-in OpenAI-compatible server on
 * loopback, over a real index of the seed issue.
 */
class LlmAnswerTest {
    private static final String QUESTION = "上汽在职的全国劳模有几位？";
    private static final Pattern PASSAGE = Pattern.compile("\\[(\\d+)] 《");

    static final NewsIndex index = SeedIndex.shared();
    @AutoClose
    static final StandInLlmComposer standIn = StandInLlmComposer.start(index, "sk-test-secret", "1.5");
    static final StandInLlm llm = standIn.llm();
    static final AnswerComposer composer = standIn.composer();

    @BeforeEach
    void clear() {
        llm.clear();
    }

    /** The number the request gave the passage holding {@code needle}. */
    static int passageHolding(String requestBody, String needle) {
        String user = userMessage(requestBody);
        Matcher m = PASSAGE.matcher(user);
        int n = -1;
        int start = -1;
        while (m.find()) {
            if (n > 0 && user.substring(start, m.start()).contains(needle)) {
                return n;
            }
            n = Integer.parseInt(m.group(1));
            start = m.start();
        }
        return n > 0 && user.substring(start).contains(needle) ? n : -1;
    }

    static String userMessage(String requestBody) {
        try {
            for (JsonNode message : new ObjectMapper().readTree(requestBody).path("messages")) {
                if (message.path("role").asText().equals("user")) {
                    return message.path("content").asText();
                }
            }
            return "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String systemMessage(String requestBody) throws IOException {
        for (JsonNode message : new ObjectMapper().readTree(requestBody).path("messages")) {
            if (message.path("role").asText().equals("system")) {
                return message.path("content").asText();
            }
        }
        return "";
    }

    private static void assertQuotesAreExact(Answer answer) throws IOException {
        for (Citation c : answer.citations()) {
            Article article = index.article(c.articleId()).orElseThrow();
            assertThat(article.text().substring(c.start(), c.end())).isEqualTo(c.quote());
        }
    }

    @Test
    void groundedAnswerIsKeptWithItsCitationAndTheModelSawNumberedPassagesAndTheSystemPrompt() throws Exception {
        llm.replyWith(body -> Reply.content("上汽在职全国劳模共有13位[" + passageHolding(body, "13位") + "]。"));

        Answer answer = composer.answer(QUESTION);

        assertThat(answer.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("13位").contains("[1]");
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.n()).isEqualTo(1);
            assertThat(c.quote()).contains("13位");
        });
        assertQuotesAreExact(answer);
        assertThat(llm.requests()).hasSize(1);
        String request = llm.requests().get(0);
        assertThat(systemMessage(request)).isEqualTo(new Prompts().text("answer-system.zh.txt"));
        assertThat(userMessage(request)).contains("[1] 《", "[2] 《", QUESTION, "13位");
    }

    @Test
    void citationOfAPassageTheModelWasNotGivenIsRemoved() {
        llm.replyWith(body -> Reply.content("上汽在职全国劳模共有13位[" + passageHolding(body, "13位") + "][7]。"));

        Answer answer = composer.answer(QUESTION);

        assertThat(answer.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(answer.text()).contains("13位").contains("[1]").doesNotContain("[7]");
        assertThat(answer.citations()).hasSize(1);
    }

    @Test
    void sentenceItsCitedPassageDoesNotSupportIsRemovedAndCitationsAreRenumbered() {
        llm.replyWith(body -> {
            int n = passageHolding(body, "13位");
            int other = n == 1 ? 2 : 1;
            return Reply.content("上汽集团董事长王大明在年会上宣布了新的海外工厂计划[" + other + "]。上汽在职全国劳模共有13位[" + n + "]。");
        });

        Answer answer = composer.answer(QUESTION);

        assertThat(answer.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(answer.text()).doesNotContain("王大明").doesNotContain("海外工厂").contains("13位 [1]");
        assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.quote()).contains("13位"));
    }

    @Test
    void answerWithNothingSupportedFallsBackToTheOfflineAnswer() {
        llm.replyWith(body -> Reply.content("上汽集团董事长王大明宣布在欧洲新建三座工厂[1]。"));

        Answer answer = composer.answer(QUESTION);

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.text()).contains("13位").doesNotContain("王大明");
    }

    @Test
    void slowModelFallsBackToTheOfflineAnswerWithinTheTimeout() {
        llm.replyWith(body -> Reply.content("上汽在职全国劳模共有13位[1]。").delayed(6_000));

        long start = System.nanoTime();
        Answer answer = composer.answer(QUESTION);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.text()).contains("13位");
        assertThat(millis).isBetween(1_400L, 3_500L);
        assertThat(answer.latencyMs()).isLessThan(3_500L);
    }

    @Test
    void serverErrorFallsBackToTheOfflineAnswer() {
        llm.replyWith(body -> Reply.status(500, "{\"error\":{\"message\":\"boom\"}}"));

        Answer answer = composer.answer(QUESTION);

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.text()).contains("13位");
    }

    @Test
    void rateLimitFallsBackAtOnceWithoutRetrying() {
        llm.replyWith(body -> Reply.status(429, "{\"error\":{\"message\":\"slow down\"}}"));

        Answer answer = composer.answer(QUESTION);

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.text()).contains("13位");
        assertThat(llm.requests()).hasSize(1);
    }

    @Test
    void garbageBodyFallsBackToTheOfflineAnswer() {
        llm.replyWith(body -> Reply.status(200, "<html>this is not json"));

        Answer answer = composer.answer(QUESTION);

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.text()).contains("13位");
    }

    @Test
    void emptyAnswerFallsBackToTheOfflineAnswer() {
        llm.replyWith(body -> Reply.content(""));

        Answer answer = composer.answer(QUESTION);

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.found()).isTrue();
    }

    @Test
    void modelThatSaysThePassagesDoNotAnswerLeavesTheOfflineAnswer() {
        llm.replyWith(body -> Reply.content(LlmAnswerer.NOT_FOUND_MARK));

        Answer answer = composer.answer(QUESTION);

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.text()).contains("13位");
    }

    @Test
    void aClaimThePassagesDoNotHoldIsDroppedAndTheQuestionIsNotFound() {
        llm.replyWith(body -> Reply.content("上汽集团的董事长是王晓秋[1]。"));

        Answer answer = composer.answer("上汽集团的董事长是谁？");

        assertThat(llm.requests()).as("the model sees the best passages even below the offline gate").isNotEmpty();
        assertThat(answer.found()).isFalse();
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void aQuestionTheOfflineGateRefusesStillReachesTheModelWhichAnswersFromThePassages() {
        String question = "联创跟大陆那个合作，到底要一起搞些啥东西？";
        llm.replyWith(body -> userMessage(body).contains("智能驾驶")
                ? Reply.content("双方将围绕智能驾驶汽车核心技术进行全方位合作[1]。")
                : Reply.content(LlmAnswerer.NOT_FOUND_MARK));

        Answer answer = composer.answer(question);

        assertThat(answer.found()).isTrue();
        assertThat(answer.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(answer.text()).contains("智能驾驶汽车核心技术");
        assertThat(answer.citations().get(0).title()).contains("联创汽车电子与大陆集团达成战略合作");
    }

    @Test
    void followUpIsRewrittenByTheModelBeforeRetrieval() {
        String previous = "联创汽车电子和哪家公司达成了战略合作？";
        llm.replyWith(body -> {
            if (userMessage(body).contains("新问题")) {
                return Reply.content("联创汽车电子与大陆集团是哪天签署战略合作备忘录的？");
            }
            int n = passageHolding(body, "11月23日");
            return n > 0 ? Reply.content("双方于11月23日签署战略合作备忘录[" + n + "]。") : Reply.content(LlmAnswerer.NOT_FOUND_MARK);
        });
        Answer first = composer.answer(previous);

        Answer answer = composer.answer("他们是哪天签的？", List.of(new Turn(previous, first)));

        assertThat(answer.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(answer.text()).contains("11月23日");
        assertThat(llm.requests()).anySatisfy(r -> assertThat(userMessage(r)).contains("他们是哪天签的", previous));
    }

    @Test
    void followUpFallsBackToOfflineResolutionWhenTheModelFails() {
        String previous = "联创汽车电子和哪家公司达成了战略合作？";
        llm.replyWith(body -> Reply.status(503, "{}"));
        Answer first = composer.answer(previous);

        Answer answer = composer.answer("他们是哪天签的？", List.of(new Turn(previous, first)));

        assertThat(answer.mode()).isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(answer.text()).contains("11月23日");
    }
}
