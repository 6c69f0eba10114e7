package com.newsbot.retrieval.read;

import java.util.Set;

/** The short labels that introduce a sidebar (a comment or box printed inside or beside a story). */
final class SidebarLabels {
    private static final Set<String> KNOWN = Set.of(
            "微评", "短评", "点评", "快评", "时评", "小评", "述评", "短论", "微言", "评论", "评论员文章",
            "编者按", "编者的话", "编后", "编后语", "编后记", "编辑手记", "记者手记", "采访手记", "手记", "后记",
            "链接", "相关链接", "知识链接", "背景链接", "延伸阅读", "背景", "小贴士", "贴士", "感言", "心声", "寄语",
            "一句话点评", "画外音", "观点", "声音");

    private SidebarLabels() {
    }

    /** Whether {@code line} is, or begins with, a known sidebar label ({@code 微评}, {@code 编者按：…}). */
    static boolean isKnownLabel(String line) {
        String head = line.strip();
        int cut = indexOfAny(head, "：:｜|　 ");
        if (cut > 0) {
            head = head.substring(0, cut);
        }
        head = head.replace("【", "").replace("】", "").replace("[", "").replace("]", "");
        return KNOWN.contains(head);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
