package com.newsbot.bot.answer.question;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question about who wrote an article (劳模那篇是谁写的？ / 微评的作者是谁？): its byline answers it, not a
 * sentence of its text. What is left of the question once the asking words are taken out names the article.
 */
public final class Bylines {
    /**
     * 谁写的 / 是谁写的 / 谁写了, or 作者是谁 / 的作者是？/ 记者是哪位 / 作者是什么职务 (a byline names the author with their
     * position); 作者 alone only when the question ends there.
     */
    private static final Pattern ASKS = Pattern.compile(
            "(?:是)?(?:谁|哪位|哪个人|什么人)(?:写|撰写|执笔|采写)(?:的|了)?"
                    + "|(?:是)?(?:哪个|哪位|哪名|哪一位)(?:记者|作者)(?:写|撰写|执笔|采写|采访)(?:的|了)?"
                    + "|(?:的)?(?:作者|撰稿人|执笔人|记者)(?:是谁|是哪位|是什么人|叫什么(?:名字)?|的?(?:是)?(?:什么|哪个)?(?:职务|职位|身份|单位)"
                    + "|是(?=\\s*[？?]?\\s*$)|(?=\\s*[？?]?\\s*$))");
    /** Words that point at an article without saying what it is about. */
    private static final Pattern ARTICLE_WORDS = Pattern.compile(
            "这一?篇|那一?篇|这篇文章|那篇文章|文章|稿子|报道|新闻|篇|呢|吗");

    /** What is left of a question word once the asking words are out (微评作者的职务是什么？ → 微评 是什么). */
    private static final Pattern QUESTION_WORDS = Pattern.compile("(?:^|(?<=\\s))(?:是什么|什么|是|的)(?=\\s|$)");

    /**
     * A reporter credited in the text where the article has no byline of its own: in a dateline (中新网北京3月30日电(记者
     * 某某)) or a closing credit line (本报记者某某 本报通讯员…); the name is two or three characters ended by a bracket, a
     * space, a comma or the next credit, so that 记者今天从… or 记者走访… name no one. Chinese press credit conventions.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:本报|首席|特约|实习)?记者\\s*([\\u4e00-\\u9fff]{2,3}?)(?=[)）\\s、,，]|本报|通讯员|实习生|摄影?|报道|$)");

    private Bylines() {
    }

    /** The reporter an article's text credits (see {@link #CREDIT}), "" when none. */
    public static String credited(String text) {
        Matcher m = CREDIT.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /**
     * What names the article in a question asking who wrote it (劳模那篇是谁写的？ → 劳模), "" when only a pointer is left
     * (这篇是谁写的？), or empty when the question does not ask who wrote something.
     */
    public static Optional<String> subject(String question) {
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
