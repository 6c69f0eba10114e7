package com.newsbot.bot.answer.model;

import com.newsbot.bot.Prompts;
import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Citation;
import com.newsbot.bot.answer.retrieve.Evidence;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks a language model to answer from numbered passages, then holds its answer to them
 * ({@link SupportCheck}). Empty when the model says the passages do not answer, or nothing it said is
 * supported: the caller answers offline then.
 */
public final class LlmAnswerer {
    /** What the system prompt tells the model to reply when the passages do not answer. */
    static final String NOT_FOUND_MARK = "NOT_FOUND";

    private final ChatModel model;
    private final Prompts prompts;
    private final SupportCheck check;

    LlmAnswerer(ChatModel model, Prompts prompts, SupportCheck check) {
        this.model = model;
        this.prompts = prompts;
        this.check = check;
    }

    ChatRequest request(String question, List<Evidence> passages) {
        StringBuilder numbered = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            Evidence e = passages.get(i);
            if (i > 0) {
                numbered.append("\n\n");
            }
            numbered.append(prompts.render("answer-passage.zh.txt", Map.of("n", i + 1, "title", e.title(),
                    "date", e.date() == null ? e.issueName() : e.date().toString(), "text", e.text())));
        }
        String user = prompts.render("answer-user.zh.txt", Map.of("passages", numbered, "question", question));
        return ChatRequest.builder()
                .messages(SystemMessage.from(prompts.text("answer-system.zh.txt")), UserMessage.from(user))
                .build();
    }

    /** The model's answer held to the passages; empty when it declined or nothing it said is supported. */
    public Optional<Answer> answer(String question, List<Evidence> passages, long startNanos) {
        ChatResponse response = model.chat(request(question, passages));
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("empty answer from the model");
        }
        if (text.contains(NOT_FOUND_MARK)) {
            return Optional.empty();
        }
        SupportCheck.Checked checked = check.check(text, passages);
        if (checked.empty()) {
            return Optional.empty();
        }
        List<Citation> citations = new ArrayList<>();
        for (SupportCheck.Cited c : checked.citations()) {
            citations.add(c.evidence().cite(c.n(), c.from(), c.to()));
        }
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        return Optional.of(new Answer(question, true, checked.text(), AnswerMode.LLM, citations, List.of(), ms));
    }
}
