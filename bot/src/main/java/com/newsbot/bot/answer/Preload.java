package com.newsbot.bot.answer;

import com.newsbot.bot.answer.english.EnglishChinese;
import com.newsbot.bot.answer.language.Entities;
import com.newsbot.bot.answer.language.Synonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads what the first question of a kind would otherwise wait for: HanLP's tagger with its name, place and organisation
 * dictionaries ({@link Entities}), Cilin's synonyms ({@link Synonyms}) and the English-Chinese glossary ({@link EnglishChinese}, 0.6-0.8 s and ~17 MiB on
 * the first English question). A chat front end starts it at start-up; a one-shot command does not need it.
 */
public final class Preload {
    private static final Logger log = LoggerFactory.getLogger(Preload.class);

    private Preload() {
    }

    /** Starts loading on a daemon thread (a chat that stops at once does not wait for it) and returns that thread. */
    public static Thread inBackground() {
        Thread t = new Thread(Preload::now, "newsbot-preload");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Loads them on this thread; a failure is left for the first question that needs them to report. */
    static void now() {
        try {
            Entities.warmUp();
            Synonyms.cilin();
            EnglishChinese.get();
        } catch (RuntimeException e) {
            log.debug("preloading failed: {}", e.toString());
        }
    }
}
