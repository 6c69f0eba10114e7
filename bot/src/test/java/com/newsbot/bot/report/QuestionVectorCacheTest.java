package com.newsbot.bot.report;

import com.newsbot.bot.state.BotState;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Vectors saved in the state database: a question embedded for one report is not embedded for the next. */
class QuestionVectorCacheTest {
    @TempDir
    Path dir;

    @Test
    void a_second_report_embeds_only_new_questions_and_groups_the_same_and_never_loads_an_unneeded_model() {
        AtomicInteger embedded = new AtomicInteger();
        BigramEmbeddingModel bigrams = new BigramEmbeddingModel();
        EmbeddingModel counting = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                embedded.addAndGet(segments.size());
                return bigrams.embedAll(segments);
            }
        };
        try (BotState state = BotState.open(dir.resolve("newsbot.db"), true)) {
            Map<String, Integer> asked = Map.of("食堂几点开门？", 3, "员工食堂几点开门", 1, "停车月卡怎么办理", 2);
            QuestionGroups groups = new QuestionGroups(counting, 0.6, state.questionVectors(), "bigrams");

            List<ReaderReport.QuestionGroup> first = groups.group(asked);
            assertThat(embedded.get()).isEqualTo(3);
            List<ReaderReport.QuestionGroup> second = groups.group(asked);
            assertThat(embedded.get()).isEqualTo(3);
            assertThat(second).isEqualTo(first);

            groups.group(Map.of("食堂几点开门？", 3, "班车几点发车", 1));
            assertThat(embedded.get()).isEqualTo(4);

            LazyEmbeddingModel lazy = new LazyEmbeddingModel(() -> counting);
            new QuestionGroups(lazy, 0.6, state.questionVectors(), "bigrams").group(asked);
            assertThat(lazy.loaded()).isFalse();
        }
    }
}
