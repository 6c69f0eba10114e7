package com.newsbot.retrieval.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which line of a story's headline block is what: column title(s), kicker (引题), main headline and
 * subtitle (副题).
 *
 * <ul>
 *   <li>Dash lines ({@code ——…的故事}) are the subtitle.</li>
 *   <li>Leading lines that name a column — a series word (故事, 专栏, 系列…), or a spaced slogan
 *       ({@code 奋进路上 奋斗有我}) over at least two more lines or over a series line — are the column.</li>
 *   <li>Of the rest, the main headline is the most specific, newsy line: numbers, quotations, names of
 *       organisations, verbs of something that happened (荣获, 达成, 签署…) score up; slogans (弘扬…, 推进…, phrases
 *       separated by spaces) score down. Ties go to the lowest line, as a kicker is printed above its headline.
 *       Lines above the main headline are the kicker, lines below it the subtitle.</li>
 * </ul>
 */
final class HeadlineAssigner {
    private static final Pattern SERIES = Pattern.compile("故事|专栏|栏目|系列|纪实|巡礼|访谈|风采|人物志|特稿|一线|印记|足迹");
    private static final Pattern SPACED_SLOGAN = Pattern.compile("\\p{IsHan}{2,8}( \\p{IsHan}{2,8})+");
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９一二三四五六七八九十百千万亿]+(个|家|位|名|人|项|年|月|日|次|辆|万|亿|%|％|款|届|周年|强)|\\d");
    private static final Pattern EVENT_VERB = Pattern.compile("荣获|获得|获评|获颁|达成|签署|签约|发布|举行|举办|召开|启动|完成|上市|亮相|成立|揭牌|开工|投产|交付|突破|当选|入选|夺得|斩获|首发|落户|开业|通过|实现|下线|开幕|闭幕|落幕|走访|调研|会见|出席|考察|荣膺|摘得|登顶|创下|再获|喜获");
    private static final Pattern ORGANISATION = Pattern.compile("集团|公司|汽车|电子|科技|中心|大众|通用|五菱|股份|工厂|基地|研究院|委员会|政府");
    private static final Pattern SLOGAN_START = Pattern.compile(
            "^(弘扬|推进|推动|加快|聚焦|践行|助力|坚持|深化|奋进|携手|凝心|勇当|争当|争做|全力|持续|奋力|砥砺|传承|凝聚|赋能|共建|加速|贯彻|学习|围绕|牢记|不忘|勇立|勇担|担当|决胜|致敬|喜迎|献礼|争创|同心|众志).*");

    /** The headline parts of one story. */
    record Headline(String column, String kicker, String title, String subtitle) {
    }

    /** {@code heads} are the headline lines in print order, {@code subtitles} the dash lines. */
    Headline assign(List<String> heads, List<String> subtitles) {
        List<String> rest = new ArrayList<>(heads);
        List<String> column = new ArrayList<>();
        while (rest.size() >= 2 && isColumn(rest)) {
            column.add(rest.remove(0));
        }
        String subtitle = String.join(" ", subtitles);
        if (rest.isEmpty()) {
            String title = subtitle.replaceFirst("^[—-]+", "").strip();
            return new Headline(String.join(" / ", column), "", title, "");
        }
        int main = rest.size() - 1;
        int best = newsiness(rest.get(main));
        for (int i = rest.size() - 2; i >= 0; i--) {
            int score = newsiness(rest.get(i));
            if (score >= best + 2) {
                best = score;
                main = i;
            }
        }
        String kicker = String.join(" ", rest.subList(0, main));
        List<String> below = new ArrayList<>(rest.subList(main + 1, rest.size()));
        below.addAll(subtitles);
        return new Headline(String.join(" / ", column), kicker, rest.get(main), String.join(" ", below));
    }

    private static boolean isColumn(List<String> rest) {
        String first = rest.get(0);
        if (SERIES.matcher(first).find()) {
            return true;
        }
        if (!SPACED_SLOGAN.matcher(first).matches()) {
            return false;
        }
        return rest.size() >= 3 || SERIES.matcher(rest.get(1)).find();
    }

    static int newsiness(String line) {
        int score = 0;
        if (DIGITS.matcher(line).find()) {
            score += 2;
        }
        if (BylineParser.containsAny(line, "“”《》\"「」")) {
            score += 2;
        }
        if (EVENT_VERB.matcher(line).find()) {
            score += 2;
        }
        if (ORGANISATION.matcher(line).find()) {
            score += 1;
        }
        if (SLOGAN_START.matcher(line).find()) {
            score -= 2;
        }
        if (line.indexOf(' ') >= 0 || line.indexOf('、') >= 0) {
            score -= 1;
        }
        return score;
    }
}
