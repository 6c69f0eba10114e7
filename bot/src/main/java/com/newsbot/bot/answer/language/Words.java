package com.newsbot.bot.answer.language;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words of a question's content (Lucene's smartcn segmenter): the units the evidence gate checks the
 * passage for, so a question is covered when its words are there, not just some of its character pairs.
 */
public final class Words {
    /** smartcn without its stop set (it stops punctuation only; function characters are dropped here). */
    private static final Analyzer ANALYZER = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

    private Words() {
    }

    /** The distinct content words of {@code text} as written (no stemming), in order. */
    public static List<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream("q", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String word = text.substring(offset.startOffset(), offset.endOffset());
                if (isContent(word)) {
                    out.add(word);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("segmenting a question failed", e);
        }
        return new ArrayList<>(out);
    }

    private static boolean isContent(String word) {
        if (word.isBlank()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Texts.isWordChar(c)) {
                return false;
            }
        }
        return !(word.length() == 1 && Texts.isFunctionChar(word.charAt(0)));
    }
}
