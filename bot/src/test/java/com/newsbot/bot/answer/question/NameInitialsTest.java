package com.newsbot.bot.answer.question;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameInitialsTest {
    @Test
    void initialsAreReplacedByThePersonTheRestOfTheQuestionFinds() {
        List<String> searched = new ArrayList<>();

        String expanded = NameInitials.expand("zns在英国的母校给他评了个啥奖？", rest -> {
            searched.add(rest);
            return List.of("中国驻英大使会见留学生代表", "钟南山院士获得英国爱丁堡大学首个杰出校友奖");
        });

        assertThat(expanded).isEqualTo("钟南山在英国的母校给他评了个啥奖？");
        assertThat(searched).containsExactly("在英国的母校给他评了个啥奖？");
    }

    @Test
    void initialsNoOneMatchesAndLatinWordsStayAsTheyAre() {
        List<String> texts = List.of("钟南山院士获得英国爱丁堡大学首个杰出校友奖");

        assertThat(NameInitials.expand("abc在英国获了什么奖？", rest -> texts)).isEqualTo("abc在英国获了什么奖？");
        assertThat(NameInitials.expand("Which award did zns get?", rest -> texts)).isEqualTo("Which award did zns get?");
        assertThat(NameInitials.expand("COP26在哪里开？", rest -> texts)).isEqualTo("COP26在哪里开？");
    }

    @Test
    void initialsOfANameAreItsPinyinFirstLetters() {
        assertThat(NameInitials.initialsOf("罗永浩")).isEqualTo("lyh");
        assertThat(NameInitials.initialsOf("钟南山")).isEqualTo("zns");
    }
}
