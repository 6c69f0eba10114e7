package com.newsbot.bot.answer.question;

import com.newsbot.bot.answer.language.Measures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks for, read from its question word (多少/几 → a number, 谁 → a person, 哪里 → a place,
 * 什么时候 → a date, 什么/哪些 → an entity), and how to see that kind of answer in a clause.
 */
public enum QuestionKind {
    DATE("什么时候|什么时间|何时|哪一?天|哪一?年|哪个月|几月|几号|几日|哪一?日|哪个时期|哪个朝代|什么年代",
            "\\d{1,4}\\s?年|\\d{1,2}\\s?月|\\d{1,2}\\s?[日号]|[一二三四五六七八九十〇零]{1,4}[年月日号]|[今去明前]年|日前|近日|昨天|今天|上午|下午|凌晨|世纪|年代|时期|朝|春|夏|秋|冬"),
    // 这几班, 那几家, 前几天, 好几个, 十几人: 几 there says "several" and asks nothing (a grammar fact of 几)
    NUMBER("多少|(?<![这那前后头好十])几|多大|多长|多高|多远|多久|多重|多深|多宽|多快|第几",
            "[0-9][0-9.,]*|[零一二两三四五六七八九十百千万亿]+(余|多)?[" + Measures.ALL + "]"),
    PERSON("谁|哪位|什么人|哪个人|哪些人|哪几位",
            "主席|总书记|总经理|经理|书记|主任|总裁|董事长|工程师|记者|教授|导演|作家|演员|歌手|先生|女士|部长|市长|省长|校长|院长|总统|总理|国王|皇帝|创始人|负责人|厂长|局长|队长|博士|画家|诗人|运动员|教练|·|[\\u4e00-\\u9fff]{2,3}(表示|说|指出|认为|介绍|提出|称)"),
    PLACE("哪里|哪儿|什么地方|在哪|何地|何处|哪个国家|哪个城市|哪座|哪国|哪个省|哪个市|哪个地区",
            "[\\u4e00-\\u9fff]{1,6}(省|市|县|区|镇|村|国|州|岛|山|河|江|湖|海|洋|路|街|港|湾|城|洲|馆|堂|园|寺|宫|大学|学院|基地|工厂|车间|会议室)|北京|上海|广州|深圳|香港|澳门|台湾|中国|美国|日本|韩国|朝鲜|英国|法国|德国|意大利|西班牙|葡萄牙|荷兰|比利时|瑞士|瑞典|挪威|丹麦|芬兰|俄罗斯|波兰|希腊|土耳其|印度|泰国|越南|新加坡|马来西亚|印度尼西亚|菲律宾|澳大利亚|新西兰|加拿大|墨西哥|巴西|阿根廷|埃及|南非|欧洲|亚洲|非洲|美洲"),
    REASON("(?<![誉称作成视名改认译定选评列])为什么|为何|什么原因|原因是", "因为|由于|所以|因此|为了|原因"), // 被誉为什么 asks what
    MANNER("怎么|如何|怎样", null),
    YESNO("是否|有没有|是不是|吗$|吗？$|吗\\?$", null),
    ENTITY("什么|哪|何", null),
    OTHER(null, null);

    private final Pattern asks;
    private final Pattern answers;

    QuestionKind(String asks, String answers) {
        this.asks = asks == null ? null : Pattern.compile(asks);
        this.answers = answers == null ? null : Pattern.compile(answers);
    }

    /** The kind a question asks for: the first kind whose question words it holds. */
    static QuestionKind of(String question) {
        for (QuestionKind kind : values()) {
            if (kind.asks != null && kind.asks.matcher(question).find()) {
                return kind;
            }
        }
        return OTHER;
    }

    /** Whether this kind has a recognisable answer shape. */
    public boolean typed() {
        return answers != null;
    }

    /**
     * Whether {@code text} holds an answer of this kind that the question does not already state
     * (a number the question repeats is not an answer to it).
     */
    public boolean answeredIn(String text, String question) {
        return firstAnswer(text, question) >= 0;
    }

    /** Offset in {@code text} of the first answer-shaped match the question does not already hold, or -1. */
    int firstAnswer(String text, String question) {
        if (answers == null) {
            return -1;
        }
        Matcher m = answers.matcher(text);
        while (m.find()) {
            if (!question.contains(m.group())) {
                return m.start();
            }
        }
        return -1;
    }
}
