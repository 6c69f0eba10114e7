package com.newsbot.bot.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question about who wrote an article (劳模那篇是谁写的？ / 微评的作者是谁？): its byline answers it, not a
 * sentence of its text. What is left of the question once the asking words are taken out names the article.
 */
final class Bylines {
    /**
     * 谁写的 / 是谁写的 / 谁写了, or 作者是谁 / 的作者是？/ 记者是哪位 / 作者是什么职务 (a byline names the author with their
     * position); 作者 alone only when the question ends there.
     */
    private static final Pattern ASKS = Pattern.compile(
            "(?:是)?(?:谁|哪位|哪个人|什么人)(?:写|撰写|执笔|采写)(?:的|了)?"
                    + "|(?:的)?(?:作者|撰稿人|执笔人|记者)(?:是谁|是哪位|是什么人|叫什么(?:名字)?|的?(?:是)?(?:什么|哪个)?(?:职务|职位|身份|单位)"
                    + "|是(?=\\s*[？?]?\\s*$)|(?=\\s*[？?]?\\s*$))");
    /** Words that point at an article without saying what it is about. */
    private static final Pattern ARTICLE_WORDS = Pattern.compile(
            "这一?篇|那一?篇|这篇文章|那篇文章|文章|稿子|报道|新闻|篇|呢|吗");

    /** What is left of a question word once the asking words are out (微评作者的职务是什么？ → 微评 是什么). */
    private static final Pattern QUESTION_WORDS = Pattern.compile("(?:^|(?<=\\s))(?:是什么|什么|是|的)(?=\\s|$)");

    private Bylines() {
    }

    /**
     * What names the article in a question asking who wrote it (劳模那篇是谁写的？ → 劳模), "" when only a pointer is left
     * (这篇是谁写的？), or empty when the question does not ask who wrote something.
     */
    static Optional<String> subject(String question) {
        Matcher m = ASKS.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        String rest = (question.substring(0, m.start()) + " " + question.substring(m.end()))
                .replaceAll("[？?！!。，,、：:“”\"《》\\s]+", " ");
        rest = ARTICLE_WORDS.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").strip();
        rest = QUESTION_WORDS.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return Optional.of(rest);
    }
}
