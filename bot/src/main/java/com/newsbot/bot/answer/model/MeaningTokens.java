package com.newsbot.bot.answer.model;

import com.newsbot.bot.answer.language.Texts;
import com.newsbot.retrieval.ChineseText;

import com.newsbot.retrieval.ChineseScript;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader takes from a sentence beyond its words: its numbers (with their units; dates are numbers with 年, 月,
 * 日), its names (people after a title or before a verb of saying, organisations before 公司, 集团, 大学…, Latin
 * words) and its negations (不, 没, 并非, 未). {@link #unheld} says which of a model sentence's tokens a passage does
 * not hold: a sentence that shares most of its words with a passage but says 31 where it says 13, or 没有 where it
 * says nothing of the kind, is not supported by it. Rule-based; both texts are compared in simplified characters
 * with full-width digits and letters folded.
 */
public final class MeaningTokens {
    /** A number as written: Arabic digits (with thousands separators and decimals) or a run of Chinese numerals. */
    private static final Pattern NUMBER = Pattern.compile(
            "(第)?(百分之)?(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万亿]+)"
                    + "\\s*([万亿])?\\s*(?:多|余|来)?\\s*(%|公里|千米|平方米|平方公里|公顷|亩|公斤|千克|小时|分钟|个月|周年|星期|"
                    + "[位名人个家座所项次年月日号天周岁元块米吨台辆件条种批届期篇章版页倍只支部户册本份套分秒])?");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9&.\\-]*[A-Za-z0-9]|[A-Z]");
    private static final String TITLES = "董事长|总经理|副总经理|总裁|党委书记|书记|主任|主席|经理|厂长|部长|局长|市长|校长|院长|"
            + "教授|院士|记者|首席记者|编辑|同志|先生|女士|代表|劳模|工程师|技师|班组长|组长|队长";
    private static final String SAYING = "表示|说|指出|介绍|认为|强调|宣布|透露|坦言|获得|荣获|当选|担任|出任|带领|率领";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡"
            + "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱"
            + "严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
            + "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项"
            + "连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘"
            + "池查麻苑迟邝";
    private static final Pattern PERSON_AFTER_TITLE = Pattern.compile("(?:" + TITLES + ")\\s*([" + SURNAMES + "]\\p{IsHan})");
    /** Without a title before it, only surnames that seldom start an ordinary word (not 曾, 高, 时, 方, 成…). */
    private static final String PLAIN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭肖董袁潘蒋蔡"
            + "杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾韦邹孟熊秦邱尹薛闫侯陶黎贺顾郝龚邵钱覃戴莫孔汤温康施樊葛邢倪聂鲁岳翟"
            + "殷詹耿俞柳祝阮柯裴霍涂骆靳柴鲍喻祁蒲滕饶牟艾尤缪褚娄窦戚岑晏瞿桂佟臧闵苟邬卞姬栾隋刁巫寇桑郎甄丛虞敖巩佘邝";
    private static final Pattern PERSON_BEFORE_SAYING = Pattern.compile("([" + PLAIN_SURNAMES + "]\\p{IsHan}\\p{IsHan}?)(?:" + SAYING + ")");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(\\p{IsHan}{2})(?:股份有限公司|有限公司|公司|集团|银行|大学|学院|医院|协会|委员会|研究院|研究所|工厂|政府)");
    /** 该公司, 这家公司, 子公司: a reference, not a name. */
    private static final Pattern DETERMINERS = Pattern.compile("[该这那本此其家两各子分总母我贵每某全新多哪几所个的在是与和及型]");
    private static final Pattern NEGATION = Pattern.compile("并非|没有|没|未|不");
    private static final Pattern ANY_NEGATION = Pattern.compile("[不没未无非否莫勿别]");
    /** Words with 不, 没 or 未 that do not deny anything. */
    private static final Set<String> NOT_NEGATIONS = Set.of("不仅", "不断", "不少", "不同", "不久", "不过", "不但", "不论", "不管",
            "不禁", "不乏", "不良", "不小心", "不适", "不止", "不已", "不一", "不得不", "差不多", "了不起", "未来", "不可或缺", "毫不", "不遗余力", "不忘");
    private static final Map<String, String> UNIT_CLASS = unitClasses();

    private MeaningTokens() {
    }

    /**
     * The tokens of {@code sentence} that {@code passage} does not hold (empty when it holds them all): numbers with
     * their units, names and negations, each as written in the sentence.
     */
    public static List<String> unheld(String sentence, String passage) {
        String s = fold(sentence);
        String p = fold(passage);
        List<String> missing = new ArrayList<>();
        Set<Quantity> there = quantities(p, true);
        for (Quantity q : quantities(s, false)) {
            if (!holds(there, q)) {
                missing.add(q.written());
            }
        }
        String pLower = p.toLowerCase(Locale.ROOT);
        Matcher latin = LATIN.matcher(s);
        while (latin.find()) {
            String word = latin.group();
            boolean name = !word.equals(word.toLowerCase(Locale.ROOT)) && !(latin.start() == 0 && word.substring(1).equals(
                    word.substring(1).toLowerCase(Locale.ROOT)));
            if (word.length() > 1 && name && !pLower.contains(word.toLowerCase(Locale.ROOT))) {
                missing.add(word);
            }
        }
        for (Pattern person : List.of(PERSON_AFTER_TITLE, PERSON_BEFORE_SAYING)) {
            Matcher m = person.matcher(s);
            while (m.find()) {
                String name = m.group(1);
                String prefix = name.substring(0, 2);
                if (!p.contains(prefix) && missing.stream().noneMatch(x -> x.startsWith(prefix))) {
                    missing.add(name);
                }
            }
        }
        Matcher org = ORGANISATION.matcher(s);
        while (org.find()) {
            if (!DETERMINERS.matcher(org.group(1)).find() && !p.contains(org.group(1))) {
                missing.add(org.group());
            }
        }
        Matcher neg = NEGATION.matcher(s);
        Boolean closestDenies = null;
        while (neg.find()) {
            if (isNegation(s, neg.start(), neg.end())) {
                String word = s.substring(neg.start(), Math.min(s.length(), neg.end() + (neg.group().length() == 1 ? 1 : 0)));
                if (p.contains(word)) {
                    continue;
                }
                if (closestDenies == null) {
                    closestDenies = negations(closestSentence(s, p)) >= negations(s);
                }
                if (!closestDenies) { // said in other words (未能 for 没有) only where the passage denies as much
                    missing.add(word);
                }
            }
        }
        return missing;
    }

    /** How many times {@code text} denies something (不, 没, 未, 无, 非, 否…, not counting 不断, 未来 and the like). */
    private static int negations(String text) {
        int count = 0;
        Matcher m = ANY_NEGATION.matcher(text);
        while (m.find()) {
            if (isNegation(text, m.start(), m.end())) {
                count++;
            }
        }
        return count;
    }

    /** The sentence of {@code passage} that shares most terms with {@code claim}. */
    private static String closestSentence(String claim, String passage) {
        Set<String> want = Texts.terms(claim);
        String best = "";
        int bestHit = -1;
        for (Texts.Range r : Texts.sentences(passage)) {
            String sentence = passage.substring(r.start(), r.end());
            Set<String> have = Texts.terms(sentence);
            int hit = 0;
            for (String t : want) {
                if (have.contains(t)) {
                    hit++;
                }
            }
            if (hit > bestHit) {
                bestHit = hit;
                best = sentence;
            }
        }
        return best;
    }

    /** Simplified characters, full-width digits and letters folded to ASCII (NFKC), Chinese commas in numbers kept apart. */
    static String fold(String text) {
        return Normalizer.normalize(ChineseScript.toSimplified(text), Normalizer.Form.NFKC);
    }

    private static boolean isNegation(String s, int start, int end) {
        for (String word : NOT_NEGATIONS) {
            int from = Math.max(0, start - word.length() + 1);
            int to = Math.min(s.length(), end + word.length());
            int at = s.substring(from, to).indexOf(word);
            if (at >= 0 && from + at <= start && from + at + word.length() >= end) {
                return false;
            }
        }
        return true;
    }

    /** A number with its unit class ("" when it has none). */
    private record Quantity(BigDecimal value, String unit, String written) {
    }

    private static Set<Quantity> quantities(String text, boolean everything) {
        Set<Quantity> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String ordinal = m.group(1);
            String digits = m.group(3);
            String multiplier = m.group(4);
            String unit = m.group(5);
            boolean chinese = !Character.isDigit(digits.charAt(0));
            if (m.start() > 0 && "哪几多".indexOf(text.charAt(m.start() - 1)) >= 0 && ordinal == null) {
                continue; // 哪两个, 几十: a question's words, not a figure
            }
            if (chinese && everything && digits.length() == 1 && unit == null && multiplier == null && ordinal == null) {
                continue; // 四处, 万一: words
            }
            if (chinese && !everything) {
                boolean standsAlone = unit == null && multiplier == null && ordinal == null && m.group(2) == null;
                if (standsAlone || (digits.equals("一") && ordinal == null) || "十分".equals(digits + (unit == null ? "" : unit))) {
                    continue; // 一起, 统一, 十分: words, not figures
                }
            }
            if (chinese && "分".equals(unit)) {
                unit = null;
            }
            BigDecimal value = chinese ? chineseValue(digits) : new BigDecimal(digits.replace(",", ""));
            if (value == null) {
                continue;
            }
            if (multiplier != null) {
                value = value.multiply(multiplier.equals("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000));
            }
            String cls = ordinal != null ? "第" : m.group(2) != null ? "%" : unit == null ? "" : UNIT_CLASS.getOrDefault(unit, unit);
            out.add(new Quantity(value.stripTrailingZeros(), cls, m.group().strip()));
        }
        return out;
    }

    /** The model's figure is held when the passage has the same value with a unit of the same kind, or with none. */
    private static boolean holds(Set<Quantity> there, Quantity q) {
        for (Quantity p : there) {
            if (p.value().compareTo(q.value()) == 0
                    && (q.unit().isEmpty() || p.unit().isEmpty() || p.unit().equals(q.unit()))) {
                return true;
            }
        }
        return false;
    }

    /** The value of a run of Chinese numerals (十三, 两万, 二〇二〇, 一百零五); null when it does not parse. */
    static BigDecimal chineseValue(String run) {
        String digitsOnly = run.replaceAll("[十百千万亿]", "");
        if (digitsOnly.length() == run.length() && run.length() > 1) { // 二〇二〇: digit by digit
            StringBuilder d = new StringBuilder();
            for (char c : run.toCharArray()) {
                d.append(ChineseText.digit(c));
            }
            return new BigDecimal(d.toString());
        }
        long total = 0;
        long section = 0;
        long number = 0;
        for (char c : run.toCharArray()) {
            int d = ChineseText.digit(c);
            if (d >= 0) {
                number = d;
            } else if (c == '十' || c == '百' || c == '千') {
                int scale = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (number == 0 ? 1 : number) * scale;
                number = 0;
            } else if (c == '万' || c == '亿') {
                long scale = c == '万' ? 10_000L : 100_000_000L;
                total = (total + section + number) * scale;
                section = 0;
                number = 0;
            } else {
                return null;
            }
        }
        return BigDecimal.valueOf(total + section + number);
    }

    private static Map<String, String> unitClasses() {
        Map<String, String> classes = new java.util.HashMap<>();
        for (String u : List.of("位", "名", "人")) {
            classes.put(u, "人");
        }
        for (String u : List.of("个", "家", "座", "所", "项", "条", "件", "种", "台", "辆", "批", "只", "支", "部", "户")) {
            classes.put(u, "个");
        }
        classes.put("号", "日");
        classes.put("块", "元");
        classes.put("千米", "公里");
        classes.put("千克", "公斤");
        classes.put("星期", "周");
        return Map.copyOf(classes);
    }
}
