package com.newsbot.bot.answer.model;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerComposer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Turn;
import com.newsbot.bot.answer.retrieve.Evidence;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import dev.langchain4j.rag.query.transformer.QueryTransformer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a chat model does for the composer, each call under the answer's deadline ({@link ModelCalls}): a follow-up
 * rewritten as a question that stands alone (LangChain4j's {@link CompressingQueryTransformer}), and an answer from
 * numbered passages held to them ({@link LlmAnswerer}). Empty on a timeout or an error: the composer answers offline.
 * Owns the threads that call the model: close it.
 */
public final class ModelAnswers implements AutoCloseable {
    private final LlmAnswerer llm;
    private final QueryTransformer compressor;
    private final ModelCalls calls;

    /** @param redact masks secrets (the API key) in what is logged about a failing model */
    public ModelAnswers(ChatModel model, Prompts prompts, Duration timeout, UnaryOperator<String> redact) {
        this.llm = new LlmAnswerer(model, prompts, new SupportCheck());
        this.compressor = new CompressingQueryTransformer(model,
                PromptTemplate.from(prompts.text("query-compress.zh.txt")));
        this.calls = new ModelCalls("newsbot-llm", timeout, redact, "answering offline");
    }

    public LlmAnswerer llm() {
        return llm;
    }

    public ModelCalls calls() {
        return calls;
    }

    /** {@code question} rewritten by the model with the chat's earlier turns as one that stands alone. */
    public Optional<String> rewrite(String question, List<Turn> history, long deadline) {
        List<ChatMessage> memory = new ArrayList<>();
        for (Turn t : history) {
            memory.add(UserMessage.from(t.question()));
            if (t.answer() != null) {
                memory.add(AiMessage.from(t.answer().text()));
            }
        }
        UserMessage current = UserMessage.from(question);
        Query query = Query.from(question, Metadata.from(current, "chat", memory));
        return calls.within(deadline, "follow-up rewrite", () -> compressor.transform(query))
                .map(Collection::iterator)
                .filter(java.util.Iterator::hasNext)
                .map(it -> it.next().text())
                .filter(s -> !s.isBlank());
    }

    /**
     * The model's answer to {@code asked} (read as {@code standalone}) from the passages {@code shown}; {@code offline}
     * when it gave none in time.
     */
    public Answer answerOr(Answer offline, String asked, String standalone, List<Evidence> shown, long start, long deadline) {
        Optional<Answer> generated = calls.within(deadline, "answer", () -> llm.answer(standalone, shown, start))
                .flatMap(a -> a);
        return generated.map(a -> new Answer(asked, true, a.text(), AnswerMode.LLM, a.citations(), List.of(),
                        AnswerComposer.millisSince(start)))
                .orElseGet(() -> withLatency(offline, AnswerComposer.millisSince(start)));
    }

    private static Answer withLatency(Answer a, long ms) {
        return new Answer(a.question(), a.found(), a.text(), a.mode(), a.citations(), a.related(), ms, a.shortAnswer());
    }

    @Override
    public void close() {
        calls.close();
    }
}
