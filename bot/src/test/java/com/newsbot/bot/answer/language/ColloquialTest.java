package com.newsbot.bot.answer.language;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat-register table and the thesaurus alone: rewrites before reading, the paper's words for a word. */
class ColloquialTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            啥时候开会    | 什么时候开会
            为啥延期      | 为什么延期
            咋回事        | 为什么
            他俩叫啥      | 他两个叫什么名字
            厂里仨人      | 厂里三个人
            好了没        | 好了吗
            那天来着      | 那天
            这是啥地方    | 这是什么地方
            劳模有几位    | 劳模有几位
            """)
    void chatWordsAreRewrittenLongestFirstLeftToRight(String question, String rewritten) {
        assertThat(Colloquial.get().rewrite(question)).isEqualTo(rewritten);
    }

    @ParameterizedTest(name = "\"{0}\" may be written {1}")
    @CsvSource(delimiter = '|', textBlock = """
            老板  | 董事长,总经理,负责人
            爸爸  | 父亲
            宇航员 | 航天员
            劳模  | 劳动模范
            涨    | 上涨
            """)
    void aWordHasThePapersWordsForIt(String word, String some) {
        assertThat(Colloquial.get().alternatives(word)).contains(some.split(",")).doesNotContain(word);
    }

    @ParameterizedTest(name = "\"{0}\" has no other words")
    @CsvSource({"xyz", "2-BOX"})
    void anUnknownWordHasNoAlternatives(String word) {
        assertThat(Colloquial.get().alternatives(word)).isEmpty();
    }
}
