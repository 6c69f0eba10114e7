package com.newsbot.bot.answer.question;

import com.newsbot.bot.answer.language.Colloquial;
import com.newsbot.bot.answer.language.Entities;
import com.newsbot.bot.answer.language.Measures;
import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.language.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * The content words of a typed question ({@link Asked#words()}): what it is about, its own words and what a follow-up
 * carried, as HanLP segments them (the reader's units), fillers and a leading measure word left out. Stateless.
 */
final class AskedWords {
    private AskedWords() {
    }

    /** The content words of {@code question}'s content, fillers left out. */
    static List<String> of(Question question) {
        List<String> out = new ArrayList<>();
        String content = question.content();
        List<String> segmented = segmented(content);
        for (int i = 0; i < segmented.size(); i++) {
            String w = segmented.get(i);
            if (AskedNoun.isFiller(w) || w.equals("些")) {
                continue;
            }
            if (w.length() >= 3 && Measures.ALL.indexOf(w.charAt(0)) >= 0 && isChinese(w)
                    && !com.hankcs.hanlp.dictionary.CoreDictionary.contains(w)) {
                w = w.substring(1); // 那台机床 segmented 台机床: the measure word is not part of the name
            }
            if (w.length() == 1 && i + 1 < segmented.size()
                    && !Colloquial.get().alternatives(w + segmented.get(i + 1)).isEmpty()) {
                out.add(w + segmented.get(++i)); // 某某中招 segmented …中/招: 中招 is a chat word, not the end of the name
                continue;
            }
            out.add(w); // HanLP keeps an unknown (foreign) name whole
        }
        return List.copyOf(out);
    }

    /**
     * The content words of {@code content} as HanLP segments them (热干面, 邻居家, 小女孩, where smartcn reads 想吃热/干面 and
     * 前害): the reader's units; the lexical picker keeps smartcn's, the index's.
     */
    private static List<String> segmented(String content) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Entities.Word w : Entities.words(content)) {
            String word = w.text();
            if (word.length() >= 5 && !com.hankcs.hanlp.dictionary.CoreDictionary.contains(word)) {
                out.addAll(Words.of(word)); // 法国封城封边境 taken for one unknown name: smartcn cuts it into words
                continue;
            }
            if (!word.isBlank() && word.chars().allMatch(c -> Texts.isWordChar((char) c))
                    && !(word.length() == 1 && Texts.isFunctionChar(word.charAt(0)))) {
                out.add(word);
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether every character of {@code word} is a Chinese one. */
    static boolean isChinese(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Texts.isCjk(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
