package com.newsbot.bot.frontend;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ChatQueuesTest {
    private final ChatQueues queues = new ChatQueues(2, 100);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        queues.close(Duration.ofSeconds(5));
    }

    private void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void tasks_of_one_chat_run_in_order() throws Exception {
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(50);

        for (int i = 0; i < 50; i++) {
            int n = i;
            queues.submit(1, () -> {
                order.add(n);
                done.countDown();
            });
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).isSorted().hasSize(50);
    }

    @Test
    void a_blocked_chat_does_not_hold_up_other_chats() throws Exception {
        CountDownLatch others = new CountDownLatch(2);
        CountDownLatch sameChat = new CountDownLatch(1);
        queues.submit(1, () -> await(release));
        queues.submit(1, sameChat::countDown);

        queues.submit(2, others::countDown);
        queues.submit(3, others::countDown);

        assertThat(others.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(sameChat.getCount()).isEqualTo(1);
        release.countDown();
        assertThat(sameChat.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void refuses_more_than_the_pending_bound_for_one_chat() {
        ChatQueues small = new ChatQueues(1, 2);
        try {
            small.submit(1, () -> await(release));

            boolean second = small.submit(1, () -> { });
            boolean third = small.submit(1, () -> { });

            assertThat(second).isTrue();
            assertThat(third).isFalse();
        } finally {
            release.countDown();
            small.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void closing_finishes_the_queued_tasks_and_refuses_new_ones() throws Exception {
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        queues.submit(1, () -> sleep(100));
        queues.submit(1, () -> ran.add(1));
        queues.submit(2, () -> ran.add(2));

        boolean finished = queues.close(Duration.ofSeconds(5));

        assertThat(finished).isTrue();
        assertThat(ran).containsExactlyInAnyOrder(1, 2);
        assertThat(queues.submit(3, () -> ran.add(3))).isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
