package com.newsbot.bot.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.newsbot.bot.SeedPaper;
import com.newsbot.bot.chat.RecordedConversation;
import com.newsbot.bot.state.BotState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.newsbot.bot.feishu.FeishuBotTest.ALICE;
import static com.newsbot.bot.feishu.FeishuBotTest.ALICE_CHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of card the Feishu bot sends over the seed paper (an answer with its vote row, /latest, /issues, /search,
 * an opened article, a vote shown in place, /help, a refusal, a non-text note), through the real SDK against the
 * stand-in, read as CommonMark reads it: titles and bylines show as emphasis, and no marker is left as an asterisk.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FeishuCardsReadAsCommonMarkTest {
    @TempDir
    Path dir;

    private SeedPaper paper;
    private BotState state;
    private StandInFeishu standIn;
    private FakeFeishuServer feishu;

    @BeforeEach
    void start() throws Exception {
        paper = SeedPaper.open();
        state = BotState.open(dir.resolve("newsbot.db"), true);
        RecordedConversation conversation = paper.recorded(state);
        standIn = StandInFeishu.start();
        feishu = standIn.server();
        standIn.startBot(standIn.settings(ALICE, dir.resolve("feishu"), 2, 600), conversation, paper.prompts(), FeishuBot.TIMING);
    }

    @AfterEach
    void stop() {
        standIn.close();
        paper.close();
        state.close();
    }

    @Test
    void every_card_shows_its_emphasis_and_no_stray_asterisk() throws Exception {
        String[] messages = {"这次得全国劳模的都有谁", "/latest", "/issues", "/search 劳模", "/source 1", "/help", "/start",
                "月球上有几家食堂？"};
        for (int i = 0; i < messages.length; i++) {
            feishu.push(Events.privateText("ev-" + i, ALICE, ALICE_CHAT, messages[i]));
            feishu.awaitSentTo(ALICE_CHAT, i + 1);
        }
        FakeFeishuServer.Sent answer = feishu.sentTo(ALICE_CHAT).get(0);
        FakeFeishuServer.Sent latest = feishu.sentTo(ALICE_CHAT).get(1);
        String vote = answer.buttons().stream().filter(b -> b.startsWith("v:d:")).findFirst().orElseThrow();
        feishu.push(Events.cardPress("ev-vote", ALICE, ALICE_CHAT, answer.messageId(), vote));
        JsonNode voted = feishu.awaitPatched(answer.messageId(), 1, Duration.ofSeconds(10)).get(0);
        String opened = latest.buttons().get(0);
        int before = feishu.sentTo(ALICE_CHAT).size();
        feishu.push(Events.cardAction("ev-open", ALICE, ALICE_CHAT, latest.messageId(), opened));
        feishu.awaitSentTo(ALICE_CHAT, before + 1);
        feishu.push(Events.privateText("ev-stranger", "ou_stranger", "oc_p2p_stranger", "/latest"));
        feishu.push(Events.privateImage("ev-image", ALICE, ALICE_CHAT));
        feishu.awaitSentTo("oc_p2p_stranger", 1);
        feishu.awaitSentTo(ALICE_CHAT, before + 2);
        Thread.sleep(500);

        List<JsonNode> cards = new ArrayList<>(feishu.sent().stream().map(FakeFeishuServer.Sent::card).toList());
        cards.add(voted);
        List<CommonMarkCards.Reading> readings = cards.stream().flatMap(card -> CommonMarkCards.read(card).stream()).toList();
        System.out.println("Feishu cards read as CommonMark: " + cards.size() + " cards, " + readings.size() + " markdown elements, "
                + readings.stream().mapToInt(r -> r.strong().size()).sum() + " bold and "
                + readings.stream().mapToInt(r -> r.emphasis().size()).sum() + " italic spans");
        assertThat(readings).allSatisfy(reading -> assertThat(reading.strayMarkers()).as(reading.markdown()).isEmpty());
        assertThat(CommonMarkCards.read(latest.card()).stream().flatMap(r -> r.strong().stream()))
                .anyMatch(title -> title.contains("全国劳动模范"));
        assertThat(CommonMarkCards.read(latest.card()).stream().flatMap(r -> r.emphasis().stream()))
                .anyMatch(byline -> byline.contains("林芸"));
        assertThat(feishu.rejected()).isEmpty();
    }
}
