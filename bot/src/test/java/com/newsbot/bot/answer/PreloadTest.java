package com.newsbot.bot.answer;

import com.newsbot.bot.answer.english.EnglishChinese;
import com.newsbot.bot.answer.language.Entities;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Preloading runs on a daemon thread of its own and leaves the tagger and the glossary ready. */
class PreloadTest {
    @Test
    void loadsTheTaggerAndTheGlossaryOnADaemonThread() throws Exception {
        Thread t = Preload.inBackground();
        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getName()).isEqualTo("newsbot-preload");
        t.join(60_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(Entities.words("上海汽车集团的张三在北京说。")).isNotEmpty();
        assertThat(EnglishChinese.get()).isNotNull();
    }
}
