package com.newsbot.bot.answer;

import com.newsbot.bot.SeedIndex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions answered at the same time from several chats get the answers they get one at a time: the question's
 * embedding computed ahead on its own thread and the articles read at once on the machine's cores change nothing.
 * The real seed index with bge-small-zh vectors.
 */
class ConcurrentAnswersTest {
    private static final List<String> QUESTIONS = List.of(
            "上汽在职的全国劳模有几位？",
            "项目组在多少天内完成了小程序的设计、开发和测试？",
            "2-BOX制动系统由什么组成？",
            "联创汽车电子和大陆集团的合作金额是多少？",
            "上汽销售人要把什么样的服务带给每一位用户？",
            "珠穆朗玛峰有多高？",
            "如何申请年假？");

    /** What a reader sees of an answer (its time aside). */
    private static String seen(Answer a) {
        return a.found() + "|" + a.text() + "|" + a.shortAnswer() + "|"
                + a.citations().stream().map(c -> c.articleId()).toList();
    }

    @Test
    void questionsAskedAtOnceGetTheAnswersTheyGetOneAtATime() throws Exception {
        Map<String, String> alone = new ConcurrentHashMap<>();
        try (AnswerComposer composer = new AnswerComposer(SeedIndex.sharedWithEmbeddings())) {
            for (String q : QUESTIONS) {
                alone.put(q, seen(composer.answer(q)));
            }
        }

        List<String> asked = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            asked.addAll(QUESTIONS);
        }
        Collections.shuffle(asked, new Random(7));
        ExecutorService chats = Executors.newFixedThreadPool(4);
        try (AnswerComposer composer = new AnswerComposer(SeedIndex.sharedWithEmbeddings())) {
            List<Future<String[]>> answers = new ArrayList<>();
            for (String q : asked) {
                answers.add(chats.submit(() -> new String[]{q, seen(composer.answer(q))}));
            }
            for (Future<String[]> f : answers) {
                String[] got = f.get();
                assertThat(got[1]).as(got[0]).isEqualTo(alone.get(got[0]));
            }
        } finally {
            chats.shutdownNow();
        }
        assertThat(alone.values()).anyMatch(s -> s.startsWith("true")).anyMatch(s -> s.startsWith("false"));
    }
}
