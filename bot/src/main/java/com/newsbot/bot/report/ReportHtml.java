package com.newsbot.bot.report;

import com.newsbot.bot.Prompts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page: inline CSS, an inline SVG chart of questions per day (bars) with the
 * share answered (line), then tables. No scripts, no external files; it reads on a phone (the chart scales, tables
 * wrap). Every dynamic string is escaped. The page's frame and words are templates in {@code prompts/}.
 */
public final class ReportHtml {
    static final int CHART_WIDTH = 720;
    static final int CHART_HEIGHT = 290;
    private static final int LEFT = 50;
    private static final int RIGHT = 62;
    private static final int TOP = 16;
    private static final int BOTTOM = 62;

    private final Prompts prompts;

    public ReportHtml(Prompts prompts) {
        this.prompts = prompts;
    }

    public String render(ReaderReport report) {
        StringBuilder body = new StringBuilder();
        body.append("<section class=\"cards\">")
                .append(card(prompts.text("report-questions.zh.txt"), Integer.toString(report.questions())))
                .append(card(prompts.text("report-answered.zh.txt"), percent(report.answeredShare())))
                .append(card(prompts.text("report-votes.zh.txt"), "👍 " + report.votesUp() + " · 👎 " + report.votesDown()))
                .append("</section>\n");
        body.append("<section><h2>").append(escape(prompts.text("report-per-day.zh.txt"))).append("</h2>\n")
                .append(chart(report.days())).append("</section>\n");
        body.append("<section><h2>").append(escape(prompts.text("report-top-articles.zh.txt"))).append("</h2>\n");
        if (report.topArticles().isEmpty()) {
            body.append("<p class=\"none\">").append(escape(prompts.text("report-none.zh.txt"))).append("</p>");
        } else {
            body.append("<table><thead><tr><th>").append(escape(prompts.text("report-article.zh.txt")))
                    .append("</th><th class=\"n\">").append(escape(prompts.text("report-count.zh.txt")))
                    .append("</th></tr></thead><tbody>");
            for (ReaderReport.TopArticle article : report.topArticles()) {
                body.append("<tr><td>").append(escape(article.title().isBlank() ? article.articleId() : article.title()))
                        .append("<br><code>").append(escape(article.articleId())).append("</code></td><td class=\"n\">")
                        .append(article.count()).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        body.append("</section>\n");
        body.append("<section><h2>").append(escape(prompts.text("report-not-found.zh.txt"))).append("</h2>\n");
        if (report.notFound().isEmpty()) {
            body.append("<p class=\"none\">").append(escape(prompts.text("report-none.zh.txt"))).append("</p>");
        } else {
            body.append("<ol class=\"groups\">");
            for (ReaderReport.QuestionGroup group : report.notFound()) {
                body.append("<li><span class=\"count\">").append(group.count()).append("×</span> ")
                        .append(escape(group.questions().get(0)));
                if (group.questions().size() > 1) {
                    body.append("<ul>");
                    for (String wording : group.questions().subList(1, group.questions().size())) {
                        body.append("<li>").append(escape(wording)).append("</li>");
                    }
                    body.append("</ul>");
                }
                body.append("</li>");
            }
            body.append("</ol>");
        }
        body.append("</section>\n");
        body.append("<section><h2>").append(escape(prompts.text("report-down.zh.txt"))).append("</h2>\n");
        if (report.down().isEmpty()) {
            body.append("<p class=\"none\">").append(escape(prompts.text("report-none.zh.txt"))).append("</p>");
        } else {
            for (ReaderReport.DownVote vote : report.down()) {
                body.append("<article class=\"down\"><p class=\"q\">").append(escape(vote.question())).append("</p><p>")
                        .append(escape(vote.answer())).append("</p>");
                if (!vote.articleIds().isEmpty()) {
                    body.append("<p class=\"ids\">");
                    for (String id : vote.articleIds()) {
                        body.append("<code>").append(escape(id)).append("</code> ");
                    }
                    body.append("</p>");
                }
                body.append("</article>");
            }
        }
        body.append("</section>\n");
        return prompts.render("report-page.html", Map.of(
                "title", escape(prompts.render("report-title.zh.txt", Map.of("since", report.since().toString()))),
                "body", body.toString()));
    }

    private static String card(String label, String value) {
        return "<div class=\"card\"><div class=\"label\">" + escape(label) + "</div><div class=\"value\">" + escape(value)
                + "</div></div>";
    }

    /** Questions per day as bars (left axis) and the share answered as a line (right axis, 0–100 %). */
    String chart(List<ReaderReport.Day> days) {
        int plotWidth = CHART_WIDTH - LEFT - RIGHT;
        int plotHeight = CHART_HEIGHT - TOP - BOTTOM;
        int max = Math.max(1, days.stream().mapToInt(ReaderReport.Day::questions).max().orElse(1));
        int scale = niceCeiling(max);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(CHART_HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(prompts.text("report-per-day.zh.txt")))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (int step = 0; step <= 4; step++) {
            double y = TOP + plotHeight - plotHeight * step / 4.0;
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
                    LEFT, y, LEFT + plotWidth, y));
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                    LEFT - 6, y + 4, scale * step / 4));
            svg.append(String.format(Locale.ROOT, "<text class=\"axis share\" x=\"%d\" y=\"%.1f\">%d%%</text>",
                    LEFT + plotWidth + 6, y + 4, step * 25));
        }
        if (!days.isEmpty()) {
            double slot = (double) plotWidth / days.size();
            double barWidth = Math.max(1, slot * 0.7);
            StringBuilder line = new StringBuilder();
            int labelEvery = Math.max(1, (int) Math.ceil(days.size() / 6.0));
            for (int i = 0; i < days.size(); i++) {
                ReaderReport.Day day = days.get(i);
                double height = plotHeight * (double) day.questions() / scale;
                double x = LEFT + slot * i + (slot - barWidth) / 2;
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %d, %s</title></rect>",
                        x, TOP + plotHeight - height, barWidth, height, day.date(), day.questions(),
                        percent(day.answeredShare())));
                double cx = LEFT + slot * i + slot / 2;
                double cy = TOP + plotHeight - plotHeight * day.answeredShare();
                line.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", cx, cy));
                if (i % labelEvery == 0) {
                    svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                            cx, TOP + plotHeight + 24, day.date().toString().substring(5)));
                }
            }
            svg.append("<path class=\"share\" d=\"").append(line).append("\"/>");
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"legend\" x=\"%d\" y=\"%d\">", LEFT, CHART_HEIGHT - 6))
                .append("■ ").append(escape(prompts.text("report-legend-questions.zh.txt")))
                .append("</text>");
        svg.append(String.format(Locale.ROOT, "<text class=\"legend share\" x=\"%d\" y=\"%d\">", LEFT + 260, CHART_HEIGHT - 6))
                .append("— ").append(escape(prompts.text("report-legend-answered.zh.txt")))
                .append("</text>");
        svg.append("</svg>");
        return svg.toString();
    }

    /** The smallest of 1, 2, 5 × 10^n (times 4, for four grid steps of whole numbers) at or above {@code max}. */
    static int niceCeiling(int max) {
        int magnitude = 1;
        while (true) {
            for (int factor : new int[]{1, 2, 5}) {
                int candidate = factor * magnitude * 4;
                if (candidate >= max) {
                    return candidate;
                }
            }
            magnitude *= 10;
        }
    }

    static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + " %";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
