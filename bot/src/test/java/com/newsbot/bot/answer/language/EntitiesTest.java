package com.newsbot.bot.answer.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** People, places, organisations and titles as HanLP tags them, with a name the tagger cut short made whole. */
class EntitiesTest {
    private static java.util.List<String> people(String sentence) {
        return Entities.of(sentence).stream().filter(e -> e.type() == Entities.Type.PERSON).map(Entities.Entity::text).toList();
    }

    @Test
    void aThreeCharacterNameBeforeAListSeparatorIsKeptWhole() {
        assertThat(people("上汽通用五菱技术中心首席工程师黄元毅和上汽乘用车郑州分公司总经理丁波荣获表彰。"))
                .contains("黄元毅", "丁波");
    }

    @Test
    void aTwoCharacterNameIsNotLengthened() {
        assertThat(people("外交部长王毅，在会上发言。")).containsExactly("王毅");
    }

    @Test
    void titlesAreNotPeople() {
        assertThat(Entities.of("上汽集团技术中心副主任仇杰出席。"))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(Entities.Type.PERSON))
                .noneSatisfy(e -> {
                    assertThat(e.type()).isEqualTo(Entities.Type.PERSON);
                    assertThat(e.text()).isEqualTo("副主任");
                });
    }
}
