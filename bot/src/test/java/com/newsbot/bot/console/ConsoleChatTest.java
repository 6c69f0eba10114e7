package com.newsbot.bot.console;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.Newspaper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleChatTest {
    private final Newspaper paper = new Newspaper();
    private final Prompts prompts = new Prompts();
    private final ConsoleChat chat = new ConsoleChat(new ConversationHandler(paper, paper, paper, prompts), prompts);
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private int run(String input, boolean interactive) {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        return chat.run(new BufferedReader(new StringReader(input)), out, interactive);
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void piped_questions_are_answered_in_order_and_the_chat_ends_normally_at_end_of_input() {
        int exit = run("劳模有谁？\n\n他们是哪天表彰的？\n", false);

        assertThat(exit).isZero();
        assertThat(output()).contains("仇杰", "11月24日");
        assertThat(output().indexOf("仇杰")).isLessThan(output().indexOf("11月24日[1]"));
        assertThat(paper.questions()).containsExactly("劳模有谁？", "他们是哪天表彰的？");
        assertThat(paper.histories().get(1)).hasSize(1);
    }

    @Test
    void buttons_are_printed_as_source_commands_that_work_when_typed() {
        String id = paper.articleByKey("a1").id();

        run("劳模有谁？\n/source " + id + "\n", false);

        assertThat(output()).contains("→ /source " + id + "  打开原文：仇杰等四人荣获");
        assertThat(output()).contains("作者：林芸", "上汽集团技术中心副主任仇杰等四人荣获");
    }

    @Test
    void latest_and_help_work_like_in_every_front_end() {
        run("/latest\n/help\n", false);

        assertThat(output()).contains("上汽报·第1期", "→ /source " + paper.articleByKey("a3").id(), "/search");
    }

    @Test
    void help_in_the_console_names_no_buttons_and_no_subscribing_which_the_console_lacks() {
        run("/help\n", false);

        assertThat(output()).contains("/latest", "/exit").doesNotContain("👍", "/subscribe", "/more");
    }

    @Test
    void piped_output_has_no_prompt_and_no_greeting() {
        run("/help\n", false);

        assertThat(output()).doesNotStartWith(">").doesNotContain(prompts.text("console-welcome.zh.txt"));
    }

    @Test
    void an_interactive_chat_greets_prompts_and_stops_on_exit() {
        int exit = run("/exit\n劳模有谁？\n", true);

        assertThat(exit).isZero();
        assertThat(output()).contains(prompts.text("console-welcome.zh.txt"), "> ", prompts.text("console-goodbye.zh.txt"));
        assertThat(paper.questions()).isEmpty();
    }

    @Test
    void unreadable_input_ends_the_chat_with_a_failure_code() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("stdin is gone");
            }

            @Override
            public void close() {
            }
        };

        int exit = chat.run(new BufferedReader(broken), new PrintStream(output, true, StandardCharsets.UTF_8), false);

        assertThat(exit).isEqualTo(1);
    }
}
