package com.newsbot.bot.answer.decide;

import com.newsbot.bot.answer.candidates.ArticleReader;
import com.newsbot.bot.answer.language.Entities;
import com.newsbot.bot.answer.question.Asked;

import java.util.List;

/**
 * Whether two readings report the same story (the same kind of answer, as much of the question covered, or the same
 * sentence but for its figures) and the same figure: how the latest of a story told on several days is found
 * ({@link ReadingAnswers}). Stateless.
 */
public final class SameStory {
    /** A newer report counts as the same story when it covers at least this share of what the best one does. */
    static final double SAME_STORY = 0.85;
    /** Below {@link #SAME_STORY}, a report of at least this share of the topic is the same story when its answer reads alike. */
    static final double SAME_FRAME_TOPIC = 0.6;
    /** How alike (character pairs, figures aside) two answering sentences must read to tell the same changing fact. */
    static final double SAME_FRAME = 0.45;
    private static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern.compile("[0-9０-９.．]+|[一二三四五六七八九十百千万两]+(?=[人名例个倍次])");

    private SameStory() {
    }

    /** Whether two direct answers give the same figure (一万元 and 1万元 alike); never for none. */
    static boolean sameFigure(String a, String b) {
        return !a.isEmpty() && digits(a).equals(digits(b));
    }

    private static String digits(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            int d = com.newsbot.retrieval.ChineseText.digit(c);
            out.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return out.toString();
    }

    /**
     * Whether {@code other} reports the story {@code reading} tells: the same kind of answer found, and as much of the
     * question covered, or the answering sentence says the same thing in the same words but for its figures (尾矿库(事发点)钼超标0.29倍
     * then 尾矿库(事发点)：钼超标16.3倍) while still being about the question's subject.
     */
    static boolean sameStory(Asked asked, ArticleReader.Reading other, ArticleReader.Reading reading) {
        if (other.typedHit() != reading.typedHit() || anotherPlace(asked, other, reading)) {
            return false;
        }
        if (other.topic() >= SAME_STORY * reading.topic()) {
            return true;
        }
        return other.topic() >= SAME_FRAME_TOPIC * reading.topic()
                && frameLikeness(other.best().text(), reading.best().text()) >= SAME_FRAME;
    }

    /**
     * Whether {@code other}'s sentence is about another place than the question's: the question names a place that
     * {@code reading}'s sentence holds and {@code other}'s lacks while naming a place of its own (丹麦 for 法国那项禁令).
     */
    private static boolean anotherPlace(Asked asked, ArticleReader.Reading other, ArticleReader.Reading reading) {
        String mine = other.best().text();
        java.util.Set<String> places = new java.util.LinkedHashSet<>();
        for (Entities.Entity e : Entities.of(asked.text())) {
            if (e.type() == Entities.Type.PLACE) {
                places.add(e.text());
            }
        }
        for (String w : asked.words()) { // 法国 also when the tagger glued it to what follows (法国封城封边境)
            List<Entities.Entity> alone = Entities.of(w);
            if (alone.size() == 1 && alone.get(0).type() == Entities.Type.PLACE && alone.get(0).text().equals(w)) {
                places.add(w);
            }
        }
        for (String place : places) {
            if (reading.best().text().contains(place) && !mine.contains(place)) {
                for (Entities.Entity o : Entities.of(mine)) {
                    if (o.type() == Entities.Type.PLACE && !asked.text().contains(o.text())) { // 丹麦
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The sentence of an earlier report that tells the fact {@code sentence} tells (the same words but for its figures:
     * 尾矿库(事发点)：钼超标7.5倍 for 尾矿库(事发点)：钼超标16.3倍, not another site's figure), "" when none reads alike.
     */
    public static String sameFact(ArticleReader.Reading earlier, String sentence) {
        String found = "";
        double best = SAME_FRAME;
        for (ArticleReader.Unit u : earlier.units()) {
            double likeness = frameLikeness(u.text(), sentence);
            if (likeness >= best) {
                best = likeness;
                found = u.text();
            }
        }
        return found;
    }

    /** Dice likeness of two sentences' character pairs, digits and punctuation aside: how alike they read but for figures. */
    static double frameLikeness(String a, String b) {
        java.util.Set<String> pa = framePairs(a);
        java.util.Set<String> pb = framePairs(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String p : pa) {
            if (pb.contains(p)) {
                shared++;
            }
        }
        return 2.0 * shared / (pa.size() + pb.size());
    }

    private static java.util.Set<String> framePairs(String text) {
        String frame = FIGURES.matcher(text).replaceAll("N").replaceAll("[\\p{P}\\s]+", "");
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= frame.length(); i++) {
            pairs.add(frame.substring(i, i + 2));
        }
        return pairs;
    }
}
