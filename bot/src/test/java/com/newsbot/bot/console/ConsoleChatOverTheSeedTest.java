package com.newsbot.bot.console;

import com.newsbot.bot.SeedPaper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Acceptance: the console chat over the real seed, with the real index and answer composer. */
class ConsoleChatOverTheSeedTest {
    private static final SeedPaper paper = SeedPaper.open();
    private static final ConsoleChat chat = new ConsoleChat(paper.handler(), paper.prompts());

    @AfterAll
    static void close() {
        paper.close();
    }

    private static String chat(String input) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = chat.run(new BufferedReader(new StringReader(input)), new PrintStream(output, true, StandardCharsets.UTF_8), false);
        assertThat(exit).isZero();
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_question_about_the_seed_is_answered_with_its_source_and_a_way_to_open_it() {
        String output = chat("谁荣获了“全国劳动模范”称号？\n");

        assertThat(output).contains("仇杰", "[1]", "来源：", "2020年11月24日", "→ /source ");
    }

    @Test
    void search_then_source_opens_the_whole_cleaned_article() {
        String found = chat("/search 全国劳动模范\n");
        Matcher button = Pattern.compile("→ /source (\\S+)").matcher(found);
        assertThat(button.find()).isTrue();

        String article = chat("/source " + button.group(1) + "\n");

        assertThat(article).contains("仇杰", "作者：", "2020年11月24日");
    }

    @Test
    void latest_summarizes_the_seed_issue_with_a_way_to_open_each_article() throws Exception {
        String output = chat("/latest\n");

        assertThat(output).contains("最新一期：", "2020年11月24日", "仇杰等四人荣获“全国劳动模范”称号", "本期短评与专栏");
        for (var article : paper.index().issues().get(0).articles()) {
            assertThat(output).contains("→ /source " + article.id() + " ");
        }
    }

    @Test
    void a_follow_up_is_answered_in_the_same_chat() {
        String output = chat("谁荣获了“全国劳动模范”称号？\n表彰大会在哪里举行？\n");

        assertThat(output).contains("人民大会堂").doesNotContain("抱歉，处理您的消息时出了点问题");
    }

    @Test
    void a_question_the_paper_does_not_cover_gets_a_polite_answer() {
        String output = chat("火星基地的食堂几点开门？\n");

        assertThat(output).doesNotContain("抱歉，处理您的消息时出了点问题").isNotBlank();
    }
}
