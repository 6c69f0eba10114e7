package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Turn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationMemoryTest {

    private static Turn turn(String question) {
        return new Turn(question, new Answer(question, false, "", AnswerMode.EXTRACTIVE, List.of(), List.of(), 0));
    }

    @Test
    void keeps_only_the_last_turns_of_a_conversation_oldest_first() {
        ConversationMemory memory = new ConversationMemory(10, 2);

        memory.remember("a", turn("1"));
        memory.remember("a", turn("2"));
        memory.remember("a", turn("3"));

        assertThat(memory.history("a")).extracting(Turn::question).containsExactly("2", "3");
    }

    @Test
    void forgets_the_least_recently_used_conversation_first() {
        ConversationMemory memory = new ConversationMemory(2, 4);
        memory.remember("a", turn("a1"));
        memory.remember("b", turn("b1"));
        memory.history("a");

        memory.remember("c", turn("c1"));

        assertThat(memory.conversations()).isEqualTo(2);
        assertThat(memory.history("b")).isEmpty();
        assertThat(memory.history("a")).extracting(Turn::question).containsExactly("a1");
    }

    @Test
    void refuses_bounds_that_are_not_positive() {
        assertThatThrownBy(() -> new ConversationMemory(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
