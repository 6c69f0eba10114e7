package com.newsbot.retrieval;

import java.util.Objects;

/**
 * How a text names an issue, found by {@link IssueRefs}: what kind of reference it is, its values, and where in the
 * text it stands (so a question can be asked again without it).
 *
 * @param kind   what the text refers to
 * @param number {@link Kind#NUMBER}: the issue number (第12期 → 12); {@link Kind#PREVIOUS}: how many issues back
 *               (上期 → 1, 上上期 → 2); otherwise 0
 * @param year   {@link Kind#DATE}: the year, or 0 when the text gives none
 * @param month  {@link Kind#DATE}: the month (1-12), otherwise 0
 * @param day    {@link Kind#DATE}: the day of the month, otherwise 0
 * @param id     {@link Kind#ID}: the issue id given, otherwise ""
 * @param start  where the phrase naming the issue starts in the text (a char index)
 * @param end    where it ends (exclusive)
 */
public record IssueRef(Kind kind, int number, int year, int month, int day, String id, int start, int end) {

    /** The ways a reader names an issue. */
    public enum Kind {
        /** 最新一期, 这期, 本期, 最近一期, 最新的报纸. */
        LATEST,
        /** 上期, 上一期, 前一期, 上一次的报纸, 上上期: {@link #number()} issues before the latest. */
        PREVIOUS,
        /** 第N期: the issue numbered {@link #number()} in its sidecar or front matter. */
        NUMBER,
        /** 4月2日那期, 4月2号的报纸, 4.2那期, 2020-04-02的报纸, 2020年4月2日那期. */
        DATE,
        /** 最早那期, 最早的一期, 创刊号, 首期. */
        EARLIEST,
        /** An issue id, given as a command's argument ({@code /issue cn-2020-04-02}). */
        ID
    }

    public IssueRef {
        Objects.requireNonNull(kind, "kind");
        id = id == null ? "" : id;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** {@code text} (the text this reference was found in) without the phrase naming the issue, stripped. */
    public String cutFrom(String text) {
        return (text.substring(0, start) + " " + text.substring(end)).strip();
    }
}
