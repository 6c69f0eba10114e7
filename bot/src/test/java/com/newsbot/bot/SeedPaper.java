package com.newsbot.bot;

import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.chat.ConversationHandler;
import com.newsbot.bot.chat.IndexedArticles;
import com.newsbot.bot.chat.IssueSummaries;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.state.BotState;
import com.newsbot.bot.summary.IssueSummarizer;
import com.newsbot.retrieval.NewsIndex;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The real answering over the seed paper, for front-end tests: the seed index ({@link SeedIndex}), the offline answer
 * composer and the summarizer over it, and the conversation every front end talks to. Owns them; closes them.
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

    /** Indexes the seed issue under {@code dir} and opens the answering over it. */
    public static SeedPaper open(Path dir) throws IOException {
        return new SeedPaper(SeedIndex.open(dir));
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
    public void close() throws IOException {
        composer.close();
        summarizer.close();
        index.close();
    }
}
