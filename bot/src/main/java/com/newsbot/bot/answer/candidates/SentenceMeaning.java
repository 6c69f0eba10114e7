package com.newsbot.bot.answer.candidates;

import com.newsbot.bot.answer.retrieve.Paper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where in one article the meaning of a question lies, sentence by sentence (bge-small-zh): per unit, 1 when it is the
 * sentence closest to the question and how far it falls behind that one (0 or less), in the slots of
 * {@link PassageMeaning}. Read for a question asked within the article a conversation is about, where the article is
 * known and only the sentence is sought: a follow-up in the reader's own words (那笔捐款后来用在哪) shares few words with the
 * sentence that answers it (都被他赌博输了), but much of its meaning.
 */
final class SentenceMeaning {
    private SentenceMeaning() {
    }

    /** {best, gap} per unit of {@code units} for {@code question} ({@link PassageMeaning#NONE} without embeddings). */
    static double[][] of(Paper paper, String question, List<ArticleReader.Unit> units) {
        double[][] out = new double[units.size()][];
        Arrays.fill(out, PassageMeaning.NONE);
        List<String> texts = new ArrayList<>();
        for (ArticleReader.Unit u : units) {
            if (!u.headline()) {
                texts.add(u.text());
            }
        }
        if (question.isBlank() || texts.size() < 2) {
            return out;
        }
        double[] cosines = paper.textCosines(question, texts);
        if (cosines.length != texts.size()) {
            return out;
        }
        double top = Arrays.stream(cosines).max().orElse(0);
        int at = 0;
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).headline()) {
                double c = cosines[at++];
                out[i] = new double[]{c >= top ? 1 : 0, c - top};
            }
        }
        return out;
    }
}
