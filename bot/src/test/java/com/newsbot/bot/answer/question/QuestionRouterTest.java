package com.newsbot.bot.answer.question;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The router alone: a message's text in, its {@link Intent} out, with no index and no answer. */
class QuestionRouterTest {
    private final QuestionRouter router = new QuestionRouter();

    @ParameterizedTest(name = "\"{0}\" is small talk: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            你好            | GREETING
            您好！          | GREETING
            Hello~          | GREETING
            早安            | GREETING
            谢谢你！        | THANKS
            好的，谢谢      | THANKS
            謝謝            | THANKS
            收到            | ACKNOWLEDGED
            OK              | ACKNOWLEDGED
            明白了。        | ACKNOWLEDGED
            拜拜            | GOODBYE
            '  再见。 '     | GOODBYE
            """)
    void aGreetingThanksOrGoodbyeThatIsTheWholeMessageIsSmallTalk(String message, Intent.Talk talk) {
        assertThat(router.route(message)).isEqualTo(new Intent.SmallTalk(talk));
    }

    @ParameterizedTest(name = "\"{0}\" asks about the whole issue: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            这期报纸讲了什么？    | CONTENTS
            这期有几篇文章？      | FACTS
            最新一期是哪天出的？  | FACTS
            """)
    void aQuestionAboutTheWholeIssueGoesToTheIssueNotItsArticles(String message, Intent.Aspect aspect) {
        assertThat(router.route(message)).isEqualTo(new Intent.WholeIssue(aspect));
    }

    @ParameterizedTest(name = "\"{0}\" is a question of form {1}")
    @CsvSource(delimiter = '|', textBlock = """
            第二篇讲了什么？              | NTH_STORY
            第三篇文章说的是啥            | NTH_STORY
            微评是谁写的？                | BYLINE
            那篇关于劳模的报道是谁写的    | BYLINE
            什么是2-BOX制动系统？         | DEFINITION
            工匠精神是什么意思            | DEFINITION
            上汽有多少位全国劳模？        | PLAIN
            你好，劳模有几位？            | PLAIN
            12345                         | PLAIN
            """)
    void aQuestionToThePaperKeepsItsTextAndGetsItsForm(String message, Intent.Form form) {
        assertThat(router.route(message)).isEqualTo(new Intent.Ask(message, form));
    }

    @ParameterizedTest(name = "\"{0}\" has no Chinese in it")
    @CsvSource(delimiter = '|', textBlock = """
            What is this paper about?
            How many model workers does SAIC have?
            """)
    void aMessageWithLettersButNoChineseIsForeign(String message) {
        assertThat(router.route(" " + message + " ")).isEqualTo(new Intent.Foreign(message));
    }

    @ParameterizedTest(name = "\"{0}\" foreign: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Who won the welding contest?     | true
            hello                            | false
            thanks                           | false
            12345                            | false
            上汽有几位劳模？                 | false
            What is 上汽?                    | false
            Wer hat den Wettbewerb gewonnen? | true
            """)
    void theAnswerPathsForeignCheckSaysWhatTheRouterWouldSay(String message, boolean foreign) {
        assertThat(router.foreign(message)).isEqualTo(foreign);
        assertThat(router.route(message) instanceof Intent.Foreign).isEqualTo(foreign);
    }
}
