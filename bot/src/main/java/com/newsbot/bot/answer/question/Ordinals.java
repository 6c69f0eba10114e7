package com.newsbot.bot.answer.question;

import com.newsbot.bot.answer.candidates.SpanPicker;
import com.newsbot.bot.answer.language.Texts;
import com.newsbot.retrieval.Article;
import com.newsbot.retrieval.ArticleKind;
import com.newsbot.retrieval.Issue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question about the N-th story of the latest issue (第二篇讲了什么？ / 那第二篇呢？): the story in print
 * order and the lead sentence that says what it is about.
 */
public final class Ordinals {
    /**
     * 第N篇 / 第N条 naming a story: what follows is the end, a question word or a word for a story, not another
     * noun (第一条铁路 is a railway, not the first story).
     */
    private static final Pattern ORDINAL = Pattern.compile("第\\s*([一二两三四五六七八九十]|\\d{1,2})\\s*(?:篇|条|个故事)"
            + "(?![\\u4e00-\\u9fff])|第\\s*([一二两三四五六七八九十]|\\d{1,2})\\s*(?:篇|条|个故事)"
            + "(?=讲|说|是|呢|吗|的|写|报道|文章|新闻|消息|稿|内容|主要|介绍|谈|关于|在|有)");
    private static final String DIGITS = "一二三四五六七八九";

    /** The chosen story, its position (1-based) and the quoted lead {@code [from, to)} in its text. */
    public record Pick(int n, Article article, int from, int to) {
    }

    private Ordinals() {
    }

    /** The position a question names, if it names one. */
    static Optional<Integer> position(String question) {
        Matcher m = ORDINAL.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        if (Character.isDigit(n.charAt(0))) {
            return Optional.of(Integer.parseInt(n));
        }
        if (n.equals("十")) {
            return Optional.of(10);
        }
        if (n.equals("两")) {
            return Optional.of(2);
        }
        return Optional.of(DIGITS.indexOf(n.charAt(0)) + 1);
    }

    public static Optional<Pick> pick(String question, List<Issue> latestFirst) {
        Optional<Integer> position = position(question);
        if (position.isEmpty() || latestFirst.isEmpty()) {
            return Optional.empty();
        }
        List<Article> stories = latestFirst.get(0).articles().stream().filter(a -> a.kind() == ArticleKind.STORY).toList();
        int n = position.get();
        if (n < 1 || n > stories.size()) {
            return Optional.empty();
        }
        Article story = stories.get(n - 1);
        return lead(story.text()).map(lead -> new Pick(n, story, lead.start(), lead.end()));
    }

    /** The first sentence of {@code text}, cut after a clause when longer than {@link SpanPicker#MAX_QUOTE}. */
    public static Optional<Texts.Range> lead(String text) {
        List<Texts.Range> sentences = Texts.sentences(text);
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        Texts.Range lead = sentences.get(0);
        int to = lead.end();
        if (lead.length() > SpanPicker.MAX_QUOTE) {
            to = lead.start();
            for (Texts.Range clause : Texts.clauses(text, lead)) {
                if (clause.end() - lead.start() > SpanPicker.MAX_QUOTE && to > lead.start()) {
                    break;
                }
                to = clause.end();
            }
        }
        return Optional.of(new Texts.Range(lead.start(), to));
    }
}
