package com.newsbot.bot.answer.language;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.newsbot.bot.answer.Preload;

import java.util.ArrayList;
import java.util.List;

/**
 * People, places and organisations named in a sentence, tagged by HanLP (portable, pure Java, dictionaries inside its
 * jar): what answers 谁, 哪里 and 哪家. Thread-safe; the dictionaries load on first use.
 */
public final class Entities {
    /** A named span of a sentence. */
    public enum Type { PERSON, PLACE, ORGANIZATION, TITLE }

    public record Entity(Type type, String text, int start, int end) {
    }

    private static final class Holder {
        static final Segment SEGMENT = HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
    }

    private Entities() {
    }

    /** Loads the dictionaries now ({@link Preload} runs it for a chat, on a background thread at start). */
    public static void warmUp() {
        of("上海汽车集团的张三在北京说。");
    }

    /** A word of a sentence with its part of speech (HanLP's PKU-style tag: n, nr, ns, nt, v, vn, r, m, q, …). */
    public record Word(String text, String tag, int start) {
    }

    /** The words of {@code text} with their parts of speech; empty when the tagger fails. */
    public static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        try {
            for (Term t : Holder.SEGMENT.seg(text)) {
                out.add(new Word(t.word, t.nature == null ? "" : t.nature.toString(), t.offset));
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /**
     * Whether a two-character name ending at {@code end} is cut short: one more Chinese character follows that is no
     * function word, and then a list separator or the end (黄元|毅和, 李某|钏，).
     */
    private static boolean cutShort(String sentence, int end) {
        if (end >= sentence.length()) {
            return false;
        }
        char next = sentence.charAt(end);
        if (Character.UnicodeScript.of(next) != Character.UnicodeScript.HAN || Texts.isFunctionChar(next)) {
            return false;
        }
        return end + 1 == sentence.length() || "和、，,及与（(；;。".indexOf(sentence.charAt(end + 1)) >= 0;
    }

    /** The distinct names of people {@code sentence} holds. */
    public static java.util.Set<String> people(String sentence) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Entity e : of(sentence)) {
            if (e.type() == Type.PERSON) {
                out.add(e.text());
            }
        }
        return out;
    }

    /**
     * The entities of the sentences tagged last ({@value #KEPT} sentences): a question's candidates and its answer read
     * the same sentences of the same few articles (each about twice a question when measured), and tagging is the
     * reader's largest cost.
     */
    static final int KEPT = 2048;
    private static final java.util.Map<String, List<Entity>> kept = new java.util.LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Entity>> eldest) {
            return size() > KEPT;
        }
    };

    /** The people, places, organisations and titles {@code sentence} names, in order (the same list for the same text). */
    public static List<Entity> of(String sentence) {
        synchronized (kept) {
            List<Entity> known = kept.get(sentence);
            if (known != null) {
                return known;
            }
        }
        List<Entity> tagged = tag(sentence);
        synchronized (kept) {
            kept.put(sentence, tagged);
        }
        return tagged;
    }

    private static List<Entity> tag(String sentence) {
        List<Entity> out = new ArrayList<>();
        List<Term> terms;
        try {
            terms = Holder.SEGMENT.seg(sentence);
        } catch (RuntimeException e) {
            return List.of(); // a tagger failure costs the typed answer, never the question
        }
        for (Term t : terms) {
            String nature = t.nature == null ? "" : t.nature.toString();
            Type type = nature.equals("nnt") ? Type.TITLE
                    : nature.startsWith("nr") ? Type.PERSON
                    : nature.startsWith("ns") ? Type.PLACE
                    : nature.startsWith("nt") ? Type.ORGANIZATION
                    : nature.equals("nnt") ? Type.TITLE : null;
            if (type != null && t.word.length() >= 2) {
                int end = t.offset + t.word.length();
                if (type == Type.PERSON && t.word.length() == 2 && cutShort(sentence, end)) {
                    end++; // 黄元毅和…: the tagger took 黄元 and left 毅 to the next word
                }
                out.add(new Entity(type, sentence.substring(t.offset, end), t.offset, end));
            }
        }
        return List.copyOf(out);
    }
}
