package com.newsbot.retrieval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A generated paper of several daily Markdown issues with dates and numbers in their front matter, for tests about
 * naming issues: 第1期 2021-03-01 … 第4期 2021-03-05, with no issue on 2021-03-03. A story about the canteen's seats
 * runs in every issue with a growing count; the notice about the library runs word for word in the first and the
 * last issue; issue 2 has its own story about a bridge.
 */
final class MultiIssuePaper {
    static final LocalDate[] DATES = {LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 4),
            LocalDate.of(2021, 3, 5)};
    static final String URL = "https://paper.example.com/issues/";

    private MultiIssuePaper() {
    }

    /** Writes the issues into {@code seeds} (created) as {@code daily-YYYY-MM-DD.md}. */
    static Path write(Path seeds) throws IOException {
        Files.createDirectories(seeds);
        for (int i = 0; i < DATES.length; i++) {
            LocalDate date = DATES[i];
            StringBuilder md = new StringBuilder("---\ntitle: 园区日报\ndate: " + date + "\nissue: 第" + (i + 1) + "期\n"
                    + "url: " + URL + (i + 1) + "\n---\n\n");
            md.append("## 新食堂座位再增加\n\n作者：王明\n\n园区新食堂目前可同时容纳").append(300 + 100 * i)
                    .append("人就餐，后勤部表示座位还会增加。\n\n");
            if (i == 0 || i == DATES.length - 1) {
                md.append("## 图书馆开放时间调整\n\n园区图书馆自本月起每天开放到晚上九点，周末照常开放。\n\n");
            }
            if (i == 1) {
                md.append("## 园区东门便桥完工\n\n连接东门和停车场的便桥已经完工，步行只需三分钟。\n\n");
            }
            md.append("## 第").append(i + 1).append("期编者按\n\n本期共刊登园区新闻若干条，欢迎读者来信。\n");
            Files.writeString(seeds.resolve("daily-" + date + ".md"), md.toString(), StandardCharsets.UTF_8);
        }
        return seeds;
    }
}
