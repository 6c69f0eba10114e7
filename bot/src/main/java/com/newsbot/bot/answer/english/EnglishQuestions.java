package com.newsbot.bot.answer.english;

import com.newsbot.bot.answer.retrieve.Paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * An English question asked again in Chinese, for the Chinese answer path: its question word as the Chinese question form
 * ({@link EnglishQuestionForms}), its content words through CC-CEDICT ({@link EnglishChinese}), longest phrase first
 * (Great Hall of the People → 人民大会堂), a date as the paper writes it (May 4 → 5月4日), numbers and abbreviations as
 * written. Of a word's translations the one the paper uses most is taken ({@link TranslationChoices}), then the one the
 * articles the question finds use most (its other words choose: 公司, not 企业, beside 股份); when the paper uses none,
 * the most common one (so that the Chinese answer path sees what the paper does not cover, and refuses). Empty when too
 * little of the question has a Chinese word.
 */
public final class EnglishQuestions {
    /** Between the Chinese words of the question: a space, so that no character pair spans two translations. */
    private static final String BETWEEN = " ";
    /** How many of the articles the question finds choose among a word's translations. */
    static final int CONTEXT_ARTICLES = 5;

    /** The dictionary, read when the first English question is (it is large). */
    private final Supplier<EnglishChinese> dictionary;
    private final EnglishWords words;
    private final EnglishQuestionForms forms;
    /** Of a phrase's translations, the one the paper uses. */
    private final TranslationChoices choices;
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
        this.choices = new TranslationChoices(dictionary, words, usage, commonness);
        this.articles = articles;
    }

    /**
     * English questions over {@code paper}: CC-CEDICT's words, of a word's translations the one {@code paper} uses most
     * (the fewest articles any of its character pairs is in; a single character: the most articles a pair holding it is
     * in); when it uses none, the one HanLP's core dictionary counts most often.
     */
    public static EnglishQuestions over(Paper paper) {
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
     * article that answers it must hold too; {@code searches}: how many times the paper was searched to choose among
     * translations (0 or 1).
     */
    record Reading(String question, List<String> names, int searches) {
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
        int searches = 0;
        if (noun.ambiguous() || rest.ambiguous()) {
            List<String> texts = articles.apply(form.chinese(rest.text(), noun.text()));
            searches++;
            noun.settle(texts);
            rest.settle(texts);
        }
        List<String> names = new ArrayList<>(noun.names());
        names.addAll(rest.names());
        return Optional.of(new Reading(form.chinese(rest.text(), noun.text()).strip() + "？", List.copyOf(names), searches));
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
            add(new TranslationChoices.Choice(word, List.of(), false), false);
        }

        void add(TranslationChoices.Choice choice, boolean name) {
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
                        || (n > 2 && words.function(phrase.get(n - 1)) && choices.lookUp(phrase.subList(0, n - 1), false).isPresent())) {
                    continue; // sign up, not sign up for; on the run
                }
                Optional<TranslationChoices.Choice> unit = measure && n == 1 ? choices.lookUp(phrase, true) : Optional.empty();
                Optional<TranslationChoices.Choice> chinese = unit.isPresent() ? unit : choices.lookUp(phrase, false);
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

    private static boolean isNumber(String token) {
        return token.matches("\\d+(?:[.,]\\d+)*");
    }
}
