package com.newsbot.bot.answer.english;

import com.newsbot.bot.answer.language.Texts;
import com.newsbot.bot.answer.retrieve.Paper;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * How often a paper uses a Chinese word, from its document frequencies of character pairs: the fewest articles any
 * pair of the word is in; for a single character, the most articles a pair holding it is in (counted once, when
 * first asked).
 */
final class PaperUsage implements ToIntFunction<String> {
    private final Paper paper;
    private Map<Character, Integer> characters;

    PaperUsage(Paper paper) {
        this.paper = paper;
    }

    @Override
    public int applyAsInt(String word) {
        Map<String, Integer> df = paper.weights().documentFrequencies();
        if (word.length() == 1) {
            return characters(df).getOrDefault(word.charAt(0), 0);
        }
        Set<String> pairs = Texts.terms(word);
        int fewest = pairs.isEmpty() ? 0 : Integer.MAX_VALUE;
        for (String pair : pairs) {
            fewest = Math.min(fewest, df.getOrDefault(pair, 0));
        }
        return fewest;
    }

    private synchronized Map<Character, Integer> characters(Map<String, Integer> df) {
        if (characters == null) {
            Map<Character, Integer> most = new HashMap<>();
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                String pair = e.getKey();
                if (pair.length() == 2 && Texts.isCjk(pair.charAt(0)) && Texts.isCjk(pair.charAt(1))) {
                    most.merge(pair.charAt(0), e.getValue(), Math::max);
                    most.merge(pair.charAt(1), e.getValue(), Math::max);
                }
            }
            characters = most;
        }
        return characters;
    }
}
