package com.newsbot.bot;

import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.IndexedArticles;
import com.newsbot.bot.chat.IssueSummaries;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.summary.IssueSummarizer;
import com.newsbot.retrieval.NewsIndex;

/**
 * The real answering over the seed paper, for front-end tests: the shared seed index ({@link SeedIndex#shared()}), the
 * offline answer composer and the summarizer over it, and the conversation every front end talks to. Owns the composer
 * and the summarizer and closes them; the shared index stays open for the next test.
 */
public final class SeedPaper implements AutoCloseable {
    private final NewsIndex index;
    private final AnswerComposer composer;
    private final IssueSummarizer summarizer;
    private final Prompts prompts = new Prompts();

    private SeedPaper(NewsIndex index) {
        this.index = index;
        this.composer = new AnswerComposer(index);
        this.summarizer = new IssueSummarizer(index);
    }

    /** The answering over the shared seed index. */
    public static SeedPaper open() {
        return new SeedPaper(SeedIndex.shared());
    }

    public NewsIndex index() {
        return index;
    }

    public Prompts prompts() {
        return prompts;
    }

    public IssueSummaries summaries() {
        return IssueSummaries.of(summarizer::latest, summarizer::of);
    }

    /** The conversation over the seed paper, without state. */
    public ConversationHandler handler() {
        return new ConversationHandler(composer::answer, summaries(), new IndexedArticles(index), prompts);
    }

    /** The conversation over the seed paper with its question log, votes and subscriptions in {@code state}. */
    public RecordedConversation recorded(BotState state) {
        return new RecordedConversation(handler(), summaries(), state, prompts);
    }

    @Override
    public void close() {
        composer.close();
        summarizer.close();
    }
}
