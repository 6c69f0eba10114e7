package com.newsbot.bot.chat;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Turn;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleHit;
import com.newsbot.retrieval.Issue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationHandlerTest {
    private static final String ME = "test:1";

    private final Newspaper paper = new Newspaper();
    private final ConversationHandler handler = new ConversationHandler(paper, paper, paper, new Prompts());

    private Reply say(String text) {
        return handler.handle(new IncomingMessage(ME, text));
    }

    @Test
    void help_lists_every_command() {
        String help = say("/help").plainText();

        assertThat(help).contains("/latest", "/search", "/source", "/help");
    }

    @Test
    void start_greets_and_forgets_the_conversation() {
        say("劳模有谁？");

        Reply start = say("/start");
        say("他们是哪天表彰的？");

        assertThat(start.plainText()).contains("/latest");
        assertThat(paper.histories().get(1)).isEmpty();
    }

    @Test
    void question_is_answered_with_citations_and_a_button_to_the_cited_article() {
        Reply reply = say("劳模有谁？");

        assertThat(reply.paragraphs().get(0).plainText()).contains("仇杰").contains("[1]");
        assertThat(reply.buttons()).extracting(Button::articleId).containsExactly(paper.articleByKey("a1").id());
    }

    @Test
    void source_is_named_under_the_answer_with_title_issue_and_date() {
        Reply reply = say("劳模有谁？");

        String sources = reply.paragraphs().get(1).plainText();
        assertThat(sources).contains("来源", "[1]", "仇杰等四人荣获“全国劳动模范”称号", "上汽报·第1期", "2020年11月24日");
        assertThat(reply.paragraphs().get(1).spans().get(0).style()).isEqualTo(Span.Style.BOLD);
    }

    @Test
    void follow_up_is_asked_with_the_previous_turns_as_history() {
        say("劳模有谁？");

        Reply followUp = say("他们是哪天表彰的？");

        List<Turn> history = paper.histories().get(1);
        assertThat(history).extracting(Turn::question).containsExactly("劳模有谁？");
        assertThat(followUp.plainText()).contains("11月24日");
        assertThat(followUp.buttons()).extracting(Button::articleId).containsExactly(paper.articleByKey("a1").id());
    }

    @Test
    void conversations_do_not_share_memory() {
        say("劳模有谁？");

        handler.handle(new IncomingMessage("test:2", "他们是哪天表彰的？"));

        assertThat(paper.histories().get(1)).isEmpty();
    }

    @Test
    void not_found_says_so_politely_and_offers_the_closest_articles_as_buttons() {
        Reply reply = say("食堂几点开门？");

        assertThat(reply.paragraphs()).extracting(Paragraph::plainText).containsExactly("报纸里没有提到这个问题。");
        assertThat(reply.buttons()).extracting(Button::articleId).containsExactly(paper.articleByKey("a1").id());
    }

    @Test
    void not_found_lists_only_the_articles_the_answerer_found_related_never_a_search_of_its_own() {
        Answerer nothing = (question, history) -> new Answer(question, false, "", AnswerMode.EXTRACTIVE, List.of(), List.of(), 1);
        ConversationHandler handler = new ConversationHandler(nothing, paper, paper, new Prompts());

        Reply reply = handler.handle(new IncomingMessage(ME, "劳动"));

        assertThat(reply.paragraphs().get(0).plainText()).contains("没有找到");
        assertThat(reply.buttons()).isEmpty();
    }

    @Test
    void an_issue_without_a_name_is_named_by_its_date() {
        Newspaper unnamed = new Newspaper();
        ArticleSource noNames = new ArticleSource() {
            @Override
            public List<ArticleHit> search(String query, int maxResults) {
                return unnamed.search(query, maxResults);
            }

            @Override
            public List<ArticleHit> search(String query, int maxResults, java.time.LocalDate from, java.time.LocalDate to) {
                return unnamed.search(query, maxResults, from, to);
            }

            @Override
            public Optional<Article> article(String articleId) {
                return unnamed.article(articleId);
            }

            @Override
            public Optional<Issue> issue(String issueId) {
                return Optional.of(unnamedIssue());
            }

            @Override
            public List<Issue> issues() {
                return List.of(unnamedIssue());
            }

            @Override
            public java.util.Map<String, Integer> articleCounts() {
                return unnamed.articleCounts();
            }

            private Issue unnamedIssue() {
                Issue issue = unnamed.issue();
                return new Issue(issue.id(), "", "", issue.date(), "", issue.source(), "", issue.articles());
            }
        };
        ConversationHandler handler = new ConversationHandler(unnamed, unnamed, noNames, new Prompts());

        Reply reply = handler.handle(new IncomingMessage(ME, "/source " + unnamed.articleByKey("a1").id()));

        assertThat(reply.paragraphs().get(1).plainText()).isEqualTo("作者：林芸\n2020年11月24日");
    }

    @Test
    void latest_names_the_issue_and_lists_stories_then_sidebars_each_with_a_button() {
        Reply reply = say("/latest");

        String text = reply.plainText();
        assertThat(reply.paragraphs().get(0).plainText()).contains("上汽报·第1期", "2020年11月24日");
        assertThat(text).contains("仇杰、张生春、黄元毅和丁波荣获", "本期短评与专栏");
        assertThat(text.indexOf("微评：劳动最光荣")).isGreaterThan(text.indexOf("本期短评与专栏"));
        assertThat(text.indexOf("本期短评与专栏")).isGreaterThan(text.indexOf("仇杰等四人荣获"));
        assertThat(reply.buttons()).extracting(Button::articleId).containsExactly(
                paper.articleByKey("a1").id(), paper.articleByKey("a2").id(), paper.articleByKey("a3").id());
    }

    @Test
    void latest_without_any_issue_says_there_is_none() {
        ConversationHandler empty = new ConversationHandler(paper, IssueSummaries.of(Optional::empty, id -> Optional.empty()), paper, new Prompts());

        Reply reply = empty.handle(new IncomingMessage(ME, "/latest"));

        assertThat(reply.plainText()).contains("还没有");
        assertThat(reply.buttons()).isEmpty();
    }

    @Test
    void search_lists_the_best_articles_with_buttons() {
        Reply reply = say("/search 劳动");

        assertThat(reply.plainText()).contains("劳动", "仇杰等四人荣获", "上汽报·第1期");
        assertThat(reply.buttons()).extracting(Button::articleId)
                .contains(paper.articleByKey("a1").id(), paper.articleByKey("a3").id());
    }

    @Test
    void search_without_a_query_explains_the_usage_and_a_miss_says_so() {
        assertThat(say("/search").plainText()).contains("/search 劳动模范");
        assertThat(say("/search 火星基地").plainText()).contains("没有找到", "火星基地");
    }

    @Test
    void source_shows_the_whole_cleaned_article() {
        Reply reply = say("/source " + paper.articleByKey("a1").id());

        assertThat(reply.paragraphs().get(0).plainText()).isEqualTo("仇杰等四人荣获“全国劳动模范”称号");
        assertThat(reply.plainText()).contains("作者：林芸", "上汽报·第1期", "2020年11月24日",
                "11月24日，2020年全国劳动模范", "上汽集团技术中心副主任仇杰");
    }

    @Test
    void opening_an_article_from_a_button_shows_the_same_as_source() {
        String id = paper.articleByKey("a3").id();

        assertThat(handler.openArticle(ME, id)).isEqualTo(say("/source " + id));
    }

    @Test
    void unknown_article_and_missing_id_get_polite_messages() {
        assertThat(say("/source nope").plainText()).contains("没有找到", "nope");
        assertThat(say("/source").plainText()).contains("/source");
    }

    @Test
    void a_failing_answerer_gets_an_apology_not_an_exception() {
        Reply reply = say("boom");

        assertThat(reply.plainText()).contains("抱歉");
    }

    @Test
    void greetings_thanks_and_goodbyes_get_a_short_reply_and_are_not_asked_of_the_paper() {
        say("劳模有谁？");

        Reply hello = say("你好！");
        Reply hi = say("Hi 👋");
        Reply thanks = say("谢谢～");
        Reply okThanks = say("好的，谢谢！");
        Reply ok = say("好的");
        Reply bye = say("再见");
        Reply followUp = say("他们是哪天表彰的？");

        assertThat(hello.plainText()).contains("/help");
        assertThat(hi.plainText()).isEqualTo(hello.plainText());
        assertThat(thanks.plainText()).contains("不客气");
        assertThat(okThanks.plainText()).contains("不客气");
        assertThat(ok.plainText()).doesNotContain("不客气").contains("随时问我");
        assertThat(bye.plainText()).contains("再见");
        assertThat(paper.questions()).containsExactly("劳模有谁？", "他们是哪天表彰的？");
        assertThat(paper.histories().get(1)).extracting(Turn::question).containsExactly("劳模有谁？");
        assertThat(followUp.plainText()).contains("11月24日");
    }

    @Test
    void a_question_about_the_whole_issue_gets_its_summary_or_its_date_and_size() {
        Reply contents = say("这期报纸讲了什么？");
        Reply summary = say("/latest");
        Reply facts = say("这期有几篇文章？");
        Reply date = say("最新一期是哪天出的？");

        assertThat(contents.plainText()).isEqualTo(summary.plainText());
        assertThat(contents.buttons()).isEqualTo(summary.buttons());
        assertThat(facts.plainText()).contains("2020年11月24日", "/latest").containsPattern("共有\\d+篇文章");
        assertThat(date.plainText()).isEqualTo(facts.plainText());
        assertThat(say("這期報紙講了什麼？").plainText()).isEqualTo(summary.plainText());
        assertThat(say("謝謝！").plainText()).contains("不客气");
        assertThat(paper.questions()).isEmpty();
    }

    @Test
    void a_question_about_a_subject_in_the_issue_is_asked_of_the_paper() {
        say("这期报纸讲了上汽在欧洲市场的情况吗？");
        say("这期有几篇关于劳模的文章？");

        assertThat(paper.questions()).containsExactly("这期报纸讲了上汽在欧洲市场的情况吗？", "这期有几篇关于劳模的文章？");
    }

    @Test
    void a_question_that_starts_with_thanks_is_still_a_question() {
        say("谢谢，劳模有谁？");
        say("你好，劳模有谁？");

        assertThat(paper.questions()).containsExactly("谢谢，劳模有谁？", "你好，劳模有谁？");
    }

    @Test
    void an_over_long_question_is_refused_without_asking_the_answerer() {
        Reply reply = say("问".repeat(6000));

        assertThat(reply.plainText()).contains("6000", String.valueOf(ConversationHandler.MAX_QUESTION_LENGTH));
        assertThat(paper.questions()).isEmpty();
    }

    @Test
    void unknown_commands_and_empty_messages_point_to_help() {
        assertThat(say("/weather").plainText()).contains("/weather", "/help");
        assertThat(say("   ").plainText()).contains("/help");
    }

    @Test
    void hostile_text_stays_plain_text_in_the_reply() {
        Reply reply = say("hostile");

        assertThat(reply.paragraphs().get(0).spans()).containsExactly(Span.plain(Newspaper.HOSTILE_ANSWER));
    }
}
