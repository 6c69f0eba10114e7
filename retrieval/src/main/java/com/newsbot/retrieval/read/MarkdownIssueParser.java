package com.newsbot.retrieval.read;

import com.newsbot.retrieval.ArticleKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the structured Markdown export: optional front matter between {@code ---} lines ({@code title:} issue
 * name, {@code date: YYYY-MM-DD}, {@code issue:} number, {@code url:}, {@code id:}), then per article a
 * {@code ## } headline, an optional {@code ### } subtitle, an optional first line {@code 作者：…} /
 * {@code Author: …}, and paragraphs separated by blank lines (consecutive lines are one paragraph). Text before
 * the first headline is not an article. A headline that is a sidebar label (微评, 编者按…) makes a sidebar.
 * One pass over the lines, no regular expressions per line: corpora of thousands of articles read quickly.
 */
final class MarkdownIssueParser {

    ParsedIssue parse(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        SidecarMetadata metadata = SidecarMetadata.NONE;
        if (i < lines.length && lines[i].strip().equals("---")) {
            int close = i + 1;
            while (close < lines.length && !lines[close].strip().equals("---")) {
                close++;
            }
            if (close < lines.length) {
                metadata = frontMatter(lines, i + 1, close);
                i = close + 1;
            }
        }
        List<ArticleDraft> articles = new ArrayList<>();
        Builder current = null;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("## ") || line.equals("##")) {
                if (current != null) {
                    current.finish(articles);
                }
                current = new Builder(line.substring(2).strip());
            } else if (current == null) {
                continue;
            } else if (line.startsWith("### ") && current.canTakeSubtitle()) {
                current.subtitle = line.substring(3).strip();
            } else if (line.isEmpty()) {
                current.endParagraph();
            } else if (current.canTakeAuthor() && authorOf(line) != null) {
                current.author = authorOf(line);
            } else {
                current.addLine(headingText(line));
            }
        }
        if (current != null) {
            current.finish(articles);
        }
        return new ParsedIssue(metadata, articles);
    }

    /** A deeper heading ({@code #### 小标题}) inside an article reads as its text; other lines as they are. */
    private static String headingText(String line) {
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes == 0 || hashes > 6 || hashes == line.length() || line.charAt(hashes) != ' ') {
            return line;
        }
        return line.substring(hashes).strip();
    }

    private static SidecarMetadata frontMatter(String[] lines, int from, int to) {
        String id = null;
        String name = null;
        String date = null;
        String number = null;
        String url = null;
        for (int k = from; k < to; k++) {
            String line = lines[k];
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = unquote(line.substring(colon + 1).strip());
            switch (key) {
                case "id" -> id = value;
                case "title", "name" -> name = value;
                case "date" -> date = value;
                case "issue", "number" -> number = value;
                case "url" -> url = value;
                default -> { }
            }
        }
        return new SidecarMetadata(id, name, date, number, url);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** The author named by an author line ({@code 作者：林芸}, {@code Author: Lin Yun}), else null. */
    private static String authorOf(String line) {
        String rest;
        if (line.startsWith("作者")) {
            rest = line.substring(2);
        } else if (line.regionMatches(true, 0, "author", 0, 6)) {
            rest = line.substring(6);
        } else {
            return null;
        }
        rest = rest.stripLeading();
        if (rest.isEmpty() || (rest.charAt(0) != ':' && rest.charAt(0) != '：')) {
            return null;
        }
        return rest.substring(1).strip();
    }

    private static final class Builder {
        private final String title;
        private String subtitle = "";
        private String author = "";
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();

        Builder(String title) {
            this.title = title;
        }

        boolean canTakeSubtitle() {
            return subtitle.isEmpty() && author.isEmpty() && paragraphs.isEmpty() && paragraph.length() == 0;
        }

        boolean canTakeAuthor() {
            return author.isEmpty() && paragraphs.isEmpty() && paragraph.length() == 0;
        }

        void addLine(String line) {
            if (paragraph.length() > 0 && needsSpace(paragraph.charAt(paragraph.length() - 1), line.charAt(0))) {
                paragraph.append(' ');
            }
            paragraph.append(line);
        }

        void endParagraph() {
            if (paragraph.length() > 0) {
                paragraphs.add(paragraph.toString().strip());
                paragraph.setLength(0);
            }
        }

        void finish(List<ArticleDraft> out) {
            endParagraph();
            if (title.isEmpty() && paragraphs.isEmpty()) {
                return;
            }
            ArticleKind kind = SidebarLabels.isKnownLabel(title) ? ArticleKind.SIDEBAR : ArticleKind.STORY;
            out.add(new ArticleDraft(kind, "", title, subtitle, "", author, paragraphs));
        }

        private static boolean needsSpace(char before, char after) {
            return before < 0x3000 && after < 0x3000 && !Character.isWhitespace(before);
        }
    }
}
