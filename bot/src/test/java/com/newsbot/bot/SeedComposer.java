package com.newsbot.bot;

import com.newsbot.bot.answer.AnswerComposer;

/**
 * The offline answer composer over the shared seed index ({@link SeedIndex#shared()}), for the test classes that ask
 * the seed issue questions. {@link #open()} opens a new composer each time: the caller owns it and closes it (in its
 * {@code @AfterAll}, or with try-with-resources). The index under it is the shared one, which no test closes.
 */
public final class SeedComposer {
    private SeedComposer() {
    }

    /** A new offline composer over {@link SeedIndex#shared()}; the caller closes it. */
    public static AnswerComposer open() {
        return new AnswerComposer(SeedIndex.shared());
    }
}
