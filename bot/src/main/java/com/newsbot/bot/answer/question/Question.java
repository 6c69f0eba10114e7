package com.newsbot.bot.answer.question;

import com.newsbot.bot.answer.language.Lexicon;
import com.newsbot.bot.answer.language.Measures;
import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.language.Words;
import com.newsbot.retrieval.ChineseScript;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question read for answering: what kind of answer it wants, the units that can answer a number
 * question (几位 → 位, 多长 → 米/里/尺, any one character), and its content terms (character bigrams with the question words and the chat frame
 * removed).
 *
 * @param content the content the question is read with: its own, after what a follow-up carries from earlier turns
 * @param own     the question's own content, without what was carried
 */
public record Question(String text, QuestionKind kind, String unit, String head, String content, Set<String> terms,
                Set<Character> chars, List<String> words, String own) {

    /** Question words and chat framing; removed before terms are taken. */
    private static final Pattern FRAME = Pattern.compile(
            "请问|请告诉我|我想知道|你知道|现在|目前|当时|担任|职务|职位|身份|主要|具体|分别|一共|总共|大约|大概|左右|指的是|是指|叫做?|名字|称为|怎么看待|看待|情况|内容|单位|这一?期报纸|本期报纸|最新一期|这一?期|本期|报纸上?|报道了?|文章|新闻|讲了|讲到|提到了?|说了|介绍了?|里面|上面"
                    + "|什么时候|什么时间|什么地方|什么人|什么样的?|什么原因|什么|哪一?天|哪一?年|哪个月|哪里|哪儿|哪些|哪个|哪家|哪位|哪种|哪几[位个家种]?|哪"
                    + "|谁|何时|何地|何处|为什么|为何|怎么样|怎么|怎样|如何|是否|有没有|是不是|多少|第几|几[" + Measures.ALL + "]?|多大|多长|多高|多远|多久"
                    + "|吗|呢|吧|啊");
    /** The noun an entity question names after its question word: 哪家工厂 → 工厂, 什么系统 → 系统. */
    private static final Pattern HEAD = Pattern.compile("(?:哪一?[个家种些项款位]|什么)([\\u4e00-\\u9fff]{2})");
    /**
     * The unit a number question counts in (几位 → 位, 多少公斤 → 公斤); 几个人 counts 人 (个 is the general measure word, the
     * noun after it says what is counted); 这几/那几/好几 say "several" and ask nothing (see {@link QuestionKind#NUMBER}).
     */
    private static final Pattern UNIT = Pattern.compile(
            "(?<![这那前后头好十])(?:多少|几)(?:个(?=人))?((?:平方)?(?:公里|千米|厘米|毫米|公尺|公分)|公斤|千克|分钟|小时|个月|[" + Measures.ALL + "])");

    /**
     * Units that answer a "how long / high / big / heavy / far / much" question, any one of the characters: the cues of
     * {@code lexicon/dimensions.txt}, in its order.
     */
    private static final Map<String, String> DIMENSIONS = dimensions();

    private static Map<String, String> dimensions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Lexicon.words("dimensions.txt")) {
            String[] parts = line.split("=>");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalStateException("lexicon/dimensions.txt: not a 'cue => units' line: " + line);
            }
            out.put(parts[0].strip(), parts[1].strip());
        }
        return out;
    }

    public Question {
        Objects.requireNonNull(text, "text");
        terms = Set.copyOf(terms);
        chars = Set.copyOf(chars);
        words = List.copyOf(words);
    }

    public static Question of(String text) {
        return of(text, "");
    }

    /**
     * A follow-up read with the content carried from earlier turns: the kind and unit come from the
     * question itself, the terms from both. Read in simplified characters (a question in traditional ones
     * means the same), like the passages it is compared with.
     */
    static Question of(String text, String context) {
        String trimmed = ChineseScript.toSimplified(text.strip());
        context = ChineseScript.toSimplified(context);
        String own = FRAME.matcher(trimmed).replaceAll(" ");
        String content = context.isBlank() ? own : FRAME.matcher(context).replaceAll(" ") + " " + own;
        Matcher unit = UNIT.matcher(trimmed);
        String u = "";
        while (unit.find()) {
            u = unit.group(1); // the last: 那几条口罩线…一天能出多少只 asks 只
        }
        if (u.isEmpty()) {
            for (Map.Entry<String, String> d : DIMENSIONS.entrySet()) {
                if (trimmed.contains(d.getKey())) {
                    u = d.getValue();
                    break;
                }
            }
        }
        Matcher head = HEAD.matcher(trimmed);
        String h = head.find() && !Texts.isFunctionChar(head.group(1).charAt(0)) && !Texts.isFunctionChar(head.group(1).charAt(1))
                ? head.group(1) : "";
        return new Question(trimmed, QuestionKind.of(trimmed), u, h, content, Texts.terms(content), Texts.chars(content),
                Words.of(content), own);
    }
}
