package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.SeedIndex;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.summary.IssueSummarizer;
import com.newsbot.retrieval.NewsIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversations over the seed issue, through the real handler, index (with bge-small-zh vectors), composer, summarizer
 * and turn acts: follow-ups, the source, corrections, whole-issue requests and a story from the summary, in the team's
 * own words.
 */
class ConversationOverTheSeedTest {
    static NewsIndex index;
    static AnswerComposer composer;
    static IssueSummarizer summarizer;
    static ConversationHandler handler;
    private static final AtomicInteger chats = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        index = SeedIndex.sharedWithEmbeddings();
        composer = new AnswerComposer(index);
        summarizer = new IssueSummarizer(index);
        handler = new ConversationHandler(Answerer.of(composer), IssueSummaries.of(summarizer::latest, summarizer::of),
                new IndexedArticles(index), new Prompts(), index.embeddingModel().orElseThrow());
    }

    @AfterAll
    static void close() throws Exception {
        composer.close();
        summarizer.close();
    }

    private static String newChat() {
        return "seed-chat-" + chats.incrementAndGet();
    }

    @Test
    void aFollowUpNamingNothingNewIsAnsweredFromTheArticleTalkedAbout() {
        String chat = newChat();
        Answer first = handler.ask(chat, "联创汽车电子跟哪家公司搞了战略合作？");
        assertThat(first.citations().get(0).title()).contains("联创汽车电子");

        Answer next = handler.ask(chat, "双方的备忘录是哪天签的？");

        assertThat(next.found()).isTrue();
        assertThat(next.text()).contains("11月23日");
        assertThat(next.citations().get(0).title()).contains("联创汽车电子");
    }

    @Test
    void aFollowUpInTheReadersOwnWordsIsAnsweredFromTheSentenceThatMeansIt() {
        // given a chat about the partnership story
        String chat = newChat();
        handler.ask(chat, "联创汽车电子跟哪家公司搞了战略合作？");

        // when the reader asks in words the article does not use (国内, 往哪儿做: not 本土, 业务, 拓展)
        Answer next = handler.ask(chat, "这回合作除了国内，还打算往哪儿做？");

        // then the answer quotes the sentence about reaching customers abroad, from the same story
        assertThat(next.found()).isTrue();
        assertThat(next.citations().get(0).title()).contains("联创汽车电子");
        assertThat(next.text()).contains("国外客户");
    }

    @Test
    void whoWroteTheStoryTalkedAboutIsAnsweredByItsByline() {
        // given a chat about the partnership story (首席记者 阮希琼)
        String chat = newChat();
        handler.ask(chat, "联创汽车电子跟哪家公司搞了战略合作？");

        // when the reader asks who wrote it, naming nothing
        Answer who = handler.ask(chat, "这篇是哪个记者写的？");

        // then the byline of that story answers, with the story cited
        assertThat(who.found()).isTrue();
        assertThat(who.text()).contains("阮希琼");
        assertThat(who.citations().get(0).title()).contains("联创汽车电子");
    }

    @Test
    void askingForTheSourceCitesTheArticleTheLastAnswerUsedWithItsButton() {
        String chat = newChat();
        Answer first = handler.ask(chat, "上汽在职的全国劳模有几位？");
        String article = first.citations().get(0).articleId();

        Reply reply = handler.handle(new IncomingMessage(chat, "这条的原文发我一下"));

        assertThat(reply.buttons()).extracting(Button::target).contains(article);
        Answer again = handler.ask(newChatAfter("上汽在职的全国劳模有几位？"), "出处在哪里");
        assertThat(again.citations().get(0).articleId()).isEqualTo(article);
    }

    @Test
    void aCorrectionDropsWhatWasMisunderstoodAndAnswersWhatWasMeant() {
        String chat = newChat();
        handler.ask(chat, "上汽在职的全国劳模有几位？");

        Answer corrected = handler.ask(chat, "不是这个，我想问的是联创汽车电子和哪家公司合作？");

        assertThat(corrected.found()).isTrue();
        assertThat(corrected.citations().get(0).title()).contains("联创汽车电子");
    }

    @Test
    void aWholeIssueRequestInOtherWordsGetsTheSummaryAndTheSecondStoryCanBeOpenedFromIt() {
        String chat = newChat();
        Answer summary = handler.ask(chat, "帮我过一遍这期报纸的要点");
        assertThat(summary.found()).isTrue();
        assertThat(summary.citations()).hasSizeGreaterThan(3);
        String second = summary.citations().get(1).title();

        Answer story = handler.ask(chat, "第二条展开说说");

        assertThat(story.citations().get(0).title()).isEqualTo(second);
        assertThat(story.text()).contains(second);
    }

    @Test
    void aFollowUpAfterAQuestionThePaperDoesNotCoverIsNotAnsweredFromAnUnrelatedArticle() {
        String chat = newChat();
        Answer first = handler.ask(chat, "公司食堂这周的菜单是什么？");
        assertThat(first.found()).isFalse();

        Answer next = handler.ask(chat, "那周五晚上呢？");

        assertThat(next.found()).isFalse();
    }

    @Test
    void thanksIsSmallTalkNotAQuestion() {
        String chat = newChat();
        handler.ask(chat, "上汽在职的全国劳模有几位？");

        Answer thanks = handler.ask(chat, "好嘞，感谢感谢");

        assertThat(thanks.found()).isFalse();
        assertThat(thanks.text()).isEqualTo(new Prompts().text("chat-thanks.zh.txt").strip());
    }

    @Test
    void wholeIssueRequestsSmallTalkAndTheIssueListAreToldByMeaning() {
        String chat = newChat();
        Answer summary = handler.ask(chat, "今天报上都登了些啥");
        assertThat(summary.found()).isTrue();
        assertThat(summary.citations()).hasSizeGreaterThan(3);

        Answer facts = handler.ask(newChat(), "最新那期出了多少篇稿子");
        assertThat(facts.text()).containsPattern("共有\\d+篇文章");

        Answer greeting = handler.ask(newChat(), "哈喽，在吗");
        assertThat(greeting.text()).isEqualTo(new Prompts().text("chat-greeting.zh.txt").strip());

        String issues = handler.handle(new IncomingMessage(newChat(), "/issues")).plainText();
        assertThat(handler.ask(newChat(), "往期的报纸能看哪些").text()).isEqualTo(issues);
    }

    @Test
    void anAsideAboutSomethingElseIsNotAnsweredFromTheArticleTalkedAbout() {
        String chat = newChat();
        Answer first = handler.ask(chat, "上汽在职的全国劳模有几位？");
        assertThat(first.found()).isTrue();

        Answer aside = handler.ask(chat, "顺便问一下，下午部门例会几点开始？");

        assertThat(aside.found()).isFalse();
    }

    @Test
    void askingWhenItWasPrintedNamesTheIssueAndItsDate() {
        String chat = newChat();
        Answer first = handler.ask(chat, "联创汽车电子跟哪家公司搞了战略合作？");
        String article = first.citations().get(0).articleId();

        Answer when = handler.ask(chat, "这条消息登在几号的报纸上？");

        assertThat(when.citations().get(0).articleId()).isEqualTo(article);
        assertThat(when.text()).contains(first.citations().get(0).issueName());
    }

    @Test
    void afterAQuestionNotCoveredTheArticleItPointedToIsTheStoryTalkedAbout() {
        String chat = newChat();
        Answer first = handler.ask(chat, "联创汽车电子今年营收多少？");
        assertThat(first.found()).isFalse();
        assertThat(first.related()).isNotEmpty();
        String pointed = first.related().get(0).article().id();

        Answer next = handler.ask(chat, "那双方是哪天签的备忘录？");
        assertThat(next.found()).isTrue();
        assertThat(next.text()).contains("11月23日");
        assertThat(next.citations().get(0).articleId()).isEqualTo(pointed);

        String other = newChatAfter("联创汽车电子今年营收多少？");
        assertThat(handler.ask(other, "原文在哪里看").citations().get(0).articleId()).isEqualTo(pointed);
    }

    @Test
    void aFollowUpAboutThenAfterAQuestionNotCoveredStaysWithTheStoryItPointedTo() {
        // given a question the paper does not cover, pointing to the partnership story
        String chat = newChat();
        Answer first = handler.ask(chat, "联创汽车电子今年营收多少？");
        String pointed = first.related().get(0).article().id();

        // when the reader asks about "that time", in words another story holds (劳模, 表彰)
        Answer next = handler.ask(chat, "当时表彰了几位劳模？");

        // then it is not answered from that other story: from the one pointed to, or not at all
        assertThat(!next.found() || next.citations().get(0).articleId().equals(pointed)).isTrue();
    }

    private static String newChatAfter(String question) {
        String chat = newChat();
        handler.ask(chat, question);
        return chat;
    }
}
