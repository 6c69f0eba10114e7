package com.newsbot.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * An English question asked again in Chinese, for the Chinese answer path: its question word as the Chinese question form
 * ({@link EnglishQuestionForms}), its content words through CC-CEDICT ({@link EnglishChinese}), longest phrase first
 * (Great Hall of the People → 人民大会堂), a date as the paper writes it (May 4 → 5月4日), numbers and abbreviations as
 * written. Of a word's translations the one the paper uses most is taken, then the one the articles the question finds
 * use most (its other words choose: 公司, not 企业, beside 股份); when the paper uses none, the most common one (so that
 * the Chinese answer path sees what the paper does not cover, and refuses). Empty when too little of the question has a
 * Chinese word.
 */
final class EnglishQuestions {
    /** Between the Chinese words of the question: a space, so that no character pair spans two translations. */
    private static final String BETWEEN = " ";
    /** How many of the articles the question finds choose among a word's translations. */
    static final int CONTEXT_ARTICLES = 5;

    /** The dictionary, read when the first English question is (it is large). */
    private final Supplier<EnglishChinese> dictionary;
    private final EnglishWords words;
    private final EnglishQuestionForms forms;
    /** How often the paper uses a Chinese word; 0 when it never does. */
    private final ToIntFunction<String> usage;
    /** How common a Chinese word is in general (a corpus frequency), for a word the paper never uses. */
    private final ToIntFunction<String> commonness;
    /** The texts of the articles that best match a Chinese query. */
    private final Function<String, List<String>> articles;

    /** Whether {@code token} carries no content ({@code lexicon/english-function-words.txt}): never searched as a name. */
    boolean functionWord(String token) {
        return words.function(token);
    }

    EnglishQuestions(Supplier<EnglishChinese> dictionary, EnglishWords words, EnglishQuestionForms forms,
                     ToIntFunction<String> usage, ToIntFunction<String> commonness,
                     Function<String, List<String>> articles) {
        this.dictionary = dictionary;
        this.words = words;
        this.forms = forms;
        this.usage = usage;
        this.commonness = commonness;
        this.articles = articles;
    }

    /**
     * English questions over {@code paper}: CC-CEDICT's words, of a word's translations the one {@code paper} uses most
     * (the fewest articles any of its character pairs is in; a single character: the most articles a pair holding it is
     * in); when it uses none, the one HanLP's core dictionary counts most often.
     */
    static EnglishQuestions over(Paper paper) {
        EnglishWords words = EnglishWords.fromLexicon();
        return new EnglishQuestions(EnglishChinese::get, words, EnglishQuestionForms.fromLexicon(words),
                new PaperUsage(paper), com.hankcs.hanlp.dictionary.CoreDictionary::getTermFrequency,
                query -> paper.related(query, CONTEXT_ARTICLES).stream()
                        .map(h -> h.article().title() + "\n" + h.article().text()).toList());
    }

    /** The question in Chinese, empty when none of its content, or less than half of it, has a Chinese word. */
    Optional<String> chinese(String english) {
        return read(english).map(Reading::question);
    }

    /**
     * An English question read in Chinese: the {@code question}, and the Chinese for the {@code names} it holds (its
     * capitalised words and phrases the dictionary knows as names: United States → 美国, not Party → 一方), which an
     * article that answers it must hold too.
     */
    record Reading(String question, List<String> names) {
    }

    /** The question read in Chinese, empty when none of its content, or less than half of it, has a Chinese word. */
    Optional<Reading> read(String english) {
        List<String> tokens = EnglishWords.tokens(english);
        EnglishQuestionForms.Match form = forms.match(tokens);
        List<String> nounTokens = tokens.subList(form.nounFrom(), form.nounTo());
        Translation noun = translate(nounTokens, nounTokens.size() == 1 && form.counts());
        Translation rest = translate(tokens.subList(form.restFrom(), tokens.size()), false);
        int found = noun.found + rest.found;
        int missed = noun.missed + rest.missed;
        if (found == 0 || missed > found) {
            return Optional.empty();
        }
        if (noun.ambiguous() || rest.ambiguous()) {
            List<String> texts = articles.apply(form.chinese(rest.text(), noun.text()));
            noun.settle(texts);
            rest.settle(texts);
        }
        List<String> names = new ArrayList<>(noun.names());
        names.addAll(rest.names());
        return Optional.of(new Reading(form.chinese(rest.text(), noun.text()).strip() + "？", List.copyOf(names)));
    }

    /** Chinese words for English tokens, and how many content words found one and how many did not. */
    private static final class Translation {
        final List<String> chinese = new ArrayList<>();
        /** For each word of {@link #chinese}, the other translations the paper uses. */
        final List<List<String>> others = new ArrayList<>();
        /** Which words of {@link #chinese} name something (their English is capitalised). */
        final List<Boolean> named = new ArrayList<>();
        /** Names read part by part (a hyphenated word's). */
        final List<String> partNames = new ArrayList<>();
        int found;
        int missed;

        void add(String word) {
            add(new Choice(word, List.of(), false), false);
        }

        void add(Choice choice, boolean name) {
            if (!choice.word().isEmpty()) {
                chinese.add(choice.word());
                others.add(choice.others());
                named.add(name);
            }
            found++;
        }

        List<String> names() {
            List<String> out = new ArrayList<>(partNames);
            for (int i = 0; i < chinese.size(); i++) {
                if (named.get(i)) {
                    out.add(chinese.get(i));
                }
            }
            return out;
        }

        boolean ambiguous() {
            return others.stream().anyMatch(o -> !o.isEmpty());
        }

        /** Each word with other translations: the one most of {@code texts} hold, when more hold it than the word. */
        void settle(List<String> texts) {
            for (int i = 0; i < chinese.size(); i++) {
                String best = chinese.get(i);
                String word = best;
                long most = texts.stream().filter(t -> t.contains(word)).count();
                for (String other : others.get(i)) {
                    long n = texts.stream().filter(t -> t.contains(other)).count();
                    if (n > most) {
                        best = other;
                        most = n;
                    }
                }
                chinese.set(i, best);
            }
        }

        String text() {
            return String.join(BETWEEN, chinese);
        }
    }

    /**
     * Chinese words for {@code tokens}; {@code counted}: the first token is what a number counts (how many days), so
     * its translation is a measure word or unit when it has one (天, not 日子).
     */
    private Translation translate(List<String> tokens, boolean counted) {
        Translation out = new Translation();
        int i = 0;
        while (i < tokens.size()) {
            int taken = date(tokens, i, out);
            boolean measure = i == 0 ? counted : isNumber(tokens.get(i - 1));
            for (int n = Math.min(dictionary.get().longestKey(), tokens.size() - i); n >= 1 && taken == 0; n--) {
                List<String> phrase = tokens.subList(i, i + n);
                if (phrase.stream().allMatch(words::function) || (n == 1 && words.function(phrase.get(0)))
                        || (n > 2 && words.function(phrase.get(n - 1)) && lookUp(phrase.subList(0, n - 1), false).isPresent())) {
                    continue; // sign up, not sign up for; on the run
                }
                Optional<Choice> unit = measure && n == 1 ? lookUp(phrase, true) : Optional.empty();
                Optional<Choice> chinese = unit.isPresent() ? unit : lookUp(phrase, false);
                if (unit.isPresent() && i > 0 && !out.chinese.isEmpty()) { // 12 days → 12天
                    out.chinese.set(out.chinese.size() - 1, out.chinese.get(out.chinese.size() - 1) + unit.get().word());
                    out.found++;
                    taken = n;
                } else if (chinese.isPresent()) {
                    out.add(chinese.get(), chinese.get().names() && Character.isUpperCase(phrase.get(0).charAt(0)));
                    taken = n;
                }
            }
            if (taken == 0) {
                taken = 1;
                unknown(tokens.get(i), out);
            }
            i += taken;
        }
        return out;
    }

    /** A month and its day as the paper writes them (March 5, 5 March → 3月5日; March → 3月); how many tokens it took. */
    private int date(List<String> tokens, int i, Translation out) {
        int month = words.month(tokens.get(i));
        if (month > 0) {
            int day = i + 1 < tokens.size() ? dayOfMonth(tokens.get(i + 1)) : 0;
            out.add(month + "月" + (day > 0 ? day + "日" : ""));
            return day > 0 ? 2 : 1;
        }
        int day = dayOfMonth(tokens.get(i));
        int after = i + 2 < tokens.size() && words.function(tokens.get(i + 1)) ? i + 2 : i + 1; // 5 of March
        if (day > 0 && after < tokens.size() && words.month(tokens.get(after)) > 0) {
            out.add(words.month(tokens.get(after)) + "月" + day + "日");
            return after - i + 1;
        }
        return 0;
    }

    /** 1 to 31 for "5", "5th", "31st"; 0 for anything else. */
    private static int dayOfMonth(String token) {
        String digits = token.toLowerCase(Locale.ROOT).replaceFirst("(?:st|nd|rd|th)$", "");
        if (!digits.matches("\\d{1,2}")) {
            return 0;
        }
        int day = Integer.parseInt(digits);
        return day >= 1 && day <= 31 ? day : 0;
    }

    /**
     * A token no phrase took: a hyphenated word with a word of letters in it is read part by part (12-day → 12天); a
     * number or abbreviation passes as written.
     */
    private void unknown(String token, Translation out) {
        if (words.function(token)) {
            return;
        }
        if (token.contains("-") && token.matches(".*(?:^|-)[A-Za-z]?[a-z]+(?:-|$).*")) {
            Translation parts = translate(List.of(token.split("-")), false);
            out.chinese.add(String.join("", parts.chinese));
            out.others.add(List.of());
            out.named.add(false);
            out.partNames.addAll(parts.names());
            out.found += parts.found;
            out.missed += parts.missed;
        } else if (EnglishWords.asWritten(token)) {
            out.add(token);
        } else {
            out.missed++;
        }
    }

    /**
     * The Chinese for a phrase, looked up as written, in lower case, capitalised and in any case, its first and last
     * words also in their dictionary forms (tested → test, workers → worker); empty when it is no key at all.
     */
    private Optional<Choice> lookUp(List<String> phrase, boolean measure) {
        List<List<List<String>>> found = new ArrayList<>();
        Set<String> proper = new java.util.HashSet<>(); // a capitalised phrase's words under capitalised keys: a name
        for (String key : keys(phrase)) {
            List<List<String>> tiers = dictionary.get().tiers(key);
            if (!tiers.isEmpty()) {
                found.add(tiers);
                if (Character.isUpperCase(phrase.get(0).charAt(0)) && !key.equals(key.toLowerCase(Locale.ROOT))) {
                    tiers.forEach(proper::addAll);
                }
            }
        }
        if (measure) { // of every tier in order, the first measure word or unit
            return found.stream().flatMap(List::stream).flatMap(List::stream)
                    .filter(w -> w.length() == 1 && Measures.ALL.indexOf(w.charAt(0)) >= 0).findFirst()
                    .map(w -> new Choice(w, List.of(), false));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(choose(found, proper));
    }

    private static boolean isNumber(String token) {
        return token.matches("\\d+(?:[.,]\\d+)*");
    }

    private Set<String> keys(List<String> phrase) {
        int n = phrase.size();
        List<String> firsts = n == 1 ? List.of("") : words.forms(phrase.get(0));
        String middle = n <= 2 ? "" : String.join(" ", phrase.subList(1, n - 1));
        Set<String> keys = new LinkedHashSet<>();
        for (String first : firsts) {
            for (String last : words.forms(phrase.get(n - 1))) {
                String key = String.join(" ", List.of(first, middle, last).stream().filter(s -> !s.isEmpty()).toList());
                keys.add(key);
                keys.add(key.toLowerCase(Locale.ROOT));
                keys.add(capitalised(key));
                keys.addAll(dictionary.get().anyCase(key));
            }
        }
        return keys;
    }

    /** A word's translation, and the others the paper uses (of the first two tiers, as long), for its context to choose. */
    record Choice(String word, List<String> others, boolean names) {
    }

    /**
     * Of the first tiers of every key, and every word of a name (a capitalised key: Sichuan → 巴蜀, 四川), the word the
     * paper uses most; failing that, of the first later tier with a word
     * the paper uses, its most used; a word of one character (国, 陆: many meanings) only when the paper uses no longer
     * one; when the paper uses none, the first key's first tier's most common word.
     */
    private Choice choose(List<List<List<String>>> keys, Set<String> proper) {
        String word = chosen(keys, proper);
        List<String> others = new ArrayList<>();
        for (List<List<String>> tiers : keys) {
            for (List<String> tier : tiers.subList(0, Math.min(2, tiers.size()))) {
                for (String w : tier) {
                    if (!w.equals(word) && (w.length() > 1) == (word.length() > 1) && !others.contains(w)
                            && usage.applyAsInt(w) > 0) {
                        others.add(w);
                    }
                }
            }
        }
        return new Choice(word, usage.applyAsInt(word) > 0 ? List.copyOf(others) : List.of(), proper.contains(word));
    }

    private String chosen(List<List<List<String>>> keys, Set<String> proper) {
        for (boolean longer : List.of(true, false)) {
            java.util.function.Predicate<String> size = w -> (w.length() > 1) == longer;
            List<String> first = new ArrayList<>();
            for (List<List<String>> tiers : keys) {
                first.addAll(tiers.get(0).stream().filter(size).toList());
            }
            first.addAll(proper.stream().filter(size).sorted().toList()); // a name: however the paper writes it most
            Optional<String> best = most(first, usage);
            for (int tier = 1; best.isEmpty() && tier < 4; tier++) {
                for (List<List<String>> tiers : keys) {
                    if (best.isEmpty() && tier < tiers.size()) {
                        best = most(tiers.get(tier).stream().filter(size).toList(), usage);
                    }
                }
            }
            if (best.isPresent()) {
                return best.get();
            }
        }
        return most(keys.get(0).get(0), commonness).orElse(keys.get(0).get(0).get(0));
    }

    /** The candidate {@code count} counts most, of those it counts at all. */
    private static Optional<String> most(List<String> candidates, ToIntFunction<String> count) {
        String best = null;
        int most = 0;
        for (String w : candidates) {
            int n = count.applyAsInt(w);
            if (n > most) {
                best = w;
                most = n;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String capitalised(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean start = true;
        for (char c : key.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    /**
     * How often a paper uses a Chinese word, from its document frequencies of character pairs: the fewest articles any
     * pair of the word is in; for a single character, the most articles a pair holding it is in (counted once, when
     * first asked).
     */
    static final class PaperUsage implements ToIntFunction<String> {
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
}
