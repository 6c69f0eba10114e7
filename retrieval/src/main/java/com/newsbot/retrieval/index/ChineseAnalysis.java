package com.newsbot.retrieval.index;

import com.newsbot.retrieval.ChineseText;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where text analysis is defined, for indexing and querying alike.
 *
 * <p>Every field first folds its text: NFKC with case folding (full-width letters and digits become
 * ASCII, upper case becomes lower) and then traditional to simplified Chinese (ICU's
 * {@code Traditional-Simplified} table), so a question typed in either script meets the same terms.
 * Folding happens before tokenizing because the smartcn dictionary is simplified Chinese.
 * Then a field is cut either into words (smartcn's HMM segmenter) or into overlapping CJK bigrams.
 */
final class ChineseAnalysis {

    /** Words that say "this is a question" and nothing about the topic; dropped on both sides. */
    private static final List<String> QUESTION_WORDS = List.of(
            "什么", "甚么", "哪", "哪里", "哪儿", "哪个", "哪些", "哪一", "哪位", "哪家", "哪年", "哪天", "谁", "几",
            "多少", "怎么", "怎样", "怎么样", "为什么", "如何", "吗", "呢", "吧", "么", "请问", "是", "的", "了",
            "在", "有", "和", "与", "及", "被", "把", "对", "将", "也", "都", "就", "而", "之");

    private static final CharArraySet WORD_STOPS;

    static {
        CharArraySet stops = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        stops.addAll(QUESTION_WORDS);
        WORD_STOPS = CharArraySet.unmodifiableSet(stops);
    }

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private ChineseAnalysis() {
    }

    /** Width, case and script folding applied to every analyzed field (and usable on its own). */
    static String fold(String text) {
        char[] chars = NFKC_CASEFOLD.normalize(text).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ChineseText.simplified(chars[i]);
        }
        return new String(chars);
    }

    /** Words: smartcn segmentation over folded text, punctuation and question words removed. */
    static Analyzer words() {
        return new FoldingAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new StopFilter(stream, WORD_STOPS);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** Bigrams: overlapping pairs of Han characters (single ones where alone), other scripts as words. */
    static Analyzer bigrams() {
        return new FoldingAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new CJKBigramFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** The analyzer for every indexed text field of {@link IndexSchema}. */
    static Analyzer perField() {
        Analyzer words = words();
        Analyzer bigrams = bigrams();
        return new PerFieldAnalyzerWrapper(words, Map.of(
                IndexSchema.BODY_WORDS, words,
                IndexSchema.TITLE_WORDS, words,
                IndexSchema.BODY_BIGRAMS, bigrams,
                IndexSchema.TITLE_BIGRAMS, bigrams));
    }

    /** The distinct terms {@code analyzer} makes of {@code text} for {@code field}, in order, at most {@code max}. */
    static List<String> terms(Analyzer analyzer, String field, String text, int max) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < max && stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a string cannot fail, but did", e);
        }
        return new ArrayList<>(terms);
    }

    private abstract static class FoldingAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            try {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[4096];
                for (int n; (n = reader.read(buffer)) > 0; ) {
                    text.append(buffer, 0, n);
                }
                return new StringReader(fold(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("reading text to analyze", e);
            }
        }
    }
}
