package com.newsbot.bot.report;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Not-found questions grouped by meaning with the real bge-small-zh model. */
class QuestionGroupsTest {
    private static QuestionGroups groups;

    @BeforeAll
    static void loadTheModel() {
        groups = new QuestionGroups(new BgeSmallZhV15QuantizedEmbeddingModel(), 0.82);
    }

    @Test
    void near_duplicates_are_one_group_unrelated_questions_are_not_and_the_largest_group_comes_first() {
        Map<String, Integer> asked = new LinkedHashMap<>();
        asked.put("食堂几点开门？", 5);
        asked.put("请问食堂几点开门", 2);
        asked.put("食堂什么时候开门", 3);
        asked.put("食堂幾點開門呀？", 1);
        asked.put("停车场怎么办理月卡？", 2);
        asked.put("怎么申请停车月卡", 2);
        asked.put("明年年终奖发多少？", 1);
        asked.put("五险一金缴纳比例是多少", 1);

        List<ReaderReport.QuestionGroup> grouped = groups.group(asked);

        assertThat(grouped.get(0).count()).isEqualTo(11);
        assertThat(grouped.get(0).questions()).as("one wording per key, as typed most often, most asked first")
                .containsExactly("食堂几点开门？", "食堂什么时候开门");
        assertThat(grouped.get(1).count()).isEqualTo(4);
        assertThat(grouped.get(1).questions()).containsExactlyInAnyOrder("停车场怎么办理月卡？", "怎么申请停车月卡");
        assertThat(grouped).hasSize(4);
        assertThat(grouped).extracting(ReaderReport.QuestionGroup::count).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void wordings_that_differ_only_in_script_punctuation_or_politeness_share_a_key() {
        assertThat(QuestionGroups.key("请问一下，食堂幾點開門呀？")).isEqualTo(QuestionGroups.key("食堂几点开门"));
        assertThat(QuestionGroups.key("你好！ ＩＴ报修电话是多少？")).isEqualTo("it报修电话是多少");
        assertThat(QuestionGroups.key("请问")).isEqualTo("请问");
    }

    @Test
    void without_a_model_the_bigram_fallback_still_groups_shared_wording() {
        QuestionGroups lexical = new QuestionGroups(new BigramEmbeddingModel(), 0.6);
        Map<String, Integer> asked = new LinkedHashMap<>();
        asked.put("食堂几点开门？", 3);
        asked.put("员工食堂几点开门", 1);
        asked.put("停车月卡怎么办理", 2);

        List<ReaderReport.QuestionGroup> grouped = lexical.group(asked);

        assertThat(grouped).extracting(ReaderReport.QuestionGroup::count).containsExactly(4, 2);
    }
}
