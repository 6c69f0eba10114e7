package com.newsbot.bot.answer.english;

import com.newsbot.bot.answer.language.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How an English question asks (how many, who, which _, is …?) and the Chinese question form that asks the same
 * ({rest}多少{noun}, {rest}是谁, {rest}哪个{noun}, {rest}吗): the lines of {@code lexicon/english-question-words.txt},
 * the first that matches the question's opening words deciding.
 */
final class EnglishQuestionForms {
    /** Opening words that come before the question word: "And how many …", "So who …". */
    private static final Set<String> LEAD = Set.of("and", "so", "but", "then", "ok", "okay", "please", "also");
    /** The most words a noun phrase "_" takes. */
    private static final int NOUN_WORDS = 4;

    /** One line: its English words (each a set of alternatives; empty for the noun phrase) and its Chinese template. */
    record Form(List<Set<String>> words, String template) {
    }

    /**
     * A question read by a form: the form's Chinese {@code template}, the tokens of its noun phrase
     * ([{@code nounFrom}, {@code nounTo}), empty when it has none) and where the rest of the question starts.
     */
    record Match(String template, int nounFrom, int nounTo, int restFrom) {
        /** Whether the form asks for a count of its noun phrase (多少{noun}): the noun is what a number counts. */
        boolean counts() {
            return template.contains("多少{noun}");
        }

        /** The question asked in Chinese, with its noun phrase and the rest of its content in Chinese. */
        String chinese(String rest, String noun) {
            return template.replace("{rest}", rest).replace("{noun}", noun);
        }
    }

    private final List<Form> forms;
    private final EnglishWords words;

    EnglishQuestionForms(List<Form> forms, EnglishWords words) {
        this.forms = forms;
        this.words = words;
    }

    /** The forms of {@code lexicon/english-question-words.txt}. */
    static EnglishQuestionForms fromLexicon(EnglishWords words) {
        List<Form> forms = new ArrayList<>();
        for (String line : Lexicon.words("english-question-words.txt")) {
            String[] sides = line.split("=>");
            if (sides.length != 2 || !sides[1].contains("{rest}")) {
                throw new IllegalStateException("lexicon/english-question-words.txt: not an 'english => chinese' line: " + line);
            }
            List<Set<String>> pattern = new ArrayList<>();
            for (String w : sides[0].strip().split("\\s+")) {
                pattern.add(w.equals("_") ? Set.of() : Set.of(w.split("\\|")));
            }
            forms.add(new Form(List.copyOf(pattern), sides[1].strip()));
        }
        return new EnglishQuestionForms(List.copyOf(forms), words);
    }

    /** How {@code tokens} (a question's) ask; a plain request ("{rest}") when no form matches. */
    Match match(List<String> tokens) {
        int start = 0;
        while (start < tokens.size() && LEAD.contains(tokens.get(start).toLowerCase(Locale.ROOT))) {
            start++;
        }
        for (Form form : forms) {
            Optional<Match> m = match(form, tokens, start);
            if (m.isPresent()) {
                return m.get();
            }
        }
        return new Match("{rest}", start, start, start);
    }

    private Optional<Match> match(Form form, List<String> tokens, int start) {
        int at = start;
        int nounFrom = start;
        int nounTo = start;
        for (Set<String> alternatives : form.words()) {
            if (alternatives.isEmpty()) {
                nounFrom = at;
                while (at < tokens.size() && at - nounFrom < NOUN_WORDS && !words.function(tokens.get(at))
                        && (at == nounFrom || !words.verb(tokens.get(at)))) { // how many people | died
                    at++;
                }
                if (at == nounFrom) {
                    return Optional.empty();
                }
                nounTo = at;
            } else if (at < tokens.size() && alternatives.contains(tokens.get(at).toLowerCase(Locale.ROOT))) {
                at++;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Match(form.template(), nounFrom, nounTo, at));
    }
}
