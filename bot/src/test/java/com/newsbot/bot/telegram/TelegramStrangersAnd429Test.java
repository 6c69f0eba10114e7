package com.newsbot.bot.telegram;

import com.newsbot.bot.chat.Newspaper;
import com.newsbot.bot.frontend.StrangerRefusals;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, finding 1, against the stand-in Bot API with injected 429s: strangers' refusals came from the pool of
 * workers that answers allowed users, and a worker slept through every 429 (four strangers whose chats answered 429
 * with retry_after 25 held an allowed user's /help for 25 s). Now refusals have their own small budget and are sent
 * once, and a 429 schedules a retry while the worker moves on; a chat's replies still go out in order.
 */
class TelegramStrangersAnd429Test {
    private static final long ALICE = 1001;
    private static final long BOB = 1002;
    private static final long FIRST_STRANGER = 7001;

    @TempDir
    Path state;

    private final Newspaper paper = new Newspaper();
    @AutoClose
    private final StandInTelegram standIn = StandInTelegram.start(paper);
    private final FakeTelegramServer telegram = standIn.server();

    private void startBot(int workers) throws Exception {
        standIn.startBot(standIn.settings(ALICE + "," + BOB, state, workers, 60, Duration.ofSeconds(3)),
                TelegramBot.TIMING.retryingAfter(Duration.ofMillis(50)));
    }

    @Test
    void strangersWhoseChatsAnswer429DoNotHoldAnAllowedUsersReply() throws Exception {
        startBot(4);
        for (int i = 0; i < 4; i++) {
            telegram.rateLimitChat(FIRST_STRANGER + i, 25);
            telegram.enqueue(Updates.privateText(i + 1, FIRST_STRANGER + i, "/help"));
        }
        Thread.sleep(300); // the strangers' refusals meet their 429s first
        long asked = System.nanoTime();
        telegram.enqueue(Updates.privateText(10, ALICE, "/help"));

        telegram.awaitDeliveredTo(ALICE, 1);
        long waitedMillis = (System.nanoTime() - asked) / 1_000_000;

        System.out.println("allowed user's /help behind 4 rate-limited strangers: " + waitedMillis + " ms");
        assertThat(waitedMillis).isLessThan(3_000);
        assertThat(telegram.calls("sendMessage").stream().filter(c -> !c.text("chat_id").equals(Long.toString(ALICE))))
                .as("each stranger is tried once, never retried").hasSize(4);
    }

    @Test
    void a429InOneChatNeitherHoldsTheOnlyWorkerNorReordersThatChatsReplies() throws Exception {
        startBot(1);
        telegram.rateLimitChat(BOB, 2);
        telegram.enqueue(Updates.privateText(1, BOB, "/help"));
        telegram.enqueue(Updates.privateText(2, BOB, "劳模有谁？"));
        Thread.sleep(300);
        long asked = System.nanoTime();
        telegram.enqueue(Updates.privateText(3, ALICE, "/help"));

        telegram.awaitDeliveredTo(ALICE, 1);
        long aliceMillis = (System.nanoTime() - asked) / 1_000_000;
        assertThat(telegram.deliveredTo(BOB)).isEmpty();
        telegram.stopRateLimiting(BOB);
        List<FakeTelegramServer.Call> toBob = telegram.awaitDeliveredTo(BOB, 2);

        System.out.println("with one worker, Alice's reply while Bob's chat is rate-limited: " + aliceMillis + " ms");
        assertThat(aliceMillis).isLessThan(1_500);
        assertThat(FakeTelegramServer.parsedText(toBob.get(0).text("text"))).contains("/latest");
        assertThat(FakeTelegramServer.parsedText(toBob.get(1).text("text"))).contains("仇杰");
        assertThat(paper.questions()).containsExactly("劳模有谁？");
    }

    @Test
    void aStrangerIsRefusedOncePerPeriodAndStrangersTogetherOnlyAFewTimesAMinute() throws Exception {
        startBot(2);
        for (int i = 0; i < 5; i++) {
            telegram.enqueue(Updates.privateText(i + 1, FIRST_STRANGER, "劳模有谁？" + i));
        }
        int crowd = StrangerRefusals.PER_MINUTE + 10;
        for (int i = 1; i <= crowd; i++) {
            telegram.enqueue(Updates.privateText(100 + i, FIRST_STRANGER + i, "/latest"));
        }
        telegram.enqueue(Updates.privateText(1000, ALICE, "/help"));

        telegram.awaitDeliveredTo(ALICE, 1);
        Thread.sleep(1_000);

        assertThat(telegram.deliveredTo(FIRST_STRANGER)).hasSize(1);
        long refusals = telegram.delivered().stream().filter(c -> !c.text("chat_id").equals(Long.toString(ALICE))).count();
        assertThat(refusals).isEqualTo(StrangerRefusals.PER_MINUTE);
        assertThat(paper.questions()).isEmpty();
    }
}
