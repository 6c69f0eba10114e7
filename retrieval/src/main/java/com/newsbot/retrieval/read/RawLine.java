package com.newsbot.retrieval.read;

/**
 * One non-blank line of raw newspaper text, whitespace normalised, with what it looks like on the page.
 *
 * @param text   the line
 * @param kind   what the line looks like
 * @param author for a byline the names, for a signature the signed text; else ""
 */
record RawLine(String text, Kind kind, String author) {
    enum Kind {
        /** Running text, or a fragment of it. */
        BODY,
        /** Short, unpunctuated, balanced: a headline, kicker or column title — or a fragment cut by layout. */
        HEADLINE,
        /** A sub-headline opened by a dash: {@code ——…的故事}. */
        SUBTITLE,
        /** {@code 本报记者 林芸}. */
        BYLINE,
        /** A bracketed line of its own: {@code （上汽销售党委书记 李文红）}, {@code （杨淑媛）}. */
        SIGNATURE,
        /** A sidebar label: {@code 微评}, {@code 编者按}. */
        LABEL,
        /** Page furniture, not part of any article: masthead ({@code 上汽报 2022年8月5日 星期五 第3版}), {@code 责任编辑 沈静}. */
        FURNITURE
    }
}
