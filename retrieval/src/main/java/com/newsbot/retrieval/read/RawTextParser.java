package com.newsbot.retrieval.read;

import com.newsbot.retrieval.ArticleKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the articles of raw newspaper text (as pulled from a printed page). Blank lines mean nothing; the
 * pieces are found from what the lines look like ({@link LineClassifier}) and where they stand:
 *
 * <ol>
 *   <li>Page furniture (masthead, page number, editor credits) is dropped.</li>
 *   <li>Sidebars come out first: a label ({@code 微评}, {@code 编者按}… or any 2–4 character line) followed within
 *       a few lines by a bracketed signature line is one sidebar; a known label without a signature takes the
 *       paragraph after it. The story around a sidebar reads on as if it were not there, so a paragraph the
 *       sidebar cut is joined again.</li>
 *   <li>A run of headline lines, dash subtitles and bylines starts a story when it has a byline or dash subtitle,
 *       or opens a {@code 本报讯} lead, or opens the text, or has two or more headline lines after a finished
 *       paragraph, or one after a story closed by an author mark. Otherwise a short line is a layout fragment of
 *       the running text (a paragraph cut at the foot of a column).</li>
 *   <li>A byline with no headline in the middle of a story is a credit ({@code 摄影 王刚}) and is dropped.</li>
 *   <li>Body lines are joined into paragraphs by {@link ParagraphJoiner}; a {@code 本报讯（记者 …）} opening and a
 *       trailing author mark ({@code （杨淑媛）}) are taken out of the text into the author.</li>
 * </ol>
 */
final class RawTextParser {
    /** A sidebar signature must follow its label within this many lines. */
    private static final int SIDEBAR_REACH = 8;
    /** A sidebar under a label that is not a known one must be signed within this many lines. */
    private static final int GENERIC_SIDEBAR_REACH = 4;
    /** A sidebar without signature takes at most this many lines after its label. */
    private static final int SIDEBAR_UNSIGNED_LINES = 6;
    private static final int DERIVED_TITLE = 30;

    private final LineClassifier classifier;
    private final BylineParser bylines;
    private final HeadlineAssigner headlines;
    private final ParagraphJoiner joiner;

    RawTextParser(LineClassifier classifier, BylineParser bylines, HeadlineAssigner headlines, ParagraphJoiner joiner) {
        this.classifier = classifier;
        this.bylines = bylines;
        this.headlines = headlines;
        this.joiner = joiner;
    }

    ParsedIssue parse(String text) {
        List<RawLine> lines = new ArrayList<>();
        for (RawLine line : classifier.classify(text)) {
            if (line.kind() != RawLine.Kind.FURNITURE) {
                lines.add(line);
            }
        }
        List<RawLine> stream = new ArrayList<>(lines.size());
        List<List<ArticleDraft>> sidebarsBefore = new ArrayList<>(lines.size() + 1);
        List<ArticleDraft> pendingSidebars = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int end = sidebarEnd(lines, i);
            if (end > i) {
                pendingSidebars.add(sidebar(lines.subList(i, end)));
                i = end - 1;
                continue;
            }
            sidebarsBefore.add(pendingSidebars.isEmpty() ? List.of() : pendingSidebars);
            pendingSidebars = pendingSidebars.isEmpty() ? pendingSidebars : new ArrayList<>();
            stream.add(lines.get(i));
        }
        sidebarsBefore.add(pendingSidebars);
        return new ParsedIssue(SidecarMetadata.NONE, stories(stream, sidebarsBefore));
    }

    /** The end (exclusive) of a sidebar that starts at {@code i}, or {@code i} when none does. */
    private static int sidebarEnd(List<RawLine> lines, int i) {
        RawLine label = lines.get(i);
        boolean known = label.kind() == RawLine.Kind.LABEL;
        if (!known && !LineClassifier.mayBeGenericLabel(label)) {
            return i;
        }
        int limit = Math.min(lines.size(), i + 1 + (known ? SIDEBAR_REACH : GENERIC_SIDEBAR_REACH));
        for (int k = i + 1; k < limit; k++) {
            RawLine.Kind kind = lines.get(k).kind();
            if (kind == RawLine.Kind.SIGNATURE) {
                return k > i + 1 ? k + 1 : i;
            }
            if (kind != RawLine.Kind.BODY && kind != RawLine.Kind.HEADLINE) {
                break;
            }
        }
        if (!known) {
            return i;
        }
        int k = i + 1;
        int limitUnsigned = Math.min(lines.size(), i + 1 + SIDEBAR_UNSIGNED_LINES);
        while (k < limitUnsigned && lines.get(k).kind() == RawLine.Kind.BODY) {
            boolean ends = ParagraphJoiner.endsSentence(lines.get(k).text());
            k++;
            if (ends) {
                return k;
            }
        }
        return k > i + 1 ? k : i;
    }

    private ArticleDraft sidebar(List<RawLine> lines) {
        RawLine last = lines.get(lines.size() - 1);
        boolean signed = last.kind() == RawLine.Kind.SIGNATURE;
        List<String> body = new ArrayList<>();
        for (RawLine line : lines.subList(1, signed ? lines.size() - 1 : lines.size())) {
            body.add(line.text());
        }
        List<String> paragraphs = new ArrayList<>(joiner.join(body));
        String author = signed ? last.author() : "";
        if (!signed && !paragraphs.isEmpty()) {
            BylineParser.TrailingMark mark = bylines.trailingMark(paragraphs.get(paragraphs.size() - 1));
            if (mark != null) {
                author = mark.author();
                replaceLast(paragraphs, mark.remainder());
            }
        }
        return new ArticleDraft(ArticleKind.SIDEBAR, "", lines.get(0).text(), "", "", author, paragraphs);
    }

    private List<ArticleDraft> stories(List<RawLine> stream, List<List<ArticleDraft>> sidebarsBefore) {
        List<ArticleDraft> out = new ArrayList<>();
        List<ArticleDraft> pending = new ArrayList<>();
        StoryBuilder current = null;
        int i = 0;
        while (i < stream.size()) {
            pending.addAll(sidebarsBefore.get(i));
            RawLine line = stream.get(i);
            int groupEnd = headerEnd(stream, i);
            if (groupEnd > i && current != null && !current.body.isEmpty() && onlyBylines(stream, i, groupEnd)) {
                i = groupEnd; // a credit inside a story (摄影 王刚): no headline, so no new story
                continue;
            }
            if (groupEnd > i && startsStory(stream, i, groupEnd, current)) {
                if (current != null && current.body.isEmpty() && onlyBylinesOrSubtitles(stream, i, groupEnd)) {
                    current.addHeader(stream.subList(i, groupEnd));
                } else {
                    close(current, out, pending);
                    current = new StoryBuilder();
                    current.addHeader(stream.subList(i, groupEnd));
                }
                for (int k = i + 1; k < groupEnd; k++) {
                    pending.addAll(sidebarsBefore.get(k));
                }
                i = groupEnd;
                continue;
            }
            if (current == null) {
                current = new StoryBuilder();
            }
            current.body.add(line.text());
            i++;
        }
        pending.addAll(sidebarsBefore.get(stream.size()));
        close(current, out, pending);
        return out;
    }

    /** The end of the run of headline, subtitle and byline lines starting at {@code i} (i when none). */
    private static int headerEnd(List<RawLine> stream, int i) {
        int j = i;
        while (j < stream.size() && (stream.get(j).kind() == RawLine.Kind.HEADLINE
                || stream.get(j).kind() == RawLine.Kind.SUBTITLE || stream.get(j).kind() == RawLine.Kind.LABEL)) {
            j++;
        }
        while (j < stream.size() && stream.get(j).kind() == RawLine.Kind.BYLINE) {
            j++;
        }
        return j;
    }

    private static boolean onlyBylines(List<RawLine> stream, int from, int to) {
        for (int k = from; k < to; k++) {
            if (stream.get(k).kind() != RawLine.Kind.BYLINE) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyBylinesOrSubtitles(List<RawLine> stream, int from, int to) {
        for (int k = from; k < to; k++) {
            RawLine.Kind kind = stream.get(k).kind();
            if (kind != RawLine.Kind.BYLINE && kind != RawLine.Kind.SUBTITLE) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsStory(List<RawLine> stream, int from, int to, StoryBuilder current) {
        int heads = 0;
        boolean strong = to < stream.size() && stream.get(to).text().startsWith("本报讯");
        for (int k = from; k < to; k++) {
            RawLine.Kind kind = stream.get(k).kind();
            if (kind == RawLine.Kind.BYLINE || kind == RawLine.Kind.SUBTITLE) {
                strong = true;
            } else {
                heads++;
            }
        }
        if (strong || current == null) {
            return true;
        }
        if (current.lastLineUnfinished()) {
            return false;
        }
        return heads >= 2 || current.endsWithAuthorMark(stream.get(from - 1).text());
    }

    private void close(StoryBuilder story, List<ArticleDraft> out, List<ArticleDraft> pending) {
        if (story != null) {
            ArticleDraft draft = story.build();
            if (draft != null) {
                out.add(draft);
            }
        }
        out.addAll(pending);
        pending.clear();
    }

    private static void replaceLast(List<String> paragraphs, String replacement) {
        if (replacement.isEmpty()) {
            paragraphs.remove(paragraphs.size() - 1);
        } else {
            paragraphs.set(paragraphs.size() - 1, replacement);
        }
    }

    /** A story being collected: its headline block and its body lines. */
    private final class StoryBuilder {
        private final List<String> heads = new ArrayList<>();
        private final List<String> subtitles = new ArrayList<>();
        private final List<String> bylineNames = new ArrayList<>();
        private final List<String> body = new ArrayList<>();

        void addHeader(List<RawLine> header) {
            for (RawLine line : header) {
                switch (line.kind()) {
                    case BYLINE -> {
                        if (!line.author().isEmpty()) {
                            bylineNames.add(line.author());
                        }
                    }
                    case SUBTITLE -> subtitles.add(line.text());
                    default -> heads.add(line.text());
                }
            }
        }

        boolean lastLineUnfinished() {
            return !body.isEmpty() && !ParagraphJoiner.endsSentence(body.get(body.size() - 1));
        }

        boolean endsWithAuthorMark(String previousLine) {
            return bylines.signature(previousLine) != null || bylines.trailingMark(previousLine) != null;
        }

        ArticleDraft build() {
            List<String> paragraphs = new ArrayList<>(joiner.join(body));
            String author = String.join(" ", bylineNames);
            if (!paragraphs.isEmpty()) {
                BylineParser.LeadByline lead = bylines.leadByline(paragraphs.get(0));
                if (lead != null) {
                    if (author.isEmpty()) {
                        author = lead.author();
                    }
                    if (lead.remainder().isEmpty()) {
                        paragraphs.remove(0);
                    } else {
                        paragraphs.set(0, lead.remainder());
                    }
                }
            }
            if (paragraphs.size() > 1) {
                BylineParser.TrailingMark bracketed = bylines.trailingMark(paragraphs.get(0));
                if (bracketed != null && bracketed.remainder().isEmpty()) {
                    author = author.isEmpty() ? bracketed.author() : author;
                    paragraphs.remove(0);
                }
            }
            if (!paragraphs.isEmpty()) {
                String last = paragraphs.get(paragraphs.size() - 1);
                String signature = bylines.signature(last);
                BylineParser.TrailingMark mark = bylines.trailingMark(last);
                if (mark != null) {
                    author = author.isEmpty() ? mark.author() : author;
                    replaceLast(paragraphs, mark.remainder());
                } else if (signature != null && paragraphs.size() > 1) {
                    author = author.isEmpty() ? signature : author;
                    replaceLast(paragraphs, "");
                }
            }
            if (heads.isEmpty() && subtitles.isEmpty() && paragraphs.isEmpty()) {
                return null;
            }
            HeadlineAssigner.Headline headline = headlines.assign(heads, subtitles);
            String title = headline.title();
            if (title.isEmpty() && !paragraphs.isEmpty()) {
                title = derivedTitle(paragraphs.get(0));
            }
            return new ArticleDraft(ArticleKind.STORY, headline.kicker(), title, headline.subtitle(),
                    headline.column(), author, paragraphs);
        }

        private String derivedTitle(String paragraph) {
            int end = paragraph.length();
            for (int k = 0; k < paragraph.length(); k++) {
                if ("。！？；，".indexOf(paragraph.charAt(k)) >= 0) {
                    end = k;
                    break;
                }
            }
            end = Math.min(end, DERIVED_TITLE);
            return end < paragraph.length() && end == DERIVED_TITLE ? paragraph.substring(0, end) + "…"
                    : paragraph.substring(0, end);
        }
    }
}
