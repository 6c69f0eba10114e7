package com.newsbot.bot.answer.question;

import com.newsbot.bot.answer.language.Entities;
import com.newsbot.bot.answer.language.Measures;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The noun a question asks about ({@link Asked#focus()}): the word before its question word once linking words are
 * skipped (票价是多少 → 票价), or the noun phrase after 哪家/什么 (哪家配套工厂 → 配套工厂); and the words that say nothing
 * about a question's subject (fillers, 那/这 with a measure word). Stateless.
 */
final class AskedNoun {
    /** A question word, or one joined to the verb before it by the segmenter (有哪些). */
    private static final Pattern LINKED_QUESTION_WORD = Pattern.compile("(?:有|是|在|为)?(?:多少|多[大长久高深远重宽快厚]|几|什么|谁|哪里|哪|何时|何地|怎么|怎样|如何|为什么|是否|是不是|有没有|能不能)");
    /** Words between an asked noun and its question word (票价是多少, 爸爸叫什么). */
    private static final Pattern LINK = Pattern.compile("(?:是|有|要|能|会|叫|在|到|了|的|都|一共|总共|共|大概|约|还|又|为|达|花|投|给|值|占|卖|罚|赔|补)+");
    /** Words of a question that say nothing about its subject (那个, 这种, 有, 把). */
    private static final Set<String> FILLER = Set.of("那个", "那种", "那些", "那边", "这个", "这种", "这些", "这边", "那", "这",
            "又", "里", "把", "给", "有", "在", "得", "最", "都", "就", "还", "也", "了", "过", "着", "个", "啊", "呀", "吗", "呢", "吧",
            "是", "要", "能", "会", "去", "来", "上", "下", "说", "到", "对", "被", "让", "从", "和", "跟", "与", "等", "们", "一下",
            "当年", "那年", "这回", "这次", "那次", "这事", "那事", "事", "现在", "目前", "最近", "最新", "刚", "刚刚", "到底",
            "一共", "总共", "大概", "来着");
    private static final Set<String> NOT_A_FOCUS = Set.of("名字", "时候", "时间", "地方", "事情", "东西", "情况", "意思",
            "样子", "原因", "问题", "内容", "办法", "方式", "人", "事", "期", "那期", "这期", "新闻", "报纸", "文章", "报道", "消息",
            "规矩", "措施", "政策", "规定", "东东", "活", "结果", "程度", "数量", "人数", "个数", "次数", "时期", "日子",
            "职务", "职位", "身份", "单位", "工作", "名称", "称号", "作用", "意义", "内涵", "目的", "特点", "要求", "方面", "领域",
            "项目", "产品", "技术", "活动", "奖", "荣誉", "角色", "任务", "目标", "地位", "水平", "规模", "形式", "类型", "种类");

    private AskedNoun() {
    }

    /**
     * The noun the question asks about: the word right before its question word once linking words are skipped
     * (票价是多少 → 票价), or the last word of the noun phrase after 哪家/什么 (哪家配套工厂 → 工厂); "" when there is none.
     */
    static String focus(List<Entities.Word> words) {
        int at = -1;
        boolean degree = false;
        for (int i = 0; i < words.size(); i++) {
            if (LINKED_QUESTION_WORD.matcher(words.get(i).text()).lookingAt()) {
                at = i;
                break;
            }
            if (asksDegree(words, i)) {
                at = i;
                degree = true;
                break;
            }
        }
        if (at < 0) {
            return "";
        }
        String joined = "";
        if (!degree) {
            Matcher asking = LINKED_QUESTION_WORD.matcher(words.get(at).text()); // 有哪些 segmented as one word
            asking.lookingAt();
            joined = words.get(at).text().substring(asking.end()); // 哪家工厂 segmented as one word: 家工厂
        }
        while (!joined.isEmpty() && (joined.charAt(0) == '些' || Measures.ALL.indexOf(joined.charAt(0)) >= 0)) {
            joined = joined.substring(1); // 哪些, 哪家: the noun after
        }
        int next = degree ? at + 2 : at + 1;
        while (joined.isEmpty() && next < words.size() && (words.get(next).tag().startsWith("q") || words.get(next).tag().startsWith("m")
                || (words.get(next).text().length() == 1 && Measures.ALL.contains(words.get(next).text())))) {
            next++; // 几家工厂: the noun after the measure word
        }
        String last = "";
        StringBuilder nouns = new StringBuilder(joined);
        for (int i = next; i < words.size(); i++) {
            Entities.Word w = words.get(i);
            if (!isNoun(w)) {
                break;
            }
            if (nouns.isEmpty() && w.text().length() == 1 && i + 1 < words.size() && isNoun(words.get(i + 1))) {
                continue; // 哪国代表团: 国 counts like a measure word
            }
            last = w.text();
            nouns.append(w.text()); // 哪个救援队: 救援 and 队 together
        }
        if (!last.isEmpty() && NOT_A_FOCUS.contains(last) && nouns.length() > last.length()) {
            nouns.setLength(nouns.length() - last.length()); // 哪些方言种类: 方言
            last = nouns.toString();
        }
        String after = withoutMeasure(nouns.length() > 6 || nouns.length() < 2 ? last : nouns.toString());
        if (!after.isEmpty() && Measures.ALL.indexOf(after.charAt(0)) >= 0) {
            after = ""; // 几个人: right after the question word a measure word counts (个), 人 is no asked noun of its own
        }
        if (after.length() >= 2 && !NOT_A_FOCUS.contains(after)) {
            return after;
        }
        for (int i = at - 1; i >= 0; i--) {
            Entities.Word w = words.get(i);
            if (isNoun(w)) {
                StringBuilder run = new StringBuilder(w.text()); // 首席财务官: the nouns before the question word, joined
                for (int j = i - 1; j >= 0 && (isNoun(words.get(j)) || words.get(j).tag().equals("b")); j--) {
                    run.insert(0, words.get(j).text());
                }
                String noun = withoutMeasure(run.length() > 6 ? w.text() : run.toString());
                return noun.length() >= 2 && !NOT_A_FOCUS.contains(noun) && !isFiller(noun) ? noun : "";
            }
            if (!LINK.matcher(w.text()).matches() && !(w.text().length() == 1 && w.tag().startsWith("v"))) {
                return "";
            }
        }
        return "";
    }

    /**
     * 多 and an adjective of size (多长, 多大, 多高…) segmented as two words: a question of degree, asking how long or
     * large the thing before it is (吨位多大 → 吨位). A grammar fact of Chinese: 多 + a one-character adjective asks its
     * degree; HanLP tags both a.
     */
    private static boolean asksDegree(List<Entities.Word> words, int i) {
        return words.get(i).text().equals("多") && i + 1 < words.size() && words.get(i + 1).text().length() == 1
                && words.get(i + 1).tag().startsWith("a");
    }

    /** A common noun (not a name of a person, place or organisation, which says what the question is about, not what it asks). */
    static boolean isNoun(Entities.Word w) {
        String tag = w.tag();
        boolean noun = (tag.startsWith("n") && !tag.startsWith("nr") && !tag.startsWith("ns") && !tag.startsWith("nt")
                && !tag.startsWith("nx") && !tag.startsWith("nz")) || tag.equals("vn");
        return noun && AskedWords.isChinese(w.text());
    }

    /** {@code word} without a leading measure word (家酒店 → 酒店), or "" when nothing of two characters is left. */
    private static String withoutMeasure(String word) {
        String w = word;
        while (!w.isEmpty() && Measures.ALL.indexOf(w.charAt(0)) >= 0 && w.length() > 2) {
            w = w.substring(1);
        }
        return w.length() >= 2 ? w : ""; // 天敌 and 年份 begin with a measure character and are words
    }

    /** Whether {@code word} says nothing about a question's subject: a filler, or a demonstrative with its measure word. */
    static boolean isFiller(String word) {
        return FILLER.contains(word) || isDemonstrativeMeasure(word);
    }

    /**
     * 那/这 and a measure word (那位, 这款, 那具…): "that one", whatever the measure word; a grammar fact of Chinese, the
     * measure words being those HanLP's core dictionary tags q (量词).
     */
    static boolean isDemonstrativeMeasure(String word) {
        if (word.length() != 2 || (word.charAt(0) != '那' && word.charAt(0) != '这')) {
            return false;
        }
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a =
                com.hankcs.hanlp.dictionary.CoreDictionary.get(word.substring(1));
        return a != null && a.hasNatureStartsWith("q");
    }
}
