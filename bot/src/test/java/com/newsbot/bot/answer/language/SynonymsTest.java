package com.newsbot.bot.answer.language;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cilin's synonym groups: which lines are read, and the groups HanLP ships. */
class SynonymsTest {
    @Test
    void onlyGroupsOfOneMeaningAreReadAndSingleCharactersAreLeftOut() {
        Synonyms s = Synonyms.parse(List.of(
                "\uFEFFHe01D01= 投资 入股 注资 斥资",
                "Ih05C13# 递减 减产 减税",
                "Ae10B01@ 医护",
                "He13B01= 花费 花 费 消费",
                "broken line"));

        assertThat(s.of("投资")).containsExactly("入股", "注资", "斥资");
        assertThat(s.of("斥资")).contains("投资").doesNotContain("斥资");
        assertThat(s.of("递减")).isEmpty(); // related, not the same meaning
        assertThat(s.of("医护")).isEmpty();
        assertThat(s.of("花费")).containsExactly("消费");
        assertThat(s.of("花")).isEmpty();
        assertThat(s.groups()).containsExactly(List.of("投资", "入股", "注资", "斥资"), List.of("花费", "花", "费", "消费"));
    }

    @Test
    void aWordInTwoGroupsHasTheSynonymsOfBoth() {
        Synonyms s = Synonyms.parse(List.of("Dj08C01= 费用 花费 开支", "He13B01= 花费 消费"));

        assertThat(s.of("花费")).containsExactlyInAnyOrder("费用", "开支", "消费");
        assertThat(s.of("消费")).containsExactly("花费");
    }

    @Test
    void aTextSaysAWordInOtherWordsWhenItHoldsASynonym() {
        Synonyms s = Synonyms.parse(List.of("He01D01= 投资 入股 注资 斥资"));

        assertThat(s.heldIn("集团斥资八十亿元建厂", "投资")).isTrue();
        assertThat(s.heldIn("集团建厂", "投资")).isFalse();
        assertThat(s.heldIn("集团斥资建厂", "工厂")).isFalse();
    }

    @Test
    void theCilinHanLpShipsIsReadFromTheClasspath() {
        Synonyms cilin = Synonyms.cilin();

        assertThat(cilin.of("投资")).contains("注资", "斥资");
        assertThat(cilin.of("花费")).contains("开销", "消费");
        assertThat(cilin.heldIn("出资人已经到位", "投资人")).isTrue();
    }
}
