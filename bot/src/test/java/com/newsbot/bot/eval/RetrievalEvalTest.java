package com.newsbot.bot.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RetrievalEvalTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(RetrievalEvalTest.class.getResource("/eval/" + name).toURI());
    }

    @Test
    void traditionalSetIsAskedInBothScriptsAndEveryParagraphIsFound() throws Exception {
        RetrievalEval.Report report = RetrievalEval.run(fixture("mini_traditional.json"), false);

        assertThat(report.articles()).isEqualTo(3);
        assertThat(report.rows()).extracting(RetrievalEval.Row::label)
                .containsExactly("lexical (traditional q)", "lexical (simplified q)");
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.questions()).isEqualTo(4);
            assertThat(row.recallAt1()).isEqualTo(1.0);
            assertThat(row.mrr()).isEqualTo(1.0);
        });
        assertThat(report.toString()).contains("R@1", "lexical (simplified q)", "1.0000");
    }

    @Test
    void fileThatIsNotSquadIsAClearError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RetrievalEval.run(fixture("not_squad.json"), false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a SQuAD-format file");
    }
}
