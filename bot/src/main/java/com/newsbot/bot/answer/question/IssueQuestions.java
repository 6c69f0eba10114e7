package com.newsbot.bot.answer.question;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A question about the latest issue as a whole rather than about what its articles say: 这期报纸讲了什么？ (its
 * summary), 最新一期是哪天出的？ / 这期有几篇文章？ (its date and size). Only a question made of nothing else is one:
 * 这期报纸讲了上汽在欧洲市场的情况吗？ asks about a subject and is answered from the articles.
 */
final class IssueQuestions {
    /** What is asked about the issue. */
    enum Kind { CONTENTS, FACTS }

    private static final Pattern ISSUE = Pattern.compile(
            "(?:这|本|最新的?|最近的?|新的?|今天的?|当前|上一?|前一|上上|最早的?|第一|那)一?期(?:的)?(?:报纸|报)?|这份报纸|最新的?报纸|报纸"
                    + "|第\\s*[0-9一二三四五六七八九十百]+\\s*期(?:的)?(?:报纸|报)?"
                    + "|(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号](?:的|那|这)?(?:一?期|报纸|报)(?:的)?(?:报纸|报)?"
                    + "|\\d{4}-\\d{1,2}-\\d{1,2}(?:的|那|这)?(?:一?期|报纸|报)");
    private static final Pattern CONTENTS = Pattern.compile(
            "讲了?些?什么|说了?些?什么|写了?些?什么|报道了?些?什么|有(?:些|哪些)?什么(?:内容|新闻|文章)?|有哪些(?:内容|新闻|文章)"
                    + "|(?:主要)?内容(?:是什么|有哪些)?|要点(?:是什么|有哪些)?|重点(?:是什么|有哪些)?|概要|摘要|总结|概括|讲的?是什么|都有啥|有啥");
    private static final Pattern FACTS = Pattern.compile(
            "(?:是)?(?:哪一?天|什么时候|几月几[日号]|几号|哪天)(?:出版|发行|出|印|发)?的?|(?:出版|发行)?日期(?:是)?|(?:有|共有|一共有|总共有)?(?:几|多少)篇(?:文章|报道|稿子)?|(?:有|共有)?(?:几|多少)(?:条|个)(?:新闻|报道)");
    private static final Pattern FILLER = Pattern.compile(
            "请问|请|帮我|给我|麻烦|能不能|能|可以|一下|下|都|主要|了|的|吗|呢|吧|啊|是|[\\s？?！!。，,~～、：:]");

    private IssueQuestions() {
    }

    static Optional<Kind> of(String question) {
        if (!ISSUE.matcher(question).find()) {
            return Optional.empty();
        }
        boolean contents = CONTENTS.matcher(question).find();
        boolean facts = FACTS.matcher(question).find();
        if (contents == facts) {
            return Optional.empty();
        }
        String rest = ISSUE.matcher(question).replaceAll("");
        rest = (contents ? CONTENTS : FACTS).matcher(rest).replaceAll("");
        rest = FILLER.matcher(rest).replaceAll("");
        if (!rest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(contents ? Kind.CONTENTS : Kind.FACTS);
    }
}
