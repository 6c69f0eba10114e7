package com.newsbot.bot.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated paper of ten daily Markdown issues with dates, numbers and web addresses in their front matter:
 * 第1期 2021-03-01 … 第10期 2021-03-12, with no issue on 03-03 and 03-08. Every issue has a story about the canteen
 * (its seat count grows by 100 an issue) and an editor's note; issue 第2期 (03-02) also has a story about the bridge
 * by the east gate, with a headline longer than a button.
 */
public final class DailyPaper {
    public static final String URL = "https://paper.example.com/issues/";
    public static final String LONG_TITLE = "园区东门连接停车场的步行便桥今天正式完工并向全体员工开放";

    private DailyPaper() {
    }

    /** The issue dates, oldest first. */
    public static List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2021, 3, 1); dates.size() < 10; d = d.plusDays(1)) {
            if (d.getDayOfMonth() != 3 && d.getDayOfMonth() != 8) {
                dates.add(d);
            }
        }
        return dates;
    }

    /** The issue id of the issue dated {@code date} (its file name). */
    public static String id(LocalDate date) {
        return "daily-" + date;
    }

    /** Writes the issues into {@code seeds} (created). */
    public static Path write(Path seeds) throws IOException {
        Files.createDirectories(seeds);
        List<LocalDate> dates = dates();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            StringBuilder md = new StringBuilder("---\ntitle: 园区日报\ndate: " + date + "\nissue: 第" + (i + 1) + "期\n"
                    + "url: " + URL + (i + 1) + "\n---\n\n");
            md.append("## 新食堂座位再增加\n\n作者：王明\n\n园区新食堂目前可同时容纳").append(300 + 100 * i)
                    .append("人就餐，后勤部表示座位还会增加。\n\n");
            if (i == 1) {
                md.append("## ").append(LONG_TITLE).append("\n\n连接东门和停车场的便桥已经完工，步行只需三分钟。\n\n");
            }
            md.append("## 编者按\n\n本期共刊登园区新闻若干条，欢迎读者来信。\n");
            Files.writeString(seeds.resolve(id(date) + ".md"), md.toString(), StandardCharsets.UTF_8);
        }
        return seeds;
    }
}
