package com.newsbot.bot.answer.english;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English questions asked again in Chinese: the real CC-CEDICT lookup and word lists, with a stand-in for how often a
 * paper uses each Chinese word (the words listed; every other word unused).
 */
class EnglishQuestionsTest {
    private static final EnglishWords WORDS = EnglishWords.fromLexicon();

    private static EnglishQuestions over(Map<String, Integer> paperUses) {
        return new EnglishQuestions(EnglishChinese::get, WORDS, EnglishQuestionForms.fromLexicon(WORDS),
                w -> paperUses.getOrDefault(w, 0), com.hankcs.hanlp.dictionary.CoreDictionary::getTermFrequency,
                query -> List.of());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"The, true", "Which, true", "Did, true", "Volvo, false", "SAIC, false", "EV, false"})
    void onlyWordsWithoutContentAreKeptOutOfTheNotFoundSearch(String token, boolean function) {
        assertThat(over(Map.of()).functionWord(token)).isEqualTo(function);
    }

    @Test
    void theQuestionWordBecomesTheChineseQuestionFormAndTheNounFollowsIt() {
        Optional<String> chinese = over(Map.of("工厂", 5)).chinese("How many factories did the group open?");

        assertThat(chinese).hasValueSatisfying(q -> assertThat(q).contains("多少工厂").endsWith("？"));
    }

    @Test
    void theNounPhraseOfAHowManyQuestionEndsAtItsVerb() {
        EnglishQuestions english = over(Map.of("报名", 2));

        assertThat(english.chinese("How many people signed up for the race?"))
                .hasValueSatisfying(q -> assertThat(q).endsWith("多少人？").contains("报名"));
        assertThat(english.chinese("How many workers took the course?"))
                .hasValueSatisfying(q -> assertThat(q).containsPattern("多少\\p{IsHan}+？$"));
    }

    @Test
    void theLongestPhraseTheDictionaryKnowsIsTakenWhole() {
        Optional<String> chinese = over(Map.of()).chinese("When was the meeting in the Great Hall of the People?");

        assertThat(chinese).hasValueSatisfying(q -> assertThat(q).contains("人民大会堂").endsWith("什么时候？"));
    }

    @Test
    void aCapitalisedNameIsFoundWhateverItsCaseInTheDictionary() {
        Optional<String> chinese = over(Map.of("达·芬奇", 3)).chinese("Which city showed the Da Vinci drawings?");

        assertThat(chinese).hasValueSatisfying(q -> assertThat(q).contains("达·芬奇"));
    }

    @Test
    void ofAWordsTranslationsThePaperUsesTheOneItUsesMost() {
        Optional<String> some = over(Map.of("企业", 40, "公司", 10)).chinese("Where is the company based?");
        Optional<String> other = over(Map.of("企业", 10, "公司", 40)).chinese("Where is the company based?");

        assertThat(some).hasValueSatisfying(q -> assertThat(q).contains("企业").doesNotContain("公司"));
        assertThat(other).hasValueSatisfying(q -> assertThat(q).contains("公司").doesNotContain("企业"));
    }

    @Test
    void aReadingSaysHowOftenThePaperWasSearchedToChooseAmongTranslations() {
        int[] calls = {0};
        EnglishQuestions english = new EnglishQuestions(EnglishChinese::get, WORDS, EnglishQuestionForms.fromLexicon(WORDS),
                w -> Map.of("企业", 10, "公司", 10).getOrDefault(w, 0), com.hankcs.hanlp.dictionary.CoreDictionary::getTermFrequency,
                query -> {
                    calls[0]++;
                    return List.of();
                });

        Optional<EnglishQuestions.Reading> twoWays = english.read("Where is the company based?"); // 企业 or 公司
        assertThat(twoWays).hasValueSatisfying(r -> assertThat(r.searches()).isEqualTo(1));
        assertThat(calls[0]).isEqualTo(1);

        Optional<EnglishQuestions.Reading> oneWay = english.read("When was the meeting in the Great Hall of the People?");
        assertThat(oneWay).hasValueSatisfying(r -> assertThat(r.searches()).isZero());
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void theCapitalisedWordsOfAQuestionAreItsNamesPartByPart() {
        Optional<EnglishQuestions.Reading> reading = over(Map.of()).read("Which company in the United States bought the Shanghai-Beijing line?");

        assertThat(reading).hasValueSatisfying(r -> assertThat(r.names()).containsExactlyInAnyOrder("美国", "上海", "北京"));
    }

    @Test
    void aCapitalisedWordTheDictionaryKnowsOnlyInLowerCaseIsNoName() {
        Optional<EnglishQuestions.Reading> reading = over(Map.of("四川", 30, "巴蜀", 2, "医院", 9))
                .read("Which Hospital in Sichuan opened a Clinic?");

        assertThat(reading).hasValueSatisfying(r -> assertThat(r.names()).containsExactly("四川"));
    }

    @Test
    void aWordThePaperNeverUsesIsKeptSoThatTheChineseAnswerCanRefuse() {
        Optional<String> chinese = over(Map.of()).chinese("How many astronauts walked on the moon?");

        assertThat(chinese).hasValueSatisfying(q -> assertThat(q).contains("宇航员"));
    }

    @Test
    void anInflectedVerbPhraseIsFoundThroughItsDictionaryForms() {
        Optional<String> chinese = over(Map.of("报名", 2)).chinese("Who signed up first?");

        assertThat(chinese).hasValueSatisfying(q -> assertThat(q).contains("报名"));
    }

    @Test
    void whatANumberCountsIsItsMeasureWordOrUnit() {
        EnglishQuestions english = over(Map.of("日子", 50, "天", 10));

        assertThat(english.chinese("How many days did the repairs take?"))
                .hasValueSatisfying(q -> assertThat(q).contains("多少天").doesNotContain("日子"));
        assertThat(english.chinese("What did the team finish within 12 days?"))
                .hasValueSatisfying(q -> assertThat(q).contains("12天"));
        assertThat(english.chinese("When do the best days of summer begin?"))
                .hasValueSatisfying(q -> assertThat(q).contains("日子"));
    }

    @Test
    void aDateIsWrittenAsAChinesePaperWritesIt() {
        EnglishQuestions english = over(Map.of());

        assertThat(english.chinese("What did the board decide on November 23?"))
                .hasValueSatisfying(q -> assertThat(q).contains("11月23日"));
        assertThat(english.chinese("What did the board decide on 5th May?"))
                .hasValueSatisfying(q -> assertThat(q).contains("5月5日"));
        assertThat(english.chinese("Who may join the union in June?"))
                .hasValueSatisfying(q -> assertThat(q).contains("6月").doesNotContain("5月"));
    }

    @Test
    void numbersAndAbbreviationsPassAsWrittenAndAHyphenatedWordIsReadPartByPart() {
        Optional<String> chinese = over(Map.of()).chinese("How many 5G stations did the city build in 2019 for its long-term plan?");

        assertThat(chinese).hasValueSatisfying(q -> assertThat(q).contains("5G").contains("2019").doesNotContain("long-term"));
    }

    @Test
    void aQuestionOfWordsNoDictionaryKnowsIsNotAskedInChinese() {
        assertThat(over(Map.of()).chinese("Blorft zanquiry plimbers wuzzle?")).isEmpty();
        assertThat(over(Map.of()).chinese("What is the glorp of the zanquiry plimber?")).isEmpty();
    }

    @Test
    void tokensSplitPossessivesAndNegationsAndWordsFindTheirDictionaryForms() {
        assertThat(EnglishWords.tokens("Didn't Beijing’s mayor-elect speak?"))
                .containsExactly("Did", "n't", "Beijing", "'s", "mayor-elect", "speak");
        assertThat(WORDS.forms("written")).contains("write");
        assertThat(WORDS.forms("factories")).contains("factory");
        assertThat(WORDS.forms("stopped")).contains("stop");
        assertThat(WORDS.function("the")).isTrue();
        assertThat(WORDS.function("factory")).isFalse();
        assertThat(WORDS.month("May")).isEqualTo(5);
        assertThat(WORDS.month("may")).isZero();
    }

    @Test
    void theDictionaryLoadsOnceAndKeepsKeysInTheirCase() {
        EnglishChinese dictionary = EnglishChinese.get();

        assertThat(dictionary).isSameAs(EnglishChinese.get());
        assertThat(dictionary.size()).isGreaterThan(90_000);
        assertThat(dictionary.tiers("China").get(0)).contains("中国");
        assertThat(dictionary.tiers("china").stream().flatMap(List::stream)).contains("瓷");
    }
}
