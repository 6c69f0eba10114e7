package com.newsbot.bot.bench;

import com.newsbot.bot.state.LoggedQuestion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A question log as readers would leave one, for the report's bench and tests: over some days, most questions
 * answered from a few dozen articles (some far more asked than others), the rest about things the paper does not
 * cover — a hundred topics, each asked in several wordings, with the noise people type (请问, spaces, punctuation,
 * traditional characters). Deterministic for a seed.
 */
public final class QuestionLogGenerator {
    /** Topics the paper does not cover, each in wordings that mean the same. */
    static final String[][] UNCOVERED = {
            {"食堂几点开门", "食堂什么时候开门", "员工食堂几点开饭"},
            {"班车几点发车", "早上班车什么时候出发", "通勤班车发车时间是几点"},
            {"年终奖什么时候发", "今年年终奖几月发放", "年终奖啥时候到账"},
            {"停车场怎么办理月卡", "怎么申请停车月卡", "停车月卡在哪里办"},
            {"公司年会在哪里举办", "今年年会在哪开", "年会地点是哪里"},
            {"体检报告在哪里查", "怎么查看体检结果", "年度体检报告去哪查"},
            {"工资条在哪里看", "怎么查工资条", "工资明细在哪查看"},
            {"公积金比例是多少", "住房公积金缴存比例多少", "公积金交多少比例"},
            {"年假有几天", "年休假一共几天", "每年带薪年假多少天"},
            {"报销流程是什么", "差旅费怎么报销", "报销需要走什么流程"},
            {"健身房开放时间", "公司健身房几点开", "健身房什么时候能用"},
            {"工作证丢了怎么补办", "工牌丢失怎么办", "补办工作证找谁"},
            {"电脑坏了找谁修", "IT报修电话是多少", "电脑故障怎么报修"},
            {"会议室怎么预订", "怎么订会议室", "预定会议室的系统在哪"},
            {"加班费怎么算", "加班工资怎么计算", "周末加班给多少钱"},
            {"新员工培训什么时候", "入职培训几号开始", "新人培训安排在哪天"},
            {"工会会费多少钱", "每月交多少工会费", "工会费怎么扣"},
            {"快递可以寄到公司吗", "公司收快递吗", "个人快递能寄公司吗"},
            {"门禁卡怎么开通", "新门禁卡怎么激活", "门禁权限找谁开"},
            {"内部招聘在哪看", "内部岗位怎么申请", "公司内部转岗在哪报名"},
    };
    private static final String[] PREFIXES = {"", "", "", "请问", "请问一下", "想问下", "你好，"};
    private static final String[] SUFFIXES = {"？", "？", "?", "", "呀？", "。", " ？"};

    private final Random random;

    public QuestionLogGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * {@code count} questions spread over the {@code days} days up to {@code lastDay}; about {@code answeredShare} of
     * them answered from {@code articles} articles.
     */
    public List<LoggedQuestion> generate(int count, int days, LocalDate lastDay, double answeredShare, int articles) {
        List<String[]> topics = topics();
        List<LoggedQuestion> out = new ArrayList<>(count);
        ZoneId zone = ZoneId.systemDefault();
        for (int i = 0; i < count; i++) {
            LocalDate day = lastDay.minusDays(random.nextInt(days));
            Instant at = day.atStartOfDay(zone).plusSeconds(8 * 3600 + random.nextInt(10 * 3600)).toInstant();
            String answerId = Long.toString(Math.abs(random.nextLong()), 36);
            if (random.nextDouble() < answeredShare) {
                int article = (int) Math.floor(Math.pow(random.nextDouble(), 2) * articles); // a few are asked most
                String articleId = "article-" + article;
                out.add(new LoggedQuestion(answerId, at, "telegram", "关于第" + article + "篇文章的问题" + random.nextInt(50) + "？",
                        true, "extractive", 20 + random.nextInt(300), "回答 [1]", articleId, "第" + article + "篇文章的标题",
                        List.of(articleId)));
            } else {
                String[] topic = topics.get((int) Math.floor(Math.pow(random.nextDouble(), 1.5) * topics.size()));
                String question = PREFIXES[random.nextInt(PREFIXES.length)] + topic[random.nextInt(topic.length)]
                        + SUFFIXES[random.nextInt(SUFFIXES.length)];
                if (random.nextInt(10) == 0) {
                    question = traditional(question);
                }
                out.add(new LoggedQuestion(answerId, at, "telegram", question, false, "extractive", 15 + random.nextInt(200),
                        "报纸没有报道这个问题。", null, null, List.of()));
            }
        }
        out.sort(java.util.Comparator.comparing(LoggedQuestion::askedAt));
        return out;
    }

    /** The uncovered topics, and as many more (a hundred in all) made by naming other places in the same wordings. */
    private static List<String[]> topics() {
        String[] places = {"", "临港基地", "安亭园区", "嘉定研发中心", "宁德工厂"};
        List<String[]> topics = new ArrayList<>();
        for (String place : places) {
            for (String[] topic : UNCOVERED) {
                String[] wordings = new String[topic.length];
                for (int i = 0; i < topic.length; i++) {
                    wordings[i] = place + topic[i];
                }
                topics.add(wordings);
            }
        }
        return topics;
    }

    private static String traditional(String text) {
        return text.replace("门", "門").replace("车", "車").replace("会", "會").replace("报", "報").replace("么", "麼")
                .replace("时", "時").replace("间", "間").replace("费", "費");
    }
}
