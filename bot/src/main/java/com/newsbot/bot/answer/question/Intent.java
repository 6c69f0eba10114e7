package com.newsbot.bot.answer.question;

/**
 * What a message asks of the bot, as {@link QuestionRouter} reads it: every front end (ask, console, Telegram) acts on
 * the same intent, so the same message gets the same answer everywhere.
 */
public sealed interface Intent {

    /** A greeting, thanks, an acknowledgement or a goodbye: a short reply of its own, not a question to the paper. */
    record SmallTalk(Talk talk) implements Intent {
    }

    /** The kinds of small talk. */
    enum Talk { GREETING, THANKS, ACKNOWLEDGED, GOODBYE }

    /** A question about a whole issue rather than what its articles say: its contents (a summary) or its facts. */
    record WholeIssue(Aspect aspect) implements Intent {
    }

    /** What is asked about a whole issue. */
    enum Aspect { CONTENTS, FACTS }

    /** A message in a language other than Chinese; offline, the reply says the paper is Chinese. */
    record Foreign(String text) implements Intent {
    }

    /** A question for the paper, of a {@link Form}. */
    record Ask(String text, Form form) implements Intent {
    }

    /** The form of a question to the paper; each has its own way of being answered. */
    enum Form {
        /** 第二篇讲了什么？ */
        NTH_STORY,
        /** 微评是谁写的？ */
        BYLINE,
        /** 什么是X？ / X是什么意思？ */
        DEFINITION,
        /** Anything else: answered from the passages that answer it. */
        PLAIN
    }
}
