package com.newsbot.bot.chat;

import com.newsbot.bot.answer.Answer;
import com.newsbot.bot.answer.AnswerMode;
import com.newsbot.bot.answer.Turn;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationMemoryTest {

    private static Turn turn(String question) {
        return new Turn(question, new Answer(question, false, "", AnswerMode.EXTRACTIVE, List.of(), List.of(), 0));
    }

    @Test
    void keeps_only_the_last_turns_of_a_conversation_oldest_first() {
        ConversationMemory<Turn> memory = new ConversationMemory<>(10, 2);

        memory.remember("a", turn("1"));
        memory.remember("a", turn("2"));
        memory.remember("a", turn("3"));

        assertThat(memory.history("a")).extracting(Turn::question).containsExactly("2", "3");
    }

    @Test
    void forgets_the_least_recently_used_conversation_first() {
        ConversationMemory<Turn> memory = new ConversationMemory<>(2, 4);
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

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void forgets_turns_older_than_half_an_hour() {
        ManualClock clock = new ManualClock();
        ConversationMemory<Turn> memory = new ConversationMemory<>(10, 4, Duration.ofMinutes(30), clock);
        memory.remember("a", turn("old"));
        clock.advance(Duration.ofMinutes(20));
        memory.remember("a", turn("recent"));

        clock.advance(Duration.ofMinutes(11));

        assertThat(memory.history("a")).extracting(Turn::question).containsExactly("recent");
        clock.advance(Duration.ofMinutes(20));
        assertThat(memory.history("a")).isEmpty();
        assertThat(memory.conversations()).isZero();
    }

    @Test
    void memory_for_thousands_of_chats_stays_bounded() {
        ManualClock clock = new ManualClock();
        ConversationMemory<Turn> memory = new ConversationMemory<>(1000, 4, Duration.ofMinutes(30), clock);

        for (int chat = 0; chat < 20_000; chat++) {
            for (int turn = 0; turn < 6; turn++) {
                memory.remember("telegram:" + chat, turn("q" + turn));
            }
            clock.advance(Duration.ofMillis(50));
        }

        assertThat(memory.conversations()).isEqualTo(1000);
        assertThat(memory.turns()).isEqualTo(4000);
        assertThat(memory.history("telegram:19999")).extracting(Turn::question).containsExactly("q2", "q3", "q4", "q5");
        assertThat(memory.history("telegram:0")).isEmpty();
    }

    @Test
    void idle_conversations_are_dropped_before_the_count_limit_is_reached() {
        ManualClock clock = new ManualClock();
        ConversationMemory<Turn> memory = new ConversationMemory<>(1000, 4, Duration.ofMinutes(30), clock);
        for (int chat = 0; chat < 500; chat++) {
            memory.remember("chat" + chat, turn("q"));
        }

        clock.advance(Duration.ofMinutes(31));
        memory.remember("new", turn("q"));

        assertThat(memory.conversations()).isEqualTo(1);
    }
}
